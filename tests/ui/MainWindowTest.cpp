#include "UiFixture.h"

#include "ui/CategoryListModel.h"
#include "ui/CategorySidebar.h"
#include "ui/DateText.h"
#include "ui/DayRepository.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SearchPanel.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace uitest;

namespace {

template<typename T>
T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

int countOf(ui::CategoryListModel *m, qint64 id)
{
    return m->data(m->index(m->rowOf(id)), ui::CategoryListModel::CountRole).toInt();
}

// Clicks the text position of the first occurrence of `needle` in a browser.
void clickText(ui::SafeTextBrowser *browser, const QString &needle)
{
    QTextCursor c = browser->document()->find(needle);
    ASSERT_FALSE(c.isNull()) << needle.toStdString();
    QTextCursor mid(browser->document());
    mid.setPosition(c.selectionStart() + 1);
    const QPoint p = browser->cursorRect(mid).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, p);
}

class MainWindowTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        ui::ExternalLinks::setOpener([this](const QUrl &u) {
            opened << u;
            return true;
        });
        window = showWindow();
        ASSERT_TRUE(window);
    }
    void TearDown() override
    {
        window.reset();
        UiFixture::TearDown();
    }
    ui::CategorySidebar *sidebar() { return find<ui::CategorySidebar>(window.get(), "categorySidebar"); }
    ui::SourceView *sources() { return find<ui::SourceView>(window.get(), "sourceView"); }
    ui::SafeTextBrowser *browser() { return find<ui::SafeTextBrowser>(window.get(), "summaryBrowser"); }

    std::unique_ptr<ui::MainWindow> window;
    QList<QUrl> opened;
};

} // namespace

TEST_F(MainWindowTest, OpensOnTheLatestDayWithCountsAndNotAiAtTheBottom)
{
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    auto *model = sidebar()->categoryModel();
    EXPECT_EQ(model->categoryIdAt(0), ui::kAllCategories);
    // "Not AI" closes the day's entries; "Starred" (every day's) comes last.
    EXPECT_EQ(model->categoryIdAt(model->rowCount() - 2), ui::kNotAi);
    EXPECT_EQ(model->categoryIdAt(model->rowCount() - 1), ui::kStarred);
    EXPECT_EQ(countOf(model, ui::kAllCategories), 3);
    EXPECT_EQ(countOf(model, categoryId(QStringLiteral("llm"))), 2);
    EXPECT_EQ(countOf(model, categoryId(QStringLiteral("vision"))), 1);
    EXPECT_EQ(model->data(model->index(model->rowCount() - 2)).toString(), QStringLiteral("Not AI (1)"));
}

TEST_F(MainWindowTest, SwitchingDaysAndCategoriesUpdatesCountsSummaryAndSources)
{
    sidebar()->setFocus();
    // Shift+J (next category) moves down from "All" to the first category.
    sidebar()->selectCategory(ui::kAllCategories);
    QTest::keyClick(sidebar(), Qt::Key_J, Qt::ShiftModifier);
    EXPECT_EQ(window->currentCategory(), sidebar()->categoryModel()->categoryIdAt(1));
    QTest::keyClick(sidebar(), Qt::Key_J, Qt::ShiftModifier); // second category = LLM in the default order
    const qint64 llm = categoryId(QStringLiteral("llm"));
    ASSERT_EQ(window->currentCategory(), llm);
    EXPECT_EQ(sources()->model()->rowCount(), 2);
    EXPECT_TRUE(browser()->toPlainText().contains(QStringLiteral("Korean evaluation suite")));
    EXPECT_TRUE(find<QLabel>(window.get(), "summaryProvenance")->text().contains(QStringLiteral("offline")));
    // Raw HTML in the summary is shown as text, never run.
    EXPECT_TRUE(browser()->toPlainText().contains(QStringLiteral("<script>")));

    // Alt+Left goes to the previous day: other counts, no LLM articles there.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    auto *model = sidebar()->categoryModel();
    EXPECT_EQ(countOf(model, ui::kAllCategories), 2);
    EXPECT_EQ(countOf(model, llm), 0);
    EXPECT_EQ(sources()->model()->rowCount(), 0);
    const qint64 robotics = categoryId(QStringLiteral("robotics"));
    ASSERT_TRUE(sidebar()->selectCategory(robotics));
    ASSERT_EQ(sources()->model()->rowCount(), 1);
    EXPECT_EQ(sources()->model()->index(0, ui::SourceListModel::TitleColumn).data().toString(),
              QStringLiteral("Zebrafish robot arm learns grasping"));
    EXPECT_TRUE(browser()->toPlainText().contains(QStringLiteral("Build digest")));

    QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
}

