// Read / unread and stars in the window, the Starred view, the sidebar's
// counts, the article keys and the shortcuts help.
#include "UiFixture.h"

#include "ui/ArticlePane.h"
#include "ui/CategoryListModel.h"
#include "ui/CategorySidebar.h"
#include "ui/DateText.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace uitest;

namespace {

class ReaderStateTest : public UiFixture
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
    template<typename T>
    T *find(const char *name)
    {
        return childNamed<T>(window.get(), name);
    }
    ui::ArticlePane *pane() { return find<ui::ArticlePane>("articlePane"); }
    ui::SourceView *sources() { return find<ui::SourceView>("sourceView"); }
    ui::SourceListModel *model() { return sources()->sourceModel(); }
    ui::CategorySidebar *sidebar() { return find<ui::CategorySidebar>("categorySidebar"); }
    ui::CategoryListModel *categories() { return sidebar()->categoryModel(); }
    int unreadOf(qint64 id) { return categories()->data(categories()->index(categories()->rowOf(id)), ui::CategoryListModel::UnreadRole).toInt(); }
    QString labelOf(qint64 id) { return categories()->index(categories()->rowOf(id)).data().toString(); }
    bool readInDb(const QString &url)
    {
        return storage::ArticleStore(db(), QTimeZone::utc()).article(articleId(url)).read;
    }
    void press(int key, Qt::KeyboardModifiers mods = {}) { QTest::keyClick(window.get(), Qt::Key(key), mods); }

    std::unique_ptr<ui::MainWindow> window;
    QList<QUrl> opened;
};

const QString kB1 = QStringLiteral("https://news.example.org/b1");
const QString kB2 = QStringLiteral("https://news.example.org/b2");

} // namespace

TEST_F(ReaderStateTest, SidebarShowsUnreadOfTotalAndAStarredEntry)
{
    const qint64 llm = categoryId(QStringLiteral("llm"));
    EXPECT_EQ(unreadOf(llm), 2);
    EXPECT_TRUE(labelOf(llm).endsWith(QStringLiteral("(2/2)"))) << labelOf(llm).toStdString();
    EXPECT_TRUE(labelOf(ui::kAllCategories).endsWith(QStringLiteral("(3/3)")));
    EXPECT_EQ(categories()->categoryIdAt(categories()->rowCount() - 1), ui::kStarred);
    EXPECT_TRUE(labelOf(ui::kStarred).endsWith(QStringLiteral("Starred  (0)"))) << labelOf(ui::kStarred).toStdString();
    // Nothing is clipped: the sidebar is as wide as its longest label.
    const QFontMetrics fm(sidebar()->font());
    for (int r = 0; r < categories()->rowCount(); ++r)
        EXPECT_LE(fm.horizontalAdvance(categories()->index(r).data().toString()) + 30, sidebar()->viewport()->width())
            << categories()->index(r).data().toString().toStdString();
}

TEST_F(ReaderStateTest, ReadAndStarSurviveARestartAndStarredListsAcrossDays)
{
    const qint64 llm = categoryId(QStringLiteral("llm"));
    ASSERT_TRUE(sidebar()->selectCategory(llm));
    press(Qt::Key_J); // first article into the pane, marked read
    ASSERT_EQ(pane()->articleId(), model()->articleAt(0)->id);
    const qint64 first = pane()->articleId();
    press(Qt::Key_S); // star it
    QTRY_VERIFY_WITH_TIMEOUT(model()->articleAt(0)->read && model()->articleAt(0)->starred, 30000);
    // The list may re-read both from the read mark's reply before the star's own reply reaches the pane.
    QTRY_VERIFY_WITH_TIMEOUT(pane()->isStarred(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(unreadOf(llm), 1, 30000);
    EXPECT_TRUE(labelOf(ui::kStarred).endsWith(QStringLiteral("(1)")));

    // A star on another day too.
    press(Qt::Key_Left, Qt::AltModifier);
    ASSERT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("robotics"))));
    press(Qt::Key_J);
    press(Qt::Key_S);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 1 && model()->articleAt(0)->starred, 30000);

    // Restart: a new window on the same profile.
    window.reset();
    window = showWindow();
    ASSERT_TRUE(window);
    EXPECT_TRUE(labelOf(ui::kStarred).endsWith(QStringLiteral("(2)")));
    ASSERT_TRUE(sidebar()->selectCategory(ui::kStarred));
    ASSERT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(model()->articleAt(0)->id, first); // newest first: 2026-11-20 before 11-19
    EXPECT_EQ(model()->articleAt(1)->day, QStringLiteral("2026-11-19"));
    EXPECT_TRUE(model()->articleAt(0)->read);
    EXPECT_TRUE(model()->index(1, ui::SourceListModel::TimeColumn).data().toString().startsWith(ui::DateText::shortDay(QStringLiteral("2026-11-19"))));
    // Unread rows are bold, read ones are not.
    ASSERT_TRUE(sidebar()->selectCategory(llm));
    const int readRow = model()->rowOfArticle(first);
    EXPECT_FALSE(model()->index(readRow, 1).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model()->index(1 - readRow, 1).data(Qt::FontRole).value<QFont>().bold());
}

