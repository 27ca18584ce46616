// The day calendar marks days with articles and days with a built digest
// differently, from the profile's database (issue 12, item 11).
#include "UiFixture.h"

#include "ui/DayNavigator.h"
#include "ui/MainWindow.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>

namespace {

class CalendarMarksTest : public uitest::UiFixture
{
};

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_F(CalendarMarksTest, DaysWithArticlesAreBoldAndTheDigestDayAlsoUnderlinedPlainDaysUnmarked)
{
    // The fixture: articles on 11-19 and 11-20, a digest built for 11-20.
    auto window = showWindow();
    ASSERT_TRUE(window);
    auto *navigator = window->findChild<ui::DayNavigator *>(QStringLiteral("dayNavigator"));
    ASSERT_NE(navigator, nullptr);
    auto *button = navigator->findChild<QToolButton *>(QStringLiteral("calendarButton"));
    ASSERT_NE(button, nullptr);

    // Opened from the keyboard: Ctrl+G.
    EXPECT_EQ(button->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    EXPECT_TRUE(button->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText)));
    // The popup runs its own event loop: a timer looks at it and closes it.
    QCalendarWidget *calendar = navigator->calendar();
    bool calendarShown = false;
    bool legendShown = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!button->menu()->isVisible())
            return;
        calendarShown = calendar->isVisible();
        auto *legend = button->menu()->findChild<QLabel *>(QStringLiteral("dayCalendarLegend"));
        legendShown = legend && legend->isVisible() && !legend->text().isEmpty();
        button->menu()->hide();
    });
    poll.start();
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(calendarShown, 10000);
    poll.stop();
    EXPECT_TRUE(legendShown); // says what the marks mean
    EXPECT_EQ(calendar->selectedDate(), day("2026-11-20"));

    const QTextCharFormat articles = calendar->dateTextFormat(day("2026-11-19"));
    const QTextCharFormat digest = calendar->dateTextFormat(day("2026-11-20"));
    EXPECT_EQ(articles.fontWeight(), QFont::Bold);
    EXPECT_FALSE(articles.fontUnderline());
    EXPECT_EQ(digest.fontWeight(), QFont::Bold);
    EXPECT_TRUE(digest.fontUnderline());
    EXPECT_EQ(digest.foreground().color(), navigator->palette().color(QPalette::Link));
    EXPECT_NE(articles.toolTip(), digest.toolTip());
    EXPECT_FALSE(articles.toolTip().isEmpty());
    for (const char *plain : {"2026-11-18", "2026-11-21", "2026-11-01"}) {
        const QTextCharFormat f = calendar->dateTextFormat(day(plain));
        EXPECT_NE(f.fontWeight(), QFont::Bold) << plain;
        EXPECT_FALSE(f.fontUnderline()) << plain;
        EXPECT_TRUE(f.toolTip().isEmpty()) << plain;
    }
}

TEST(CalendarMarks, NewDaysReplaceTheOldMarks)
{
    ui::DayNavigator navigator;
    navigator.setDays({QStringLiteral("2026-11-20"), QStringLiteral("2026-11-19")}, {QStringLiteral("2026-11-20")},
                      QStringLiteral("2026-11-20"));
    QCalendarWidget *calendar = navigator.calendar();
    EXPECT_TRUE(calendar->dateTextFormat(day("2026-11-20")).fontUnderline());
    // A day whose articles were all removed, and whose digest is gone.
    navigator.setDays({QStringLiteral("2026-11-19")}, {}, QStringLiteral("2026-11-20"));
    EXPECT_FALSE(calendar->dateTextFormat(day("2026-11-20")).fontUnderline());
    EXPECT_NE(calendar->dateTextFormat(day("2026-11-20")).fontWeight(), QFont::Bold);
    EXPECT_EQ(calendar->dateTextFormat(day("2026-11-19")).fontWeight(), QFont::Bold);
    EXPECT_FALSE(calendar->dateTextFormat(day("2026-11-19")).fontUnderline());
}
