// The reading pane, driven through the real window: from the list, a
// citation and a search hit; sanitised bodies; images only from the store;
// full text and its failure line; the status bar when no browser opens.
#include "UiFixture.h"

#include "storage/FullTextStore.h"
#include "storage/ImageStore.h"
#include "ui/ArticleBrowser.h"
#include "ui/ArticlePane.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SearchPanel.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"
#include "ui/CategorySidebar.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolButton>
#include <QTreeWidget>

using namespace uitest;

namespace {

// Every anchor href and image name in a document.
struct DocLinks
{
    QStringList hrefs;
    QStringList images;
};

DocLinks linksOf(const QTextDocument *doc)
{
    DocLinks out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor())
                out.hrefs << f.anchorHref();
            if (f.isImageFormat())
                out.images << f.toImageFormat().name();
        }
    }
    return out;
}

void clickText(ui::SafeTextBrowser *browser, const QString &needle)
{
    QTextCursor c = browser->document()->find(needle);
    ASSERT_FALSE(c.isNull()) << needle.toStdString();
    QTextCursor mid(browser->document());
    mid.setPosition(c.selectionStart() + 1);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(mid).center());
}

QByteArray pngBytes()
{
    QImage img(40, 30, QImage::Format_RGB32);
    img.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

class ArticlePaneTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        ui::ExternalLinks::setOpener([this](const QUrl &u) {
            opened << u;
            return browserAvailable;
        });
    }
    void TearDown() override
    {
        window.reset();
        ui::ExternalLinks::setOpener([](const QUrl &) { return false; });
        UiFixture::TearDown();
    }
    void open()
    {
        window = showWindow();
        ASSERT_TRUE(window);
    }
    template<typename T>
    T *find(const char *name)
    {
        return childNamed<T>(window.get(), name);
    }
    ui::ArticlePane *pane() { return find<ui::ArticlePane>("articlePane"); }
    ui::ArticleBrowser *articleBrowser() { return find<ui::ArticleBrowser>("articleBrowser"); }
    ui::SourceView *sources() { return find<ui::SourceView>("sourceView"); }
    ui::SourceListModel *model() { return sources()->sourceModel(); }
    ui::CategorySidebar *sidebar() { return find<ui::CategorySidebar>("categorySidebar"); }
    bool paneShown() { return find<QStackedWidget>("centreStack")->currentWidget() == pane(); }
    void setHtml(const QString &url, const QString &column, const QString &html)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE id = ?").arg(column));
        q.addBindValue(html);
        q.addBindValue(articleId(url));
        ASSERT_TRUE(q.exec());
    }
    // Shows the article through the list and waits until its body is in.
    void showFromList(const QString &category, const QString &url)
    {
        ASSERT_TRUE(sidebar()->selectCategory(categoryId(category)));
        const int row = model()->rowOfArticle(articleId(url));
        ASSERT_GE(row, 0);
        QSignalSpy shown(pane(), &ui::ArticlePane::articleShown);
        const QRect r = sources()->visualRect(model()->index(row, ui::SourceListModel::TitleColumn));
        QTest::mouseClick(sources()->viewport(), Qt::LeftButton, {}, r.center());
        if (pane()->articleId() != articleId(url) || shown.isEmpty()) {
            ASSERT_TRUE(shown.wait(20000));
        }
        ASSERT_EQ(pane()->articleId(), articleId(url));
        ASSERT_TRUE(paneShown());
    }

    std::unique_ptr<ui::MainWindow> window;
    QList<QUrl> opened;
    bool browserAvailable = true;
};

const QString kB1 = QStringLiteral("https://news.example.org/b1");
const QString kB2 = QStringLiteral("https://news.example.org/b2");
const QString kB3 = QStringLiteral("https://news.example.org/b3");
const QString kA2 = QStringLiteral("https://news.example.org/a2");

} // namespace

TEST_F(ArticlePaneTest, SelectingAnArticleInTheListShowsItAndMarksItRead)
{
    setHtml(kB3, QStringLiteral("content_html"), QStringLiteral("<p>Segmentation of <b>satellite</b> images.</p>"));
    setHtml(kB3, QStringLiteral("author"), QStringLiteral("Kim <Min-ji>"));
    open();
    showFromList(QStringLiteral("vision"), kB3);
    const QString text = articleBrowser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Vision model segments satellite images"))); // title
    EXPECT_TRUE(text.contains(QStringLiteral("Example News")));                            // source
    EXPECT_TRUE(text.contains(QStringLiteral("Kim <Min-ji>")));                            // author, as text
    EXPECT_TRUE(text.contains(QStringLiteral("09:00")));                                   // local time
    EXPECT_TRUE(text.contains(QStringLiteral("Segmentation of satellite images.")));       // body
    EXPECT_TRUE(linksOf(articleBrowser()->document()).hrefs.contains(kB3));                // link
    EXPECT_TRUE(opened.isEmpty()); // nothing went to the browser
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 1 && model()->articleAt(0)->read, 30000);
    EXPECT_TRUE(paneShown()); // the reload after the write keeps the pane
    // Esc goes back to the summary.
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_FALSE(paneShown());
    // A click on the same (still selected) row shows it again.
    const QRect r = sources()->visualRect(model()->index(0, ui::SourceListModel::TitleColumn));
    QTest::mouseClick(sources()->viewport(), Qt::LeftButton, {}, r.center());
    EXPECT_TRUE(paneShown());
}

