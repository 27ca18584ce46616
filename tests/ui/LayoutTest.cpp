#include "UiFixture.h"

#include "ui/ActivityStatus.h"
#include "ui/ChartPanel.h"
#include "ui/DayRepository.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSqlQuery>
#include <QTest>
#include <QValueAxis>

using namespace uitest;

namespace {

template <typename T> T *axisOf(QChart *chart, Qt::Orientation o)
{
    const QList<QAbstractAxis *> axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : qobject_cast<T *>(axes.first());
}

} // namespace

class ChartLayoutTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // Long category names, as users may choose.
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE categories SET name = 'Large language models & chat assistants' "
                                          "WHERE key = 'llm'")));
        m_panel.resize(390, 700); // as wide as the main window gives it
        m_panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_panel));
    }

    ui::ChartPanel m_panel;
};

TEST_F(ChartLayoutTest, BarNamesAreCutAtTheirEndAndTheLongestBarLeavesRoomForItsCount)
{
    ui::DayRepository repo(m_connection, {});
    m_panel.setDay(repo.load(QStringLiteral("2026-11-20")));
    QApplication::processEvents();
    QChart *chart = m_panel.chartView()->chart();
    auto *names = axisOf<QBarCategoryAxis>(chart, Qt::Vertical);
    auto *counts = axisOf<QValueAxis>(chart, Qt::Horizontal);
    ASSERT_NE(names, nullptr);
    ASSERT_NE(counts, nullptr);
    // Too long for 40 % of 390 px: its beginning shows, then "…" (ChartLabelsTest).
    EXPECT_TRUE(names->categories().last().contains(QStringLiteral("Large language")));
    EXPECT_TRUE(names->categories().last().endsWith(QChar(0x2026)));
    EXPECT_FALSE(names->labelsTruncated());
    EXPECT_GT(counts->max(), 2.0); // llm has 2: the axis goes further
    EXPECT_EQ(int(counts->max()) % int(counts->max() / (counts->tickCount() - 1)), 0); // whole-number ticks
    EXPECT_TRUE(m_panel.legendText().isEmpty());
}

TEST_F(ChartLayoutTest, PieAndTrendNameEveryCategoryInTheLegend)
{
    ui::DayRepository repo(m_connection, {});
    m_panel.setDay(repo.load(QStringLiteral("2026-11-20")));
    m_panel.setView(ui::ChartPanel::View::Pie);
    EXPECT_TRUE(m_panel.legendText().contains(QStringLiteral("Large language models & chat assistants (2)")))
        << m_panel.legendText().toStdString();

    // A day whose articles are not classified yet shows in grey, not as nothing.
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM classifications WHERE article_id IN "
                                      "(SELECT id FROM articles WHERE day = '2026-11-19')")));
    m_panel.setView(ui::ChartPanel::View::Trend7);
    const QList<ui::TrendDay> trend = repo.trend(QStringLiteral("2026-11-20"), 7);
    EXPECT_EQ(trend.at(5).counts.value(0), 2);
    m_panel.setTrend(trend, repo.categories());
    EXPECT_TRUE(m_panel.legendText().contains(QStringLiteral("Not classified yet")))
        << m_panel.legendText().toStdString();
    EXPECT_FALSE(m_panel.legendText().contains(QStringLiteral("Robotics"))); // its only article lost its class
    auto *days = axisOf<QCategoryAxis>(m_panel.chartView()->chart(), Qt::Horizontal);
    ASSERT_NE(days, nullptr);
    QApplication::processEvents();
    EXPECT_FALSE(days->labelsTruncated());
}

TEST(StatusLayoutTest, LongErrorsAreElidedButKeptWholeInTheTooltip)
{
    ui::ActivityStatus status;
    const QString longError = QStringLiteral("Every source failed: ") + QString(200, QLatin1Char('x'));
    status.setLastError(longError, {QStringLiteral("a: 404")});
    auto *label = status.findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(status.lastError(), longError);
    EXPECT_EQ(label->toolTip(), longError);
    EXPECT_TRUE(label->text().endsWith(QChar(0x2026))) << label->text().toStdString();
    EXPECT_LE(label->fontMetrics().horizontalAdvance(label->text()), ui::ActivityStatus::kErrorWidth);
    status.setLastError(QStringLiteral("1 source(s) failed"), {});
    EXPECT_EQ(label->text(), QStringLiteral("1 source(s) failed"));
}
