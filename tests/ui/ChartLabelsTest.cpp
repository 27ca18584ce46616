// The charts' labels at small and large sizes (issue 12, item 4): category
// names cut at their end (never their beginning), the trend's dates thinned
// to what fits, the day being shown always labelled.
#include "model/Category.h"
#include "ui/CategoryText.h"
#include "ui/ChartAxisLabels.h"
#include "ui/ChartPanel.h"

#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

QList<Category> categoriesWithIds()
{
    QList<Category> categories = defaultCategories();
    for (qsizetype i = 0; i < categories.size(); ++i)
        categories[i].id = i + 1;
    return categories;
}

// Every default category with articles, so that the longest names show.
ui::DayData busyDay(const QString &day)
{
    ui::DayData data;
    data.day = day;
    data.categories = categoriesWithIds();
    for (const Category &c : std::as_const(data.categories))
        data.countByCategory.insert(c.id, int(c.id));
    return data;
}

QList<ui::TrendDay> trend(const QString &lastDay, int days)
{
    QList<ui::TrendDay> out;
    const QDate last = QDate::fromString(lastDay, Qt::ISODate);
    for (int i = days - 1; i >= 0; --i)
        out << ui::TrendDay{last.addDays(-i).toString(Qt::ISODate), {{1, 3}, {2, 2}, {11, 1}}};
    return out;
}

// The axis labels QtCharts laid out in the scene, as text items, left to right
// (or bottom to top).
QList<QGraphicsTextItem *> labelItems(QChartView *view, const QStringList &texts)
{
    QList<QGraphicsTextItem *> items;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && texts.contains(text->toPlainText()))
            items << text;
    }
    std::sort(items.begin(), items.end(), [](QGraphicsTextItem *a, QGraphicsTextItem *b) {
        return a->sceneBoundingRect().left() < b->sceneBoundingRect().left();
    });
    return items;
}

class ChartLabelsTest : public ::testing::TestWithParam<QSize>
{
protected:
    void SetUp() override
    {
        m_panel.resize(GetParam());
        m_panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_panel));
    }

    void settle() { QApplication::processEvents(); QApplication::processEvents(); }

    ui::ChartPanel m_panel;
};

} // namespace

TEST_P(ChartLabelsTest, CategoryNamesAreCutAtTheirEndAndDrawnWhole)
{
    m_panel.setView(ui::ChartPanel::View::Bars);
    m_panel.setDay(busyDay(QStringLiteral("2026-11-20")));
    settle();
    const QStringList labels = m_panel.axisLabels();
    ASSERT_EQ(labels.size(), 12);
    QStringList full;
    for (const Category &c : categoriesWithIds())
        full << ui::categoryLabel(c);
    int cut = 0;
    for (const QString &l : labels) {
        QString shown = l;
        shown.remove(QChar(0x200B));
        if (full.contains(shown))
            continue;
        ++cut;
        ASSERT_TRUE(shown.endsWith(QChar(0x2026))) << shown.toStdString();
        const QString start = shown.chopped(1);
        EXPECT_TRUE(std::any_of(full.begin(), full.end(), [&](const QString &f) { return f.startsWith(start); }))
            << "not the beginning of a name: " << shown.toStdString();
    }
    if (GetParam().width() >= 900)
        EXPECT_EQ(cut, 0); // room for every name
    else
        EXPECT_GT(cut, 0);

    // As drawn: no label begins left of the chart (the issue's
    // "search & benchmarks" lost its first letters there).
    QChartView *view = m_panel.chartView();
    const QList<QGraphicsTextItem *> items = labelItems(view, labels);
    EXPECT_EQ(items.size(), labels.size());
    for (QGraphicsTextItem *item : items) {
        EXPECT_GE(item->sceneBoundingRect().left(), view->sceneRect().left() - 0.5)
            << item->toPlainText().toStdString();
    }

    // The whole name on hovering its bar.
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(view->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    QBarSet *first = bars->barSets().first();
    Q_EMIT first->hovered(true, 0);
    EXPECT_TRUE(QToolTip::text().startsWith(full.at(0))) << QToolTip::text().toStdString(); // smallest count first
    Q_EMIT first->hovered(false, 0);
}

TEST_P(ChartLabelsTest, TrendDatesThinToTheWidthAndTheShownDayIsAlwaysLabelled)
{
    const QString shownDay = QStringLiteral("2026-11-20");
    const QString format = ui::chartlabels::monthDayFormat(QLocale());
    for (ui::ChartPanel::View v : {ui::ChartPanel::View::Trend7, ui::ChartPanel::View::Trend30}) {
        m_panel.setDay(busyDay(shownDay));
        m_panel.setView(v);
        m_panel.setTrend(trend(shownDay, m_panel.trendDays()), categoriesWithIds());
        settle();
        QChart *chart = m_panel.chartView()->chart();
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        ASSERT_NE(axis, nullptr);
        const QStringList labels = m_panel.axisLabels();
        ASSERT_FALSE(labels.isEmpty());
        ASSERT_EQ(labels.size(), m_panel.labelledDays().size());

        // The locale's day and month, not ISO dates.
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QDate d = QDate::fromString(m_panel.labelledDays().at(i), Qt::ISODate);
            EXPECT_EQ(labels.at(i), QLocale().toString(d, format));
            EXPECT_FALSE(labels.at(i).contains(QStringLiteral("2026")));
        }
        // The shown day is labelled (and marked).
        EXPECT_TRUE(m_panel.labelledDays().contains(shownDay));
        EXPECT_EQ(m_panel.markedDay(), shownDay);

        // No more labels than fit the plot's width.
        QFont bold = axis->labelsFont();
        bold.setBold(true);
        const QFontMetricsF metrics(bold);
        qreal widest = 0;
        for (const QString &l : labels)
            widest = std::max(widest, metrics.horizontalAdvance(l));
        const qreal plot = chart->plotArea().width();
        ASSERT_GT(plot, 0);
        EXPECT_LE(labels.size(), int(plot / widest) + 1) << "plot " << plot << " label " << widest;

        // As drawn: the labels do not run together, and none is cut by the
        // chart's edges.
        const QList<QGraphicsTextItem *> items = labelItems(m_panel.chartView(), labels);
        ASSERT_EQ(items.size(), labels.size());
        const QRectF visible = m_panel.chartView()->mapToScene(m_panel.chartView()->viewport()->rect()).boundingRect();
        for (QGraphicsTextItem *item : items) {
            // The text item's document margin (4 px a side) may overhang.
            EXPECT_TRUE(visible.adjusted(-4, -4, 4, 4).contains(item->sceneBoundingRect()))
                << item->toPlainText().toStdString();
        }
        for (qsizetype i = 1; i < items.size(); ++i) {
            EXPECT_LE(items.at(i - 1)->sceneBoundingRect().right() - 2, items.at(i)->sceneBoundingRect().left())
                << items.at(i - 1)->toPlainText().toStdString() << " / " << items.at(i)->toPlainText().toStdString();
        }
        if (v == ui::ChartPanel::View::Trend7 && GetParam().width() >= 900) {
            EXPECT_EQ(labels.size(), 7); // room for every day
        }
        if (v == ui::ChartPanel::View::Trend30) {
            EXPECT_LT(labels.size(), 30);
        }
    }
}