TEST_F(ArticlePaneTest, ACitationInTheSummaryOpensThatArticle)
{
    open();
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("llm"))));
    const qint64 second = model()->articleAt(1)->id;
    QSignalSpy shown(pane(), &ui::ArticlePane::articleShown);
    clickText(find<ui::SafeTextBrowser>("summaryBrowser"), QStringLiteral("[2]"));
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(pane()->articleId(), second);
    EXPECT_TRUE(paneShown());
    EXPECT_EQ(sources()->currentIndex().row(), 1);
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(ArticlePaneTest, ASearchHitOpensTheArticleOnItsDay)
{
    open();
    auto *field = find<QLineEdit>("searchField");
    QTest::keyClicks(field, QStringLiteral("zebrafish"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *panel = find<ui::SearchPanel>("searchPanel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isSearching() && panel->shownTicket() != 0; }, 30000));
    auto *results = find<QTreeWidget>("searchResults");
    ASSERT_EQ(panel->resultCount(), 1);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->topLevelItem(0)->child(0)).center());
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-19"));
    EXPECT_EQ(pane()->articleId(), articleId(kA2));
    EXPECT_TRUE(paneShown());
    EXPECT_TRUE(articleBrowser()->toPlainText().contains(QStringLiteral("Zebrafish robot arm learns grasping")));
}

TEST_F(ArticlePaneTest, HostileHtmlIsShownSafely)
{
    QString table = QStringLiteral("<table>");
    for (int i = 0; i < 3000; ++i)
        table += QStringLiteral("<tr><td>cell %1</td><td>value</td><td>more</td></tr>").arg(i);
    table += QStringLiteral("</table>");
    setHtml(kB1, QStringLiteral("content_html"),
            QStringLiteral("<p>Intro text.</p><script>alert('pwned-script')</script>"
                           "<img src=x onerror=\"alert('pwned-onerror')\">"
                           "<p><a href=\"javascript:alert('pwned-href')\">bad link</a></p>"
                           "<iframe src=\"https://evil.example/frame\">pwned-iframe</iframe>"
                           "<p><a href=\"/docs/guide.html\">relative link</a></p>"
                           "<style>p { display: none }</style>")
                + table);
    open();
    ASSERT_GT(storage::ArticleStore(db(), QTimeZone::utc()).article(articleId(kB1)).item.contentHtml.size(),
              ui::ArticlePane::kSyncLimit); // the worker-thread path
    showFromList(QStringLiteral("llm"), kB1);
    const QString text = articleBrowser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Intro text.")));
    // The table is kept up to the sanitiser's row cap, and the pane says it was cut.
    EXPECT_TRUE(text.contains(QStringLiteral("cell 1999")));
    EXPECT_FALSE(text.contains(QStringLiteral("cell 2999")));
    EXPECT_TRUE(text.contains(QStringLiteral("it is shown shortened")));
    EXPECT_FALSE(text.contains(QStringLiteral("pwned")));
    EXPECT_FALSE(text.contains(QStringLiteral("alert")));
    EXPECT_FALSE(text.contains(QStringLiteral("display")));
    const DocLinks links = linksOf(articleBrowser()->document());
    for (const QString &href : links.hrefs)
        EXPECT_TRUE(href.startsWith(QStringLiteral("https://")) || href.startsWith(QStringLiteral("http://")))
            << href.toStdString();
    EXPECT_TRUE(links.hrefs.contains(QStringLiteral("https://news.example.org/docs/guide.html")));
    EXPECT_TRUE(links.images.isEmpty()); // images off for this source
    // Clicking the resolved relative link opens it in the browser, nothing else.
    clickText(articleBrowser(), QStringLiteral("relative link"));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(QStringLiteral("https://news.example.org/docs/guide.html")));
}

