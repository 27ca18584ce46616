// Stories in the window (issue 11, item 4): the day's list shows a story
// once with "also reported by N sources", the sidebar and chart count it
// once, and the article pane says "Day 3 of this story" with the other
// sources and the earlier days' articles one click away.
#include "UiFixture.h"

#include "storage/StoryStore.h"
#include "ui/ArticleBrowser.h"
#include "ui/ArticleHtml.h"
#include "ui/ArticlePane.h"
#include "ui/CategorySidebar.h"
#include "ui/ChartPanel.h"
#include "ui/DayRepository.h"
#include "ui/MainWindow.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"
#include "ui/SummaryView.h"

#include <QAction>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

using namespace uitest;

namespace {

const QString kB1 = QStringLiteral("https://news.example.org/b1"); // "New open LLM tops coding benchmark", 11-20
const QString kB5 = QStringLiteral("https://wire.example.com/b5"); // the same event from another source
const QString kD1 = QStringLiteral("https://news.example.org/d1"); // the story on 11-19
const QString kC0 = QStringLiteral("https://news.example.org/c0"); // …and on 11-18

class StoryWindowTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        Source wire;
        wire.url = QStringLiteral("https://wire.example.com/feed.xml");
        wire.title = QStringLiteral("Other Wire");
        const qint64 wireId = storage::SourceStore(db()).add(wire);
        const qint64 newsId = storage::SourceStore(db()).byUrl(QStringLiteral("https://news.example.org/feed.xml")).id;
        storage::ArticleStore store(db(), QTimeZone::utc());
        const auto add = [&](qint64 source, const QString &url, const QString &title, const QString &day) {
            FeedItem item;
            item.guid = item.link = item.url = url;
            item.title = title;
            item.summary = title + QStringLiteral(".");
            item.published = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(11, 0), QTimeZone::utc());
            ASSERT_EQ(store.ingest(source, {item}, m_clock.nowUtc()).inserted, 1);
            store.setClassification(articleId(url), categoryId(QStringLiteral("llm")), true, 0.8,
                                    CategoryOrigin::Offline, QString());
        };
        add(wireId, kB5, QStringLiteral("Open model leads the coding leaderboard"), QStringLiteral("2026-11-20"));
        add(newsId, kD1, QStringLiteral("Coding benchmark results for open models leak"), QStringLiteral("2026-11-19"));
        add(newsId, kC0, QStringLiteral("A new coding benchmark for open models"), QStringLiteral("2026-11-18"));
        // What the digest build's story step writes (StoryServiceTest covers how it decides).
        storage::StoryStore stories(db());
        ASSERT_TRUE(stories.merge({{storyOf(kB5), storyOf(kB1)}}));
        ASSERT_TRUE(stories.setThreads({{storyOf(kD1), storyOf(kC0)}, {storyOf(kB1), storyOf(kC0)}}));
    }

    qint64 storyOf(const QString &url) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT story_id FROM articles WHERE url = ?"));
        q.addBindValue(url);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
};

} // namespace