TEST_F(MainWindowTest, CitationClickHighlightsThatSource)
{
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("llm"))));
    auto *model = qobject_cast<ui::SourceListModel *>(sources()->model());
    clickText(browser(), QStringLiteral("[2]"));
    ASSERT_EQ(model->highlightedRow(), 1);
    EXPECT_EQ(sources()->currentIndex().row(), 1);
    const Digest d = digestFor(window->currentDay());
    qint64 second = 0;
    for (const DigestSection &s : d.sections) {
        if (s.categoryId == categoryId(QStringLiteral("llm")))
            second = s.sources.at(1).articleId;
    }
    EXPECT_EQ(model->articleAt(1)->id, second);
    QTest::keyClick(window.get(), Qt::Key_Escape); // the citation opened the article; back to the summary
    clickText(browser(), QStringLiteral("[1]"));
    EXPECT_EQ(model->highlightedRow(), 0);
    // The javascript: link in the summary does nothing.
    clickText(browser(), QStringLiteral("site"));
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(MainWindowTest, SearchFindsAnArticleOfAnotherDayAndNavigatesThere)
{
    auto *field = find<QLineEdit>(window.get(), "searchField");
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("zebrafish"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *panel = find<ui::SearchPanel>(window.get(), "searchPanel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isSearching() && panel->shownTicket() != 0; }, 30000));
    auto *results = find<QTreeWidget>(window.get(), "searchResults");
    ASSERT_EQ(panel->resultCount(), 1);
    QTreeWidgetItem *hit = results->topLevelItem(0)->child(0);
    EXPECT_EQ(hit->text(0), ui::DateText::shortDay(QStringLiteral("2026-11-19")));
    const QRect r = results->visualItemRect(hit);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, r.center());
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(window->currentCategory(), categoryId(QStringLiteral("robotics")));
    auto *model = qobject_cast<ui::SourceListModel *>(sources()->model());
    ASSERT_GE(model->highlightedRow(), 0);
    EXPECT_EQ(model->articleAt(model->highlightedRow())->id, articleId(QStringLiteral("https://news.example.org/a2")));
}

TEST_F(MainWindowTest, EnterOpensTheArticleAndMarksItRead)
{
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("vision"))));
    auto *model = qobject_cast<ui::SourceListModel *>(sources()->model());
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->articleAt(0)->read);
    sources()->setFocus();
    sources()->setCurrentIndex(model->index(0, 1));
    QTest::keyClick(sources(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(QStringLiteral("https://news.example.org/b3")));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->articleAt(0)->read, 30000);
    EXPECT_EQ(window->currentCategory(), categoryId(QStringLiteral("vision"))); // selection kept
}

TEST_F(MainWindowTest, RefreshTurnsIntoCancelAndTheStatusBarShowsProgressAndErrors)
{
    auto *refresh = window->findChild<QAction *>(QStringLiteral("refreshAction"));
    ASSERT_NE(refresh, nullptr);
    QTest::keyClick(window.get(), Qt::Key_F5);
    EXPECT_EQ(m_jobs.refreshStarts, 1);
    EXPECT_EQ(refresh->text(), QStringLiteral("&Cancel"));
    Q_EMIT m_jobs.refreshProgress(12, 40, 35);
    auto *bar = find<QProgressBar>(window.get(), "progressBar");
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->format(), QStringLiteral("Fetching 12/40 sources · 35 new"));
    Q_EMIT m_jobs.fullTextProgress(2, 9); // the refresh's last stage: article pages
    EXPECT_EQ(bar->format(), QStringLiteral("Fetching full text 2/9"));
    EXPECT_EQ(refresh->text(), QStringLiteral("&Cancel"));
    Q_EMIT m_jobs.digestProgress(QStringLiteral("summarise"), 3, 8);
    EXPECT_EQ(bar->format(), QStringLiteral("Summarising 3/8 sections"));
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier); // cancels
    EXPECT_EQ(m_jobs.cancels, 1);
    m_jobs.running = false;
    Q_EMIT m_jobs.refreshFinished(0, 2, {QStringLiteral("A: HTTP 404"), QStringLiteral("B: timed out")}, false);
    EXPECT_EQ(refresh->text(), QStringLiteral("&Refresh"));
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(find<QLabel>(window.get(), "lastErrorLabel")->text().startsWith(QStringLiteral("Every source failed")));
    EXPECT_TRUE(find<QWidget>(window.get(), "errorDetailsButton")->isVisible());
}

TEST_F(MainWindowTest, NewArticlesKeepTheSelection)
{
    const qint64 llm = categoryId(QStringLiteral("llm"));
    ASSERT_TRUE(sidebar()->selectCategory(llm));
    storage::ArticleStore store(db(), QTimeZone::utc());
    FeedItem item;
    item.guid = item.url = item.link = QStringLiteral("https://news.example.org/b9");
    item.title = QStringLiteral("Another language model released");
    item.published = QDateTime(QDate(2026, 11, 20), QTime(11, 0), QTimeZone::utc());
    ASSERT_EQ(store.ingest(storage::SourceStore(db()).all().first().id, {item}, m_clock.nowUtc()).inserted, 1);
    store.setClassification(articleId(item.url), llm, true, 0.7, CategoryOrigin::Offline, QString());
    Q_EMIT m_jobs.refreshFinished(1, 1, {}, false);
    EXPECT_EQ(window->currentCategory(), llm);
    EXPECT_EQ(countOf(sidebar()->categoryModel(), llm), 3);
    EXPECT_EQ(sources()->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, RemembersDayAndCategory)
{
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("robotics"))));
    window->close();
    window = std::make_unique<ui::MainWindow>(deps());
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(window->currentCategory(), categoryId(QStringLiteral("robotics")));
}

TEST_F(MainWindowTest, TheFirstWindowStaysOnTheScreenItOpensOn)
{
    // Offscreen's screen is smaller than the 1280x820 a first window asks
    // for: the window, frame included, must fit its available area.
    auto window = std::make_unique<ui::MainWindow>(deps()); // as the app opens it, no test resize
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    const QRect area = window->screen()->availableGeometry();
    ASSERT_LT(area.width(), 1280) << "the test needs a screen smaller than the default window";
    EXPECT_TRUE(QTest::qWaitFor([&] { return area.contains(window->frameGeometry()); }, 5000))
        << window->frameGeometry().width() << "x" << window->frameGeometry().height() << " on "
        << area.width() << "x" << area.height();
}
