// The summary opens at its top after a restart, keeps its exact position when
// its text is shown again, and goes back to the top when the text changed.
#include "ui/SafeTextBrowser.h"
#include "ui/SummaryView.h"

#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QString longSummary(const QString &word)
{
    QStringList paragraphs;
    for (int i = 1; i <= 60; ++i)
        paragraphs << QStringLiteral("%1 paragraph %2 [%3](https://example.org/%2) with enough words to wrap "
                                     "onto a second line in a narrow pane.")
                          .arg(word)
                          .arg(i)
                          .arg(i % 9 + 1);
    return QStringLiteral("## Highlights\n\n") + paragraphs.join(QStringLiteral("\n\n"));
}

DigestSection sectionWith(const QString &markdown)
{
    DigestSection s;
    s.summaryMarkdown = markdown;
    s.provenance.provider = QStringLiteral("offline");
    return s;
}

} // namespace

TEST(SummaryScroll, TheFirstShownSummaryStartsAtItsTop)
{
    // As at start-up: the summary is filled (twice, as the window restores
    // its state) before the window is shown for the first time.
    ui::SummaryView view;
    view.resize(420, 260);
    const DigestSection first = sectionWith(longSummary(QStringLiteral("Alpha")));
    view.showMessage(QStringLiteral("All categories"), QStringLiteral("Three AI articles on this day."));
    view.showSection(&first, QStringLiteral("LLM"), true);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QScrollBar *bar = view.browser()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0); // long enough to scroll
    EXPECT_EQ(bar->value(), 0);
    EXPECT_EQ(view.browser()->textCursor().position(), 0);
}

TEST(SummaryScroll, TheSameTextKeepsItsPositionAndANewTextStartsAtTheTop)
{
    ui::SummaryView view;
    view.resize(420, 260);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const DigestSection a = sectionWith(longSummary(QStringLiteral("Alpha")));
    const DigestSection b = sectionWith(longSummary(QStringLiteral("Beta")));
    view.showSection(&a, QStringLiteral("LLM"), true);
    QCoreApplication::processEvents();
    QScrollBar *bar = view.browser()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 100);
    bar->setValue(bar->maximum() / 2);
    const int read = bar->value();

    view.showSection(&a, QStringLiteral("LLM"), true); // a reload with nothing new
    QCoreApplication::processEvents();
    EXPECT_EQ(bar->value(), read);

    view.showSection(&b, QStringLiteral("LLM"), true); // rebuilt: another text
    QCoreApplication::processEvents();
    EXPECT_EQ(bar->value(), 0);
    EXPECT_TRUE(view.plainText().startsWith(QStringLiteral("Highlights"))) << view.plainText().left(40).toStdString();
}