TEST_F(StoryWindowTest, TheListShowsAStoryOnceWithItsOtherSourcesAndTheCountsCountItOnce)
{
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    const ui::DayData d = repo.load(QStringLiteral("2026-11-20"));
    const qint64 llm = categoryId(QStringLiteral("llm"));
    ASSERT_EQ(d.articlesFor(llm).size(), 3);    // b1, b2 and b5: three articles…
    EXPECT_EQ(d.countByCategory.value(llm), 2); // …two stories: the sidebar and the chart count 2
    EXPECT_EQ(d.aiCount, 3);                    // llm 2 + vision 1
    EXPECT_EQ(d.unreadByCategory.value(llm), 2);

    ui::SourceListModel model;
    model.setArticles(d.articlesFor(llm));
    ASSERT_EQ(model.rowCount(), 2);
    const int row = model.rowOfArticle(articleId(kB1));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.rowOfArticle(articleId(kB5)), row);
    // The row is its story's first article in the list (the newest: b5).
    EXPECT_EQ(model.articleAt(row)->id, articleId(kB5));
    const QString title = model.data(model.index(row, ui::SourceListModel::TitleColumn)).toString();
    EXPECT_TRUE(title.startsWith(QStringLiteral("Open model leads the coding leaderboard — also reported by 1 source")))
        << qPrintable(title);
    EXPECT_EQ(model.data(model.index(row, ui::SourceListModel::SourceColumn)).toString(),
              QStringLiteral("Other Wire, Example News"));
    const int other = 1 - row;
    EXPECT_FALSE(model.data(model.index(other, ui::SourceListModel::TitleColumn))
                     .toString()
                     .contains(QStringLiteral("also reported")));
    EXPECT_EQ(model.data(model.index(row, 0), ui::SourceListModel::StoryArticleCountRole).toInt(), 2);
    // Citations of either article land on the story's row.
    const QList<Article> listed = d.articlesFor(llm);
    for (int n = 1; n <= listed.size(); ++n)
        EXPECT_EQ(model.rowOfCitation(n), model.rowOfArticle(listed.at(n - 1).id));

    // The chart draws what it counts: two for llm.
    ui::ChartPanel panel;
    panel.setDay(d);
    panel.setView(ui::ChartPanel::View::Pie);
    auto *pie = qobject_cast<QPieSeries *>(panel.chartView()->chart()->series().first());
    ASSERT_NE(pie, nullptr);
    double llmSlice = 0;
    for (const QPieSlice *slice : pie->slices())
        llmSlice += panel.drawnCategories().at(pie->slices().indexOf(const_cast<QPieSlice *>(slice))) == llm
                        ? slice->value()
                        : 0;
    EXPECT_EQ(llmSlice, 2.0);

    // The trend chart counts stories too.
    const QList<ui::TrendDay> trend = repo.trend(QStringLiteral("2026-11-20"), 1);
    ASSERT_EQ(trend.size(), 1);
    EXPECT_EQ(trend.first().counts.value(llm), 2);
}

TEST_F(StoryWindowTest, ThePaneSaysDayThreeAndLinksTheOtherSourcesAndEarlierDays)
{
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    const ui::ArticleContent content = repo.article(articleId(kB1));
    EXPECT_EQ(content.thread.dayNumber, 3);
    ASSERT_EQ(content.alsoReported.size(), 1);
    EXPECT_EQ(content.alsoReported.first().articleId, articleId(kB5));
    const QString html = ui::ArticleHtml::build(content, QTimeZone::utc()).html;
    EXPECT_TRUE(html.contains(QStringLiteral("Day 3 of this story."))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("Also reported by 1 source"))) << qPrintable(html);
    for (const QString &url : {kB5, kD1, kC0})
        EXPECT_TRUE(html.contains(ui::ArticleHtml::storyArticleUrl(articleId(url)).toString())) << qPrintable(url);
    EXPECT_LT(html.indexOf(QStringLiteral("2026-11-19")),
              html.indexOf(QStringLiteral("2026-11-18"))); // newest day first
    // A story on its first day says nothing of days.
    EXPECT_EQ(repo.article(articleId(kC0)).thread.dayNumber, 1);
    EXPECT_FALSE(ui::ArticleHtml::build(repo.article(articleId(kC0)), QTimeZone::utc())
                     .html.contains(QStringLiteral("of this story")));
}

TEST_F(StoryWindowTest, ClickingAnEarlierDaysArticleOpensItOnItsDay)
{
    std::unique_ptr<ui::MainWindow> window = showWindow();
    ASSERT_TRUE(window);
    auto *pane = window->findChild<ui::ArticlePane *>(QStringLiteral("articlePane"));
    auto *browser = window->findChild<ui::ArticleBrowser *>(QStringLiteral("articleBrowser"));
    auto *sidebar = window->findChild<ui::CategorySidebar *>(QStringLiteral("categorySidebar"));
    auto *sources = window->findChild<ui::SourceView *>(QStringLiteral("sourceView"));
    ASSERT_TRUE(pane && browser && sidebar && sources);
    ASSERT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    ASSERT_TRUE(sidebar->selectCategory(categoryId(QStringLiteral("llm"))));
    const int row = sources->sourceModel()->rowOfArticle(articleId(kB1));
    ASSERT_GE(row, 0);
    QSignalSpy shown(pane, &ui::ArticlePane::articleShown);
    QTest::mouseClick(
        sources->viewport(), Qt::LeftButton, {},
        sources->visualRect(sources->sourceModel()->index(row, ui::SourceListModel::TitleColumn)).center());
    // The story's row shows its first article (b5); b1 is its other source.
    ASSERT_TRUE(pane->articleId() == articleId(kB5) || shown.wait(20000));
    ASSERT_EQ(pane->articleId(), articleId(kB5));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return browser->toPlainText().contains(QStringLiteral("Day 3 of this story")); }, 20000));

    Q_EMIT browser->anchorClicked(ui::ArticleHtml::storyArticleUrl(articleId(kD1)));
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(pane->articleId(), articleId(kD1));
    EXPECT_EQ(sources->sourceModel()->rowOfArticle(articleId(kD1)), sources->currentIndex().row());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return browser->toPlainText().contains(QStringLiteral("Day 2 of this story")); }, 20000));

    Q_EMIT browser->anchorClicked(ui::ArticleHtml::storyArticleUrl(articleId(kC0)));
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-18"));
    EXPECT_EQ(pane->articleId(), articleId(kC0));

    // Back on day 3, the story's other source opens in place, its row highlighted.
    Q_EMIT browser->anchorClicked(ui::ArticleHtml::storyArticleUrl(articleId(kB1)));
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    EXPECT_EQ(pane->articleId(), articleId(kB1));
    EXPECT_EQ(sources->sourceModel()->highlightedRow(), sources->sourceModel()->rowOfArticle(articleId(kB1)));
}

