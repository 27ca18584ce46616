// The window's search (issue 10): on the search worker, as you type,
// never a stale result, filters and sort, snippets as text with the match
// in bold, paging, clearing, Escape and the keyboard.
#include "UiFixture.h"

#include "service/SearchIndexBuilder.h"
#include "service/SearchService.h"
#include "ui/ActivityStatus.h"
#include "ui/DateText.h"
#include "ui/MainWindow.h"
#include "ui/SearchFilters.h"
#include "ui/SearchIndexStatus.h"
#include "ui/SearchPanel.h"
#include "ui/SnippetDelegate.h"
#include "ui/SourceView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace uitest;

namespace {

constexpr int kWait = 30000;
const QString kScriptTitle = QStringLiteral("<script>alert(1)</script> **Scriptword** <i>model</i>");

class SearchPanelTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        storage::ArticleStore store(db(), QTimeZone::utc());
        FeedItem item;
        item.url = item.link = item.guid = QStringLiteral("https://news.example.org/script");
        item.title = kScriptTitle;
        item.summary = QStringLiteral("Plain text about a scriptword release.");
        item.published = QDateTime(QDate(2026, 11, 18), QTime(7, 0), QTimeZone::utc());
        const qint64 source = storage::SourceStore(db()).all().first().id;
        ASSERT_EQ(store.ingest(source, {item}, m_clock.nowUtc()).inserted, 1);
        store.setClassification(articleId(item.url), categoryId(QStringLiteral("llm")), true, 0.8,
                                CategoryOrigin::Offline, QString());
        window = showWindow();
        ASSERT_TRUE(window);
        panel = window->findChild<ui::SearchPanel *>(QStringLiteral("searchPanel"));
        field = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        list = window->findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        dock = window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
        service = window->findChild<service::SearchService *>();
        ASSERT_TRUE(panel && field && list && dock && service);
    }
    void TearDown() override
    {
        window.reset();
        UiFixture::TearDown();
    }

    // Types `text` into the field and waits until its results are shown.
    bool search(const QString &text, bool enter = true)
    {
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, text);
        if (enter)
            QTest::keyClick(field, Qt::Key_Return);
        return settle();
    }
    // Waits until the latest search's results are on screen.
    bool settle()
    {
        return QTest::qWaitFor(
            [this] { return !panel->isSearching() && panel->shownTicket() == service->latestTicket(); }, kWait);
    }
    template <typename T> T *child(const char *name) { return window->findChild<T *>(QLatin1String(name)); }

    // The article hits shown, in order.
    QList<QTreeWidgetItem *> articleHits() const
    {
        QList<QTreeWidgetItem *> out;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = list->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                if (group->child(j)->text(2) != QStringLiteral("Summary"))
                    out << group->child(j);
            }
        }
        return out;
    }
    QStringList shownTitles() const
    {
        QStringList out;
        for (QTreeWidgetItem *item : articleHits())
            out << item->text(3);
        return out;
    }
    void setStarred(const QString &url)
    {
        ASSERT_TRUE(storage::ArticleStore(db(), QTimeZone::utc()).setStarred(articleId(url), true));
    }
    void setRead(const QString &url)
    {
        ASSERT_TRUE(storage::ArticleStore(db(), QTimeZone::utc()).setRead(articleId(url), true));
    }

    std::unique_ptr<ui::MainWindow> window;
    ui::SearchPanel *panel = nullptr;
    QLineEdit *field = nullptr;
    QTreeWidget *list = nullptr;
    QDockWidget *dock = nullptr;
    service::SearchService *service = nullptr;
};

} // namespace

