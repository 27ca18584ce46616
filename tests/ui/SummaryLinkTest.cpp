// A web link in the summary that no browser could open is reported in the
// status bar, as one in the article pane is.
#include "UiFixture.h"

#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"

#include <QStatusBar>

using namespace uitest;

TEST_F(UiFixture, ASummaryLinkWithNoBrowserSaysSoInTheStatusBar)
{
    QList<QUrl> opened;
    ui::ExternalLinks::setOpener([&opened](const QUrl &u) {
        opened << u;
        return false;
    });
    std::unique_ptr<ui::MainWindow> window = showWindow();
    ASSERT_TRUE(window);
    auto *browser = window->findChild<ui::SafeTextBrowser *>(QStringLiteral("summaryBrowser"));
    ASSERT_TRUE(browser);
    const QUrl url(QStringLiteral("https://example.org/report"));
    Q_EMIT browser->anchorClicked(url);
    EXPECT_EQ(opened, QList<QUrl>{url});
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Could not start the web browser for https://example.org/report"));

    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd"))); // not a web link: nothing at all
    EXPECT_EQ(opened.size(), 1);
    window.reset();
    ui::ExternalLinks::setOpener([](const QUrl &) { return false; });
}