TEST_F(ArticlePaneTest, ImagesComeOnlyFromTheStoreAndOnlyWhenTheSourceLoadsThem)
{
    const QString img = QStringLiteral("https://img.example.org/chart.png");
    setHtml(kB3, QStringLiteral("content_html"),
            QStringLiteral("<p>Chart below.</p><p><img src=\"%1\" alt=\"chart\"></p>").arg(img));
    storage::ImageStore::Image stored;
    stored.url = img;
    stored.contentType = QStringLiteral("image/png");
    stored.data = pngBytes();
    stored.fetchedAt = m_clock.nowUtc();
    ASSERT_TRUE(storage::ImageStore(db()).save(stored));
    open();

    // Off (the default): no image in the document, nothing asked for.
    showFromList(QStringLiteral("vision"), kB3);
    articleBrowser()->grab(); // paint: every resource the document wants is asked for now
    EXPECT_TRUE(linksOf(articleBrowser()->document()).images.isEmpty());
    EXPECT_TRUE(articleBrowser()->imageRequests().isEmpty());
    EXPECT_EQ(articleBrowser()->imagesLoaded(), 0);

    // On: the image is in the document, and it is the stored one.
    const qint64 source = storage::SourceStore(db()).all().first().id;
    ASSERT_TRUE(storage::SourceStore(db()).setReadingOptions(source, FullTextMode::Off, true));
    find<QAction>("backToSummaryAction")->trigger();
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("llm"))));
    showFromList(QStringLiteral("vision"), kB3);
    articleBrowser()->grab();
    EXPECT_EQ(linksOf(articleBrowser()->document()).images, QStringList{img});
    EXPECT_GE(articleBrowser()->imagesLoaded(), 1);
    const QImage shown = articleBrowser()->document()->resource(QTextDocument::ImageResource, QUrl(img)).value<QImage>();
    ASSERT_FALSE(shown.isNull());
    EXPECT_EQ(shown.size(), QSize(40, 30));
    EXPECT_EQ(shown.pixelColor(5, 5), QColor(Qt::red));
}

TEST_F(ArticlePaneTest, FullTextIsPreferredAndAFailureSaysWhy)
{
    setHtml(kB3, QStringLiteral("content_html"), QStringLiteral("<p>Short teaser.</p>"));
    storage::FullText ft;
    ft.articleId = articleId(kB3);
    ft.state = storage::FullText::State::Ok;
    ft.html = QStringLiteral("<p>The whole article, fetched from its page.</p>");
    ft.text = QStringLiteral("The whole article, fetched from its page.");
    ft.wordCount = 7;
    ft.fetchedAt = m_clock.nowUtc();
    ASSERT_TRUE(storage::FullTextStore(db()).save(ft));
    open();
    showFromList(QStringLiteral("vision"), kB3);
    EXPECT_TRUE(articleBrowser()->toPlainText().contains(QStringLiteral("The whole article, fetched from its page.")));
    EXPECT_FALSE(articleBrowser()->toPlainText().contains(QStringLiteral("Short teaser.")));
    EXPECT_EQ(pane()->document().body, ui::ArticleHtml::Body::FullText);

    ft.state = storage::FullText::State::Failed;
    ft.html.clear();
    ft.error = QStringLiteral("HTTP 404");
    ASSERT_TRUE(storage::FullTextStore(db()).save(ft));
    find<QAction>("backToSummaryAction")->trigger();
    ASSERT_TRUE(sidebar()->selectCategory(categoryId(QStringLiteral("llm"))));
    showFromList(QStringLiteral("vision"), kB3);
    const QString text = articleBrowser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Full text unavailable: HTTP 404 — showing the feed's text"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Short teaser.")));
}

TEST_F(ArticlePaneTest, WithNoBrowserTheStatusBarSaysSo)
{
    browserAvailable = false;
    open();
    showFromList(QStringLiteral("vision"), kB3);
    find<QToolButton>("articleOpenButton")->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Could not start the web browser for https://news.example.org/b3"));
}

TEST_F(ArticlePaneTest, ThePaneFitsAt1024x640And1280x800)
{
    open();
    showFromList(QStringLiteral("vision"), kB3);
    for (const QSize size : {QSize(1024, 640), QSize(1280, 800)}) {
        window->resize(size);
        QApplication::processEvents();
        EXPECT_EQ(window->size(), size); // the window's minimum fits the small screen
        for (const char *name : {"articleBackButton", "articleStarButton", "articleOpenButton"}) {
            auto *button = find<QToolButton>(name);
            EXPECT_TRUE(button->isVisible()) << name;
            EXPECT_TRUE(pane()->rect().contains(button->geometry())) << name << " at " << size.width();
            EXPECT_GE(button->width(), button->sizeHint().width()) << name << " at " << size.width(); // text not cut
        }
        EXPECT_GE(articleBrowser()->viewport()->height(), 150) << size.width();
        EXPECT_GE(articleBrowser()->viewport()->width(), 300) << size.width();
    }
}
