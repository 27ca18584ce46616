// Issue 12 item 6: previous / next day on Alt+Left / Alt+Right everywhere and
// on [ / ] only in a list (a text field keeps its characters), F5 shown in a
// menu, shortcuts for Regenerate, the chart type and the calendar, and a
// visible focus frame on the lists and the summary.
#include "UiFixture.h"

#include "ui/CategorySidebar.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SourceView.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTreeWidget>

using namespace uitest;

namespace {

class KeyboardTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        window = showWindow();
        ASSERT_TRUE(window);
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
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
    QAction *action(const char *name) { return find<QAction>(name); }

    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(KeyboardTest, AltLeftAndAltRightChangeTheDay)
{
    ASSERT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    auto *field = find<QLineEdit>("searchField");
    field->setFocus(); // they work from a text field too
    QTest::keyClick(field, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    QTest::keyClick(field, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
}

// Before: ] was a window shortcut, so a text field either lost the character or the day could not change there.
TEST_F(KeyboardTest, BracketsTypeIntoTheSearchBoxAndStepDaysInTheLists)
{
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    ASSERT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    auto *field = find<QLineEdit>("searchField");
    field->setFocus();
    ASSERT_TRUE(field->hasFocus());
    QTest::keyClick(field, Qt::Key_BracketRight, Qt::NoModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(field->text(), QStringLiteral("]"));

    auto *list = find<ui::SourceView>("sourceView");
    list->setFocus();
    ASSERT_TRUE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_BracketRight, Qt::NoModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    auto *sidebar = find<ui::CategorySidebar>("categorySidebar");
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_BracketLeft, Qt::NoModifier);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
}

TEST_F(KeyboardTest, F5IsShownInTheToolsMenuAndEveryNewActionHasAKey)
{
    auto *tools = find<QMenu>("toolsMenu");
    QAction *refresh = action("refreshAction");
    ASSERT_TRUE(tools->actions().contains(refresh));
    EXPECT_EQ(refresh->shortcut(), QKeySequence(Qt::Key_F5)); // the one a menu shows
    for (const char *name : {"regenerateAction", "chartTypeAction", "calendarAction"}) {
        QAction *a = action(name);
        ASSERT_NE(a, nullptr);
        EXPECT_FALSE(a->shortcut().isEmpty()) << name;
    }

    // The shortcuts list says where [ and ] work.
    ui::ShortcutsDialog dialog(window->menuBar());
    QString nextDayKeys;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = dialog.list()->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toString() == QLatin1String("nextDayAction"))
            nextDayKeys = row->text(1);
    }
    EXPECT_EQ(nextDayKeys, QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)
                               + QStringLiteral(" or ] (in a list)"));
}

TEST_F(KeyboardTest, RegenerateHasAShortcut)
{
    ASSERT_TRUE(find<ui::CategorySidebar>("categorySidebar")->selectCategory(categoryId(QStringLiteral("llm"))));
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_jobs.digestOnly, categoryId(QStringLiteral("llm")));
    EXPECT_TRUE(m_jobs.digestForce);
}

// The focused list or summary has a frame in the highlight colour; the others do not.
TEST_F(KeyboardTest, TheFocusFrameIsVisible)
{
    const QColor highlight = window->palette().color(QPalette::Highlight);
    const auto frameColour = [](QWidget *w) { return w->grab().toImage().pixelColor(0, w->height() / 2); };
    auto *list = find<ui::SourceView>("sourceView");
    auto *sidebar = find<ui::CategorySidebar>("categorySidebar");
    auto *summary = find<ui::SafeTextBrowser>("summaryBrowser");
    for (QWidget *w : std::initializer_list<QWidget *>{list, sidebar, summary}) {
        w->setFocus();
        ASSERT_TRUE(w->hasFocus()) << w->objectName().toStdString();
        EXPECT_EQ(frameColour(w), highlight) << w->objectName().toStdString();
        for (QWidget *other : std::initializer_list<QWidget *>{list, sidebar, summary}) {
            if (other != w) {
                EXPECT_NE(frameColour(other), highlight) << other->objectName().toStdString();
            }
        }
    }
}
