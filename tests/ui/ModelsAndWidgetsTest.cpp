#include "UiFixture.h"

#include "ui/CategoryListModel.h"
#include "ui/ChartPanel.h"
#include "ui/DayRepository.h"
#include "ui/ExportDialog.h"
#include "ui/SourceListModel.h"
#include "ui/SummaryMarkdown.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace uitest;

class ModelsTest : public UiFixture
{
};

TEST_F(ModelsTest, CategoryAndSourceModelsPassTheModelTester)
{
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    ui::CategoryListModel categories;
    QAbstractItemModelTester t1(&categories, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::SourceListModel sources;
    QAbstractItemModelTester t2(&sources, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &day : {QStringLiteral("2026-11-20"), QStringLiteral("2026-11-19"), QStringLiteral("2026-11-20")}) {
        const ui::DayData d = repo.load(day);
        categories.setData(d.categories, d.countByCategory, d.aiCount, d.notAiCount, d.unreadByCategory, d.aiUnread,
                           int(d.starred.size()));
        for (qint64 id : {ui::kAllCategories, categoryId(QStringLiteral("llm")), ui::kNotAi, ui::kStarred})
            sources.setArticles(d.articlesFor(id));
        sources.setHighlightedRow(0);
        sources.setArticles(d.articlesFor(ui::kAllCategories)); // same rows: in-place update
    }
    EXPECT_EQ(categories.rowCount(), int(storage::CategoryStore(db()).all().size()) + 3); // All, Not AI, Starred
    EXPECT_EQ(sources.columnCount(), int(ui::SourceListModel::ColumnCount));
}

TEST_F(ModelsTest, SectionSourcesFollowTheDigestOrder)
{
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    const ui::DayData d = repo.load(QStringLiteral("2026-11-20"));
    const QList<Article> llm = d.articlesFor(categoryId(QStringLiteral("llm")));
    const DigestSection *s = d.section(categoryId(QStringLiteral("llm")));
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(llm.size(), s->sources.size());
    for (qsizetype i = 0; i < llm.size(); ++i)
        EXPECT_EQ(llm.at(i).id, s->sources.at(i).articleId);
    EXPECT_EQ(d.articlesFor(ui::kNotAi).size(), 1);
    EXPECT_EQ(d.notAiCount, 1);
}

TEST(SummaryMarkdown, EscapesRawHtmlAndLinksCitations)
{
    const QString out = ui::SummaryMarkdown::prepare(
        QStringLiteral("Event <img src=x onerror=y> happened [1], [2, 3] and [see](https://x.example/a)."));
    EXPECT_FALSE(out.contains(QStringLiteral("<img")));
    EXPECT_TRUE(out.contains(QStringLiteral("&lt;img")));
    EXPECT_TRUE(out.contains(QStringLiteral("[\\[1\\]](cite:1)")));
    EXPECT_TRUE(out.contains(QStringLiteral("[\\[2\\]](cite:2)[\\[3\\]](cite:3)")));
    EXPECT_TRUE(out.contains(QStringLiteral("[see](https://x.example/a)")));
    EXPECT_EQ(ui::SummaryMarkdown::citationNumber(QUrl(QStringLiteral("cite:7"))), 7);
    EXPECT_EQ(ui::SummaryMarkdown::citationNumber(QUrl(QStringLiteral("https://a.example/7"))), 0);
    EXPECT_TRUE(ui::SummaryMarkdown::isWebLink(QUrl(QStringLiteral("https://a.example/x"))));
    EXPECT_FALSE(ui::SummaryMarkdown::isWebLink(QUrl(QStringLiteral("javascript:alert(1)"))));
    EXPECT_FALSE(ui::SummaryMarkdown::isWebLink(QUrl(QStringLiteral("file:///etc/passwd"))));
}

TEST_F(ModelsTest, ChartBarsAndSlicesSelectTheirCategory)
{
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    ui::ChartPanel panel;
    panel.setDay(repo.load(QStringLiteral("2026-11-20")));
    const qint64 llm = categoryId(QStringLiteral("llm"));
    const qint64 vision = categoryId(QStringLiteral("vision"));
    EXPECT_EQ(panel.drawnCategories(), (QList<qint64>{vision, llm})); // largest at the top
    QSignalSpy spy(&panel, &ui::ChartPanel::categorySelected);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(panel.chartView()->chart()->series().first());
    ASSERT_NE(bars, nullptr);
    Q_EMIT bars->barSets().at(1)->clicked(1);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().toLongLong(), llm);

    panel.setView(ui::ChartPanel::View::Pie);
    auto *pie = qobject_cast<QPieSeries *>(panel.chartView()->chart()->series().first());
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->count(), 2);
    Q_EMIT pie->slices().at(0)->clicked();
    EXPECT_EQ(spy.last().first().toLongLong(), panel.drawnCategories().at(0));

    panel.setView(ui::ChartPanel::View::Trend7);
    panel.setTrend(repo.trend(QStringLiteral("2026-11-20"), 7), repo.categories());
    EXPECT_EQ(panel.drawnCategories().size(), 4); // inference, llm, vision, robotics
    const QList<ui::TrendDay> trend = repo.trend(QStringLiteral("2026-11-20"), 7);
    ASSERT_EQ(trend.size(), 7);
    EXPECT_EQ(trend.last().counts.value(llm), 2);
    EXPECT_EQ(trend.at(5).counts.value(categoryId(QStringLiteral("robotics"))), 1);
}

TEST_F(ModelsTest, ExportDialogWritesTheDayAndSaysWhatItWrote)
{
    QTemporaryDir out;
    ui::ExportDialog dialog([this](const QString &d) { return digestFor(d); }, QStringLiteral("2026-11-20"),
                            {QStringLiteral("2026-11-20"), QStringLiteral("2026-11-19")});
    dialog.setFolder(out.path());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportRunButton")), Qt::LeftButton);
    EXPECT_TRUE(QFileInfo::exists(out.filePath(QStringLiteral("news_2026-11-20.md"))));
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("news_2026-11-20.md")));
    dialog.setFolder(QStringLiteral("/proc/definitely/not/writable"));
    EXPECT_TRUE(dialog.exportNow().isEmpty());
    EXPECT_FALSE(dialog.report().isEmpty());
}