TEST_F(SearchPanelTest, TypingSearchesOnTheWorkerAfterAPauseAndShowsTheHits)
{
    const quint64 before = service->latestTicket();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("zebrafish"));
    // Nothing ran yet (debounced) and the GUI thread did not search.
    EXPECT_EQ(service->latestTicket(), before);
    EXPECT_EQ(panel->resultCount(), 0);
    QSignalSpy shown(panel, &ui::SearchPanel::resultsShown);
    ASSERT_TRUE(shown.wait(kWait));
    EXPECT_EQ(service->latestTicket(), before + 1); // one search for nine keystrokes
    EXPECT_TRUE(dock->isVisible());
    ASSERT_EQ(articleHits().size(), 1);
    EXPECT_EQ(articleHits().first()->text(0), ui::DateText::shortDay(QStringLiteral("2026-11-19")));
    EXPECT_TRUE(articleHits().first()->text(3).contains(QStringLiteral("Zebrafish robot arm")));
    EXPECT_TRUE(articleHits().first()->text(2).contains(QStringLiteral("Example News")));
    EXPECT_EQ(panel->statusText(), QStringLiteral("1 result(s) for \"zebrafish\""));
}

TEST_F(SearchPanelTest, EnterSearchesAtOnceAndLeavesNoSearchForLater)
{
    auto *debounce = panel->findChild<QTimer *>(QStringLiteral("searchDebounce"));
    ASSERT_TRUE(debounce);
    const quint64 before = service->latestTicket();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("zebrafish"));
    EXPECT_TRUE(debounce->isActive());
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(service->latestTicket(), before + 1);
    EXPECT_FALSE(debounce->isActive()); // no second search of the same words after the pause
    // The box emptied behind the panel's back (as code may do): Enter searches nothing.
    QTest::keyClicks(field, QStringLiteral("x"));
    field->blockSignals(true);
    field->clear();
    field->blockSignals(false);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_FALSE(debounce->isActive());
    EXPECT_EQ(service->latestTicket(), before + 1);
}

TEST_F(SearchPanelTest, ASecondQueryBeforeTheFirstFinishesShowsOnlyTheSecond)
{
    QSignalSpy shown(panel, &ui::SearchPanel::resultsShown);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("zebrafish"));
    QTest::keyClick(field, Qt::Key_Return); // sent at once
    const quint64 first = service->latestTicket();
    field->selectAll(); // typed over: the box is never empty in between
    QTest::keyClicks(field, QStringLiteral("vision"));
    QTest::keyClick(field, Qt::Key_Return); // cancels the first
    const quint64 second = service->latestTicket();
    ASSERT_GT(second, first);
    // The first search's answer, were it delivered late, is not shown.
    search::SearchResults stale;
    search::SearchHit hit;
    hit.articleId = 1;
    hit.day = QStringLiteral("2026-11-19");
    hit.title = QStringLiteral("STALE");
    stale.articles << hit;
    Q_EMIT service->finished(first, stale);
    EXPECT_EQ(panel->resultCount(), 0);
    ASSERT_TRUE(settle());
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().first().toULongLong(), second);
    EXPECT_EQ(panel->shownTicket(), second);
    const QStringList titles = shownTitles();
    ASSERT_EQ(titles.size(), 1);
    EXPECT_TRUE(titles.first().startsWith(QStringLiteral("Vision model segments"))) << titles.first().toStdString();
    // Still nothing from the first.
    Q_EMIT service->finished(first, stale);
    EXPECT_EQ(shownTitles(), titles);
}