TEST_F(StoryWindowTest, PreviousUnreadIntoAnotherCategoryLandsOnTheStorysRow)
{
    std::unique_ptr<ui::MainWindow> window = showWindow();
    ASSERT_TRUE(window);
    auto *pane = window->findChild<ui::ArticlePane *>(QStringLiteral("articlePane"));
    auto *sidebar = window->findChild<ui::CategorySidebar *>(QStringLiteral("categorySidebar"));
    auto *sources = window->findChild<ui::SourceView *>(QStringLiteral("sourceView"));
    auto *previousUnread = window->findChild<QAction *>(QStringLiteral("previousUnreadAction"));
    ASSERT_TRUE(pane && sidebar && sources && previousUnread);
    // llm's list (3 articles, 2 rows) comes before vision's; its last article is in the two-source story.
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    const QList<Article> llm = repo.load(QStringLiteral("2026-11-20")).articlesFor(categoryId(QStringLiteral("llm")));
    ASSERT_EQ(llm.size(), 3);
    ASSERT_TRUE(llm.last().storyId == storyOf(kB1)) << "fixture: the list should end with the story's second article";
    ASSERT_TRUE(sidebar->selectCategory(categoryId(QStringLiteral("vision"))));
    sources->setCurrentIndex(sources->sourceModel()->index(0, ui::SourceListModel::TitleColumn));
    previousUnread->trigger();
    const int row = sources->sourceModel()->rowOfArticle(llm.last().id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(sources->currentIndex().row(), row);
    EXPECT_EQ(pane->articleId(), sources->sourceModel()->articleAt(row)->id);
}

TEST_F(StoryWindowTest, ACitationShowsTheArticleItCitesNotItsStorysFirst)
{
    std::unique_ptr<ui::MainWindow> window = showWindow();
    ASSERT_TRUE(window);
    auto *pane = window->findChild<ui::ArticlePane *>(QStringLiteral("articlePane"));
    auto *sidebar = window->findChild<ui::CategorySidebar *>(QStringLiteral("categorySidebar"));
    auto *summary = window->findChild<ui::SummaryView *>(QStringLiteral("summaryView"));
    auto *sources = window->findChild<ui::SourceView *>(QStringLiteral("sourceView"));
    ASSERT_TRUE(pane && sidebar && summary && sources);
    ASSERT_TRUE(sidebar->selectCategory(categoryId(QStringLiteral("llm"))));
    ui::DayRepository repo(m_connection, [this](const QString &d, qint64 e) { return digestFor(d, e); });
    const QList<Article> llm = repo.load(QStringLiteral("2026-11-20")).articlesFor(categoryId(QStringLiteral("llm")));
    for (const QString &url : {kB1, kB5}) {
        int n = 0;
        for (int i = 0; i < llm.size(); ++i)
            n = llm.at(i).id == articleId(url) ? i + 1 : n;
        ASSERT_GT(n, 0);
        Q_EMIT summary->citationActivated(n);
        EXPECT_EQ(pane->articleId(), articleId(url)) << "[" << n << "]";
        EXPECT_EQ(sources->sourceModel()->highlightedRow(), sources->sourceModel()->rowOfArticle(articleId(kB1)));
    }
}