TEST_P(ChartLabelsTest, ADayInsideTheTrendIsLabelledWhenItIsTheOneShown)
{
    m_panel.setDay(busyDay(QStringLiteral("2026-11-07")));
    m_panel.setView(ui::ChartPanel::View::Trend30);
    m_panel.setTrend(trend(QStringLiteral("2026-11-20"), 30), categoriesWithIds());
    settle();
    EXPECT_EQ(m_panel.markedDay(), QStringLiteral("2026-11-07"));
}

// 1024×640 gives the panel about 300 px; 1440×900 about 390; a wide window more.
INSTANTIATE_TEST_SUITE_P(Sizes, ChartLabelsTest, ::testing::Values(QSize(300, 460), QSize(390, 600), QSize(960, 700)));

TEST(ChartAxisLabels, MonthAndDayInTheLocalesOrderWithoutTheYear)
{
    using ui::chartlabels::monthDayFormat;
    const QDate d(2026, 11, 21);
    EXPECT_EQ(QLocale(QLocale::English, QLocale::UnitedStates).toString(d, monthDayFormat(QLocale(QLocale::English, QLocale::UnitedStates))),
              QStringLiteral("11/21"));
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const QString ko = korean.toString(d, monthDayFormat(korean));
    EXPECT_TRUE(ko.startsWith(QStringLiteral("11"))) << ko.toStdString();
    EXPECT_TRUE(ko.contains(QStringLiteral("21"))) << ko.toStdString();
    EXPECT_FALSE(ko.contains(QStringLiteral("26"))) << ko.toStdString();
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(german.toString(d, monthDayFormat(german)), QStringLiteral("21.11"));
}

TEST(ChartAxisLabels, TicksStepFromTheAnchorBothWays)
{
    using ui::chartlabels::thinnedTicks;
    EXPECT_EQ(thinnedTicks(7, 6, 50, 40), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(thinnedTicks(30, 29, 10, 35), (QList<int>{1, 5, 9, 13, 17, 21, 25, 29}));
    EXPECT_EQ(thinnedTicks(30, 6, 10, 35), (QList<int>{2, 6, 10, 14, 18, 22, 26}));
    EXPECT_TRUE(thinnedTicks(0, 0, 10, 10).isEmpty());
}