TEST_F(ReaderStateTest, ArticleKeysMoveThroughListsAndCategories)
{
    const qint64 llm = categoryId(QStringLiteral("llm"));
    ASSERT_TRUE(sidebar()->selectCategory(llm));
    press(Qt::Key_J);
    EXPECT_EQ(sources()->currentIndex().row(), 0);
    EXPECT_EQ(pane()->articleId(), model()->articleAt(0)->id);
    press(Qt::Key_J);
    EXPECT_EQ(sources()->currentIndex().row(), 1);
    EXPECT_EQ(pane()->articleId(), model()->articleAt(1)->id);
    press(Qt::Key_K);
    EXPECT_EQ(pane()->articleId(), model()->articleAt(0)->id);
    QTRY_COMPARE_WITH_TIMEOUT(unreadOf(llm), 0, 30000);

    // M marks the shown article unread again; N finds it.
    press(Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(!model()->articleAt(0)->read, 30000);
    press(Qt::Key_J);
    ASSERT_EQ(sources()->currentIndex().row(), 1);
    press(Qt::Key_P); // previous unread = row 0
    EXPECT_EQ(sources()->currentIndex().row(), 0);

    // N with no unread left in the list goes on to the next category's.
    QTRY_VERIFY_WITH_TIMEOUT(model()->articleAt(0)->read, 30000);
    press(Qt::Key_N);
    EXPECT_NE(window->currentCategory(), llm);
    EXPECT_EQ(pane()->articleId(), articleId(QStringLiteral("https://news.example.org/b3")));

    // O opens the shown article in the browser.
    press(Qt::Key_O);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(QStringLiteral("https://news.example.org/b3")));

    // Shift+J / Shift+K: next and previous category.
    const int row = categories()->rowOf(window->currentCategory());
    press(Qt::Key_J, Qt::ShiftModifier);
    EXPECT_EQ(window->currentCategory(), categories()->categoryIdAt(row + 1));
    press(Qt::Key_K, Qt::ShiftModifier);
    EXPECT_EQ(window->currentCategory(), categories()->categoryIdAt(row));
}

TEST_F(ReaderStateTest, MarkDayReadClearsTheDaysUnreadCounts)
{
    EXPECT_EQ(unreadOf(ui::kAllCategories), 3);
    find<QAction>("markDayReadAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(unreadOf(ui::kAllCategories), 0, 30000);
    EXPECT_TRUE(readInDb(kB1));
    EXPECT_TRUE(readInDb(QStringLiteral("https://news.example.org/b4"))); // not AI: the whole day
    EXPECT_FALSE(readInDb(QStringLiteral("https://news.example.org/a1"))); // another day
}

TEST_F(ReaderStateTest, ShortcutsHelpListsTheMenusActions)
{
    auto *help = find<QAction>("shortcutsAction");
    EXPECT_TRUE(help->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    ui::ShortcutsDialog dialog(window->menuBar());
    QTreeWidget *list = dialog.list();
    QStringList names;
    QStringList keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        names << list->topLevelItem(i)->data(0, Qt::UserRole).toString();
        keys << list->topLevelItem(i)->text(1);
    }
    // Every action with a shortcut in a menu is listed, with its keys.
    for (QAction *top : window->menuBar()->actions()) {
        for (QAction *a : top->menu()->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            const qsizetype at = names.indexOf(a->objectName());
            ASSERT_GE(at, 0) << a->objectName().toStdString();
            EXPECT_TRUE(keys.at(at).contains(a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    for (const char *name : {"nextArticleAction", "previousArticleAction", "nextUnreadAction", "previousUnreadAction",
                             "nextCategoryAction", "openInBrowserAction", "starAction", "toggleReadAction",
                             "markDayReadAction", "shortcutsAction"})
        EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
}

TEST_F(ReaderStateTest, FocusingTheListDoesNotOpenOrMarkAnArticle)
{
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("llm"))));
    sources()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    EXPECT_EQ(pane()->articleId(), 0);
    EXPECT_FALSE(find<QStackedWidget>("centreStack")->currentWidget() == pane());
    EXPECT_EQ(unreadOf(categoryId(QStringLiteral("llm"))), 2);
}