TEST_F(SearchPanelTest, FiltersNarrowTheResultsAndRerunTheSearch)
{
    // Every seeded article's summary says "details follow".
    ASSERT_TRUE(search(QStringLiteral("details")));
    ASSERT_EQ(articleHits().size(), 6);
    auto *category = child<QComboBox>("searchCategory");
    const int llm = category->findData(categoryId(QStringLiteral("llm")));
    ASSERT_GT(llm, 0);
    const quint64 before = service->latestTicket();
    category->setCurrentIndex(llm);
    EXPECT_GT(service->latestTicket(), before); // a filter change searches again
    ASSERT_TRUE(settle());
    EXPECT_EQ(articleHits().size(), 2);
    for (QTreeWidgetItem *item : articleHits())
        EXPECT_TRUE(item->text(1).contains(QStringLiteral("LLM"))) << item->text(1).toStdString();
    category->setCurrentIndex(0);
    ASSERT_TRUE(settle());
    EXPECT_EQ(articleHits().size(), 6);

    setStarred(QStringLiteral("https://news.example.org/a2"));
    child<QCheckBox>("searchStarred")->setChecked(true);
    ASSERT_TRUE(settle());
    ASSERT_EQ(articleHits().size(), 1);
    EXPECT_TRUE(shownTitles().first().startsWith(QStringLiteral("Zebrafish")));
    child<QCheckBox>("searchStarred")->setChecked(false);

    setRead(QStringLiteral("https://news.example.org/a1"));
    setRead(QStringLiteral("https://news.example.org/b1"));
    child<QCheckBox>("searchUnread")->setChecked(true);
    ASSERT_TRUE(settle());
    EXPECT_EQ(articleHits().size(), 4);
    for (const QString &t : shownTitles())
        EXPECT_FALSE(t.startsWith(QStringLiteral("Quantized")) || t.startsWith(QStringLiteral("New open LLM")));
    child<QCheckBox>("searchUnread")->setChecked(false);

    child<QDateEdit>("searchFrom")->setDate(QDate(2026, 11, 20));
    child<QCheckBox>("searchFromOn")->setChecked(true);
    ASSERT_TRUE(settle());
    EXPECT_EQ(articleHits().size(), 4);
    for (QTreeWidgetItem *item : articleHits())
        EXPECT_EQ(item->text(0), ui::DateText::shortDay(QStringLiteral("2026-11-20")));
    child<QCheckBox>("searchFromOn")->setChecked(false);
    child<QDateEdit>("searchTo")->setDate(QDate(2026, 11, 19));
    child<QCheckBox>("searchToOn")->setChecked(true);
    ASSERT_TRUE(settle());
    EXPECT_EQ(articleHits().size(), 2);
    for (QTreeWidgetItem *item : articleHits())
        EXPECT_EQ(item->text(0), ui::DateText::shortDay(QStringLiteral("2026-11-19")));
}

TEST_F(SearchPanelTest, NewestFirstOrdersByDay)
{
    ASSERT_TRUE(search(QStringLiteral("details")));
    auto *order = child<QComboBox>("searchOrder");
    order->setCurrentIndex(order->findData(int(search::SearchQuery::Order::Newest)));
    ASSERT_TRUE(settle());
    const QList<QTreeWidgetItem *> hits = articleHits();
    ASSERT_EQ(hits.size(), 6);
    EXPECT_EQ(hits.first()->text(0), ui::DateText::shortDay(QStringLiteral("2026-11-20")));
    for (int i = 1; i < hits.size(); ++i)
        EXPECT_GE(hits.at(i - 1)->data(0, Qt::UserRole + 1).toString().toStdString(), // the stored day
                  hits.at(i)->data(0, Qt::UserRole + 1).toString().toStdString())
            << i;
}

