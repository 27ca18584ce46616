// The full-text stage with the real extractor and sanitiser (app/html) on
// pages shaped like a news site's.

#include "FullTextFixture.h"

namespace {

class FullTextRealHtmlTest : public FullTextTest
{
protected:
    FullTextRealHtmlTest() { m_fakeHtml = false; }

    static QByteArray newsPage(const QString &title, const QString &figure)
    {
        QByteArray paragraphs;
        for (int i = 0; i < 6; ++i) {
            paragraphs += "<p>Paragraph " + QByteArray::number(i + 1)
                          + " of the story: the laboratory trained a new model, measured it against the "
                            "usual benchmarks, and found that it answers questions, writes code, and "
                            "summarises long reports, all while using far less energy than before.</p>";
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title.toUtf8()
               + " | The Site</title><meta property=\"og:title\" content=\"" + title.toUtf8()
               + "\"><meta name=\"author\" content=\"Jane Writer\"><script>track()</script></head><body>"
                 "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav></header>"
                 "<main><article><h1>" + title.toUtf8() + "</h1>" + figure.toUtf8() + paragraphs
               + "</article></main><aside class=\"sidebar\"><a href=\"/x\">Most read</a></aside>"
                 "<footer class=\"footer\">Copyright The Site</footer></body></html>";
    }

    void serveNewsPage(const QString &slug, const QString &title, const QString &figure = {})
    {
        const QByteArray page = newsPage(title, figure);
        m_site->route(("/a/" + slug).toUtf8(), [page](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, page, {{"Content-Type", "text/html; charset=utf-8"}});
        });
    }
};

TEST_F(FullTextRealHtmlTest, ExtractsTheStoryKeepsItsImageAndLeavesAWallWithItsFeedText)
{
    serveFeed(QStringLiteral("news"), {{QStringLiteral("story"), QStringLiteral("A lab trained a model."), {}},
                                       {QStringLiteral("wall"), QStringLiteral("Subscribers only."), {}}});
    serveNewsPage(QStringLiteral("story"), QStringLiteral("Lab trains a frugal model"),
                  QStringLiteral("<figure><img src=\"/img/chart.png\" alt=\"chart\"><figcaption>The chart</figcaption></figure>"));
    m_site->route("/a/wall", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "<html><head><title>Sign in</title></head><body><form><input name=\"user\">"
                       "<button>Log in to continue reading</button></form></body></html>",
                  {{"Content-Type", "text/html"}});
    });
    const QByteArray png("\x89PNG\r\n\x1a\nchart", 13);
    m_site->route("/img/chart.png", [png](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, png, {{"Content-Type", "image/png"}});
    });
    addSiteSource(QStringLiteral("news"), FullTextMode::Auto, true);

    const service::RefreshSummary summary = refresh();
    EXPECT_EQ(summary.fullText.ok, 1);
    EXPECT_EQ(summary.fullText.failed, 1);
    EXPECT_EQ(summary.fullText.images, 1);

    const storage::FullText story = fullText(QStringLiteral("story"));
    ASSERT_EQ(story.state, storage::FullText::State::Ok) << story.error.toStdString();
    EXPECT_TRUE(story.text.contains(QStringLiteral("Paragraph 6 of the story"))) << story.text.toStdString();
    EXPECT_FALSE(story.text.contains(QStringLiteral("Copyright")));
    EXPECT_FALSE(story.text.contains(QStringLiteral("Most read")));
    EXPECT_FALSE(story.html.contains(QStringLiteral("<script")));
    EXPECT_GT(story.wordCount, 150);
    const QString chart = m_site->url(QStringLiteral("/img/chart.png")).toString();
    EXPECT_TRUE(story.html.contains(chart)) << story.html.toStdString(); // resolved against the page
    EXPECT_EQ(storage::ImageStore(m_context->profile().database()).image(chart).data, png);

    const storage::FullText wall = fullText(QStringLiteral("wall"));
    EXPECT_EQ(wall.state, storage::FullText::State::Failed);
    EXPECT_TRUE(wall.error.startsWith(QStringLiteral("no main content"))) << wall.error.toStdString();
}

// The test with the real extractor: refresh from a local server,
// stop it, open the profile again and read every article of the day in full.
TEST_F(FullTextRealHtmlTest, EveryArticleOfTheDayIsReadableInFullWithTheServerGone)
{
    QList<Item> items;
    for (int i = 0; i < 5; ++i) {
        const QString slug = QStringLiteral("news%1").arg(i);
        items.append({slug, QStringLiteral("Teaser %1.").arg(i), {}});
        serveNewsPage(slug, QStringLiteral("Headline number %1").arg(i));
    }
    serveFeed(QStringLiteral("day"), items);
    addSiteSource(QStringLiteral("day"), FullTextMode::Auto);
    ASSERT_EQ(refresh().fullText.ok, 5);

    m_site.reset();
    m_context.reset();
    openContext();
    const QList<Article> articles = day(QStringLiteral("2026-11-20"));
    ASSERT_EQ(articles.size(), 5);
    const storage::FullTextStore store(m_context->profile().database());
    for (const Article &a : articles) {
        const storage::FullText f = store.forArticle(a.id);
        ASSERT_EQ(f.state, storage::FullText::State::Ok) << a.item.title.toStdString() << ": " << f.error.toStdString();
        EXPECT_TRUE(f.title.startsWith(QStringLiteral("Headline number"))) << f.title.toStdString();
        EXPECT_TRUE(f.text.contains(QStringLiteral("Paragraph 1 of the story")));
        EXPECT_TRUE(f.text.contains(QStringLiteral("Paragraph 6 of the story")));
        EXPECT_TRUE(f.html.startsWith(QLatin1Char('<')));
    }
}

} // namespace