TEST_F(SearchPanelTest, LoadMoreFetchesTheNextPage)
{
    storage::ArticleStore store(db(), QTimeZone::utc());
    QList<FeedItem> items;
    for (int i = 0; i < 60; ++i) {
        FeedItem item;
        item.url = item.link = item.guid = QStringLiteral("https://news.example.org/bulk/%1").arg(i);
        item.title = QStringLiteral("Bulkword story %1").arg(i);
        item.summary = QStringLiteral("More about it.");
        item.published = QDateTime(QDate(2026, 11, 10), QTime(0, 0), QTimeZone::utc()).addSecs(i * 60);
        items << item;
    }
    ASSERT_EQ(store.ingest(storage::SourceStore(db()).all().first().id, items, m_clock.nowUtc()).inserted, 60);
    ASSERT_TRUE(search(QStringLiteral("bulkword")));
    auto *more = child<QPushButton>("searchLoadMore");
    ASSERT_EQ(articleHits().size(), 50);
    EXPECT_TRUE(more->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    ASSERT_TRUE(settle());
    EXPECT_EQ(articleHits().size(), 60);
    EXPECT_FALSE(more->isVisible());
    QStringList titles = shownTitles();
    titles.removeDuplicates();
    EXPECT_EQ(titles.size(), 60); // the next page, not the first again
}

TEST_F(SearchPanelTest, ClearingTheBoxClearsTheResultsAndHidesThePanel)
{
    ASSERT_TRUE(search(QStringLiteral("zebrafish")));
    ASSERT_EQ(panel->resultCount(), 1);
    ASSERT_TRUE(dock->isVisible());
    field->clear();
    EXPECT_EQ(panel->resultCount(), 0);
    EXPECT_FALSE(dock->isVisible());
    EXPECT_FALSE(panel->isSearching());
}

TEST_F(SearchPanelTest, EscapeClosesThePanelAndFocusReturnsToTheArticles)
{
    auto *sources = child<ui::SourceView>("sourceView");
    ASSERT_TRUE(search(QStringLiteral("zebrafish")));
    // Down from the field moves into the list; Escape there closes.
    QTest::keyClick(field, Qt::Key_Down);
    EXPECT_TRUE(list->hasFocus());
    ASSERT_NE(list->currentItem(), nullptr);
    EXPECT_EQ(list->currentItem()->text(0), ui::DateText::shortDay(QStringLiteral("2026-11-19")));
    QTest::keyClick(list, Qt::Key_Escape);
    EXPECT_FALSE(dock->isVisible());
    EXPECT_TRUE(sources->hasFocus());
    // From the field too.
    ASSERT_TRUE(search(QStringLiteral("vision")));
    ASSERT_TRUE(dock->isVisible());
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(dock->isVisible());
    EXPECT_TRUE(sources->hasFocus());
}

TEST_F(SearchPanelTest, EnterOnAResultOpensItsDayAndArticle)
{
    ASSERT_TRUE(search(QStringLiteral("zebrafish")));
    QTest::keyClick(field, Qt::Key_Down);
    ASSERT_TRUE(list->hasFocus());
    QSignalSpy chosen(panel, &ui::SearchPanel::resultChosen);
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_GE(chosen.size(), 1);
    EXPECT_EQ(chosen.first().at(2).toLongLong(), articleId(QStringLiteral("https://news.example.org/a2")));
    EXPECT_EQ(chosen.first().at(3).toStringList(), QStringList{QStringLiteral("zebrafish")});
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(window->currentCategory(), categoryId(QStringLiteral("robotics")));
}

TEST_F(SearchPanelTest, SnippetsAreTextWithTheMatchInBold)
{
    ASSERT_TRUE(search(QStringLiteral("scriptword")));
    ASSERT_EQ(articleHits().size(), 1);
    QTreeWidgetItem *hit = articleHits().first();
    const QString html = hit->data(3, ui::SnippetDelegate::kHtmlRole).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("<b>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<script"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<i>"))) << html.toStdString();
    // The plain text carries the title as typed, never rendered.
    EXPECT_TRUE(hit->text(3).startsWith(kScriptTitle)) << hit->text(3).toStdString();
    // A summary hit: its Markdown is gone from the snippet.
    ASSERT_TRUE(search(QStringLiteral("evaluation")));
    ASSERT_EQ(panel->resultCount(), 1);
    QTreeWidgetItem *summary = list->topLevelItem(0)->child(0);
    EXPECT_EQ(summary->text(2), QStringLiteral("Summary"));
    EXPECT_FALSE(summary->text(3).contains(QStringLiteral("####"))) << summary->text(3).toStdString();
    // The summary's literal "<script>" is text: escaped in what is drawn.
    const QString summaryHtml = summary->data(3, ui::SnippetDelegate::kHtmlRole).toString();
    EXPECT_TRUE(summaryHtml.contains(QStringLiteral("<b>"))) << summaryHtml.toStdString();
    EXPECT_FALSE(summaryHtml.contains(QStringLiteral("<script"))) << summaryHtml.toStdString();
}

TEST(SnippetDelegate, EscapesTheTextAndBoldsTheMarkedMatches)
{
    const QString open(QChar(search::SearchHit::kOpen)), close(QChar(search::SearchHit::kClose));
    EXPECT_EQ(ui::SnippetDelegate::toHtml(QStringLiteral("a <i>&\"</i> ") + open + QStringLiteral("모델") + close +
                                          QStringLiteral("의\n**x**")),
              QStringLiteral("a &lt;i&gt;&amp;&quot;&lt;/i&gt; <b>모델</b>의 **x**"));
    EXPECT_EQ(ui::SnippetDelegate::toHtml(open + QStringLiteral("open")), QStringLiteral("<b>open</b>"));
    EXPECT_EQ(ui::SnippetDelegate::toPlain(open + QStringLiteral("a") + close + QStringLiteral(" b")),
              QStringLiteral("a b"));
}

TEST_F(SearchPanelTest, ShowsTheErrorAndThatTheIndexIsStillBeingBuilt)
{
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("details"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(panel->statusText(), QStringLiteral("Searching…"));
    search::SearchResults partial;
    search::SearchHit hit;
    hit.articleId = articleId(QStringLiteral("https://news.example.org/a1"));
    hit.day = QStringLiteral("2026-11-19");
    hit.title = QStringLiteral("Quantized");
    partial.articles << hit;
    partial.indexPercent = 45;
    Q_EMIT service->finished(service->latestTicket(), partial); // answers the running search
    auto *notice = child<QLabel>("searchIndexNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(),
              QStringLiteral("The search index is still being built (45 %); older articles may be missing."));
    EXPECT_EQ(panel->resultCount(), 1);

    QTest::keyClick(field, Qt::Key_Return);
    search::SearchResults failed;
    failed.error = QStringLiteral("disk I/O error");
    Q_EMIT service->finished(service->latestTicket(), failed);
    EXPECT_EQ(panel->statusText(), QStringLiteral("The search failed: disk I/O error"));
    EXPECT_EQ(panel->resultCount(), 0);
    EXPECT_FALSE(notice->isVisible());

    ASSERT_TRUE(search(QStringLiteral("nosuchwordanywhere")));
    EXPECT_EQ(panel->statusText(), QStringLiteral("No results for \"nosuchwordanywhere\"."));
}

TEST_F(SearchPanelTest, TheIndexBackfillShowsItsProgressInTheStatusBarUntilDone)
{
    auto *label = child<ui::SearchIndexStatus>("searchIndexStatus");
    ASSERT_NE(label, nullptr);
    service::SearchIndexBuilder *builder = label->builder();
    // This profile's index is complete: the builder finishes at once, and nothing stays shown.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !builder->isRunning(); }, kWait));
    EXPECT_FALSE(label->isVisible());
    Q_EMIT builder->progress(45, 100);
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(label->text(), QStringLiteral("Building the search index: 45 %"));
    Q_EMIT builder->finished();
    EXPECT_FALSE(label->isVisible());
    Q_EMIT builder->progress(10, 100);
    Q_EMIT builder->failed(QStringLiteral("The search index could not be built: disk full"));
    EXPECT_FALSE(label->isVisible());
    auto *status = child<ui::ActivityStatus>("activityStatus");
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->lastError().startsWith(QStringLiteral("The search index could not be built: disk full")))
        << status->lastError().toStdString();
}

TEST(SearchTranslations, TheSearchStringsAreKorean)
{
    QTranslator ko;
    ASSERT_TRUE(ko.load(QLocale(QStringLiteral("ko_KR")), QStringLiteral("daily-insights"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    const QString progress = ui::SearchIndexStatus::progressText(45, 100);
    const QString searching = QCoreApplication::translate("ui::SearchPanel", "Searching…");
    const QString newest = QCoreApplication::translate("ui::SearchFilters", "Newest first");
    QCoreApplication::removeTranslator(&ko);
    EXPECT_EQ(progress, QStringLiteral("검색 색인 만드는 중: 45 %"));
    EXPECT_EQ(searching, QStringLiteral("검색 중…"));
    EXPECT_EQ(newest, QStringLiteral("최신순"));
}
