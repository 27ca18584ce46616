// The extractor on small pages (issue 9, section 2): metadata, charset,
// links, images and the cases where there is no article to show.

#include "html/ReadabilityExtractor.h"
#include "QStringPrinter.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using html::extractArticle;

namespace {

const QUrl kUrl(QStringLiteral("https://news.example.com/2026/12/story.html"));

QByteArray paragraphs(int count, const char *word = "model")
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "<p>The " + QByteArray(word) + " number " + QByteArray::number(i) +
               " was trained on curated data, evaluated on public benchmarks, and reproduced by independent "
               "groups, who found that the results agree within a point on most tasks.</p>\n";
    return out;
}

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

QByteArray articlePage()
{
    return page("<title>Models agree - Example News</title>"
                "<meta name=\"description\" content=\"What the labs found.\">"
                "<meta property=\"og:site_name\" content=\"Example News\">",
                "<nav class=\"menu\"><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>"
                "<div class=\"sidebar\"><p>Most read: something else entirely, with commas, and more.</p></div>"
                "<article><h1>Models agree</h1><p class=\"byline\">By Ada Lovelace</p>" +
                    paragraphs(8) +
                    "<p>See <a href=\"../11/earlier.html\">the earlier story</a>.</p>"
                    "<script>track()</script></article>"
                    "<div class=\"comments\"><p>First comment, with an opinion, and another, and more.</p></div>"
                    "<footer>Copyright</footer>");
}

} // namespace

TEST(ReadabilityExtractor, ExtractsTheArticleAndItsMetadata)
{
    const html::Extraction e = extractArticle(articlePage(), kUrl);
    ASSERT_TRUE(e.ok) << e.error.toStdString();
    // two words before the separator: Readability keeps the whole title
    EXPECT_EQ(e.title, QStringLiteral("Models agree - Example News"));
    EXPECT_EQ(e.byline, QStringLiteral("By Ada Lovelace"));
    EXPECT_EQ(e.excerpt, QStringLiteral("What the labs found."));
    EXPECT_EQ(e.siteName, QStringLiteral("Example News"));
    EXPECT_TRUE(e.text.startsWith(QLatin1String("The model number 0 was trained")));
    EXPECT_TRUE(e.text.contains(QLatin1String("\n\nThe model number 1 ")));
    EXPECT_FALSE(e.text.contains(QLatin1String("Most read")));
    EXPECT_FALSE(e.text.contains(QLatin1String("First comment")));
    EXPECT_FALSE(e.text.contains(QLatin1String("Home")));
    EXPECT_FALSE(e.text.contains(QLatin1String("track()")));
    EXPECT_TRUE(e.html.contains(QLatin1String("<a href=\"https://news.example.com/2026/11/earlier.html\">")));
    EXPECT_FALSE(e.html.contains(QLatin1String("<script")));
    EXPECT_GT(e.wordCount, 200);
}

TEST(ReadabilityExtractor, ReadsJsonLdAndRelAuthor)
{
    const QByteArray ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                          "\"@type\":\"NewsArticle\",\"headline\":\"Headline from JSON-LD\","
                          "\"author\":[{\"name\":\"A. Author\"},{\"name\":\"B. Author\"}],"
                          "\"publisher\":{\"name\":\"LD Publisher\"},\"description\":\"LD description\"}</script>";
    const html::Extraction e =
        extractArticle(page("<title>Other</title>" + ld, "<div>" + paragraphs(6) + "</div>"), kUrl);
    ASSERT_TRUE(e.ok);
    EXPECT_EQ(e.title, QStringLiteral("Headline from JSON-LD"));
    EXPECT_EQ(e.byline, QStringLiteral("A. Author, B. Author"));
    EXPECT_EQ(e.siteName, QStringLiteral("LD Publisher"));
    EXPECT_EQ(e.excerpt, QStringLiteral("LD description"));

    const html::Extraction r = extractArticle(
        page("<title>A fairly long title for this page</title>",
             "<div><a rel=\"author\" href=\"/people/grace\">Grace Hopper</a>" + paragraphs(6) + "</div>"),
        kUrl);
    EXPECT_EQ(r.byline, QStringLiteral("Grace Hopper"));
    EXPECT_FALSE(r.text.contains(QLatin1String("Grace Hopper")));
    EXPECT_EQ(r.excerpt.left(20), QStringLiteral("The model number 0 w"));
}

TEST(ReadabilityExtractor, TitleSeparatorsAndHeadings)
{
    auto titleOf = [](const QByteArray &title, const QByteArray &extraBody = {}) {
        return extractArticle(page("<title>" + title + "</title>", extraBody + "<div>" + paragraphs(6) + "</div>"),
                              kUrl)
            .title;
    };
    EXPECT_EQ(titleOf("Why small open models win today | The Daily Site"),
              QStringLiteral("Why small open models win today"));
    EXPECT_EQ(titleOf("Why small open models win today \xE2\x80\x93 The Daily Site"),
              QStringLiteral("Why small open models win today"));
    // a short remainder that dropped more than one word: the whole title
    EXPECT_EQ(titleOf("Site \xC2\xBB Section \xC2\xBB Why small models win today"),
              QStringLiteral("Site \u00bb Section \u00bb Why small models win today"));
    // too few words before the last separator: the part after the first one
    EXPECT_EQ(titleOf("News - Why small open models win today"), QStringLiteral("Why small open models win today"));
    // four words or fewer without a hierarchical separator: the whole title
    EXPECT_EQ(titleOf("Small models win | Site"), QStringLiteral("Small models win | Site"));
    EXPECT_EQ(titleOf("Short"), QStringLiteral("Short")); // one word: the original title stays
    EXPECT_EQ(titleOf("News: Why small models win today"), QStringLiteral("Why small models win today"));
}

TEST(ReadabilityExtractor, DetectsTheCharset)
{
    const QString korean = QStringLiteral("인공지능 모델이 공개되었다");
    QStringEncoder toEucKr("EUC-KR");
    ASSERT_TRUE(toEucKr.isValid());
    const QByteArray body = "<div><p>" + QByteArray(toEucKr.encode(korean)) + "</p>" + paragraphs(6) + "</div>";
    const html::Extraction meta = extractArticle(page("<meta charset=\"euc-kr\"><title>T</title>", body), kUrl);
    EXPECT_TRUE(meta.text.contains(korean)) << meta.text.left(80).toStdString();
    const html::Extraction equiv = extractArticle(
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\"><title>T</title>", body), kUrl);
    EXPECT_TRUE(equiv.text.contains(korean));

    // no declaration, not UTF-8: windows-1252
    const html::Extraction latin =
        extractArticle(page("<title>T</title>", "<div><p>caf\xE9 na\xEFve</p>" + paragraphs(6) + "</div>"), kUrl);
    EXPECT_TRUE(latin.text.contains(QStringLiteral("caf\u00e9 na\u00efve")));
    // UTF-8 with a BOM
    const html::Extraction bom = extractArticle(
        "\xEF\xBB\xBF" + page("<title>T</title>", "<div><p>\xEC\x95\x88\xEB\x85\x95</p>" + paragraphs(6) + "</div>"),
        kUrl);
    EXPECT_TRUE(bom.text.contains(QStringLiteral("안녕")));
}

TEST(ReadabilityExtractor, ImagesOnlyWhenAsked)
{
    const QByteArray p =
        page("<title>Images and models today</title>",
             "<div><figure><img src=\"/img/chart.png\" alt=\"chart\"><figcaption>The chart</figcaption>"
             "</figure>" +
                 paragraphs(6) + "</div>");
    EXPECT_FALSE(extractArticle(p, kUrl, false).html.contains(QLatin1String("<img")));
    EXPECT_TRUE(
        extractArticle(p, kUrl, true)
            .html.contains(QLatin1String("<img src=\"https://news.example.com/img/chart.png\" alt=\"chart\">")));
}

TEST(ReadabilityExtractor, BaseElementResolvesLinks)
{
    const QByteArray p = page("<title>Links and models today</title><base href=\"https://cdn.example.org/a/\">",
                              "<div>" + paragraphs(6) + "<p>Read <a href=\"more.html\">more</a> here.</p></div>");
    EXPECT_TRUE(extractArticle(p, kUrl).html.contains(QLatin1String("href=\"https://cdn.example.org/a/more.html\"")));
}

TEST(ReadabilityExtractor, NoMainContentIsAnError)
{
    const html::Extraction empty = extractArticle(QByteArray(), kUrl);
    EXPECT_FALSE(empty.ok);
    EXPECT_FALSE(empty.error.isEmpty());

    const html::Extraction tiny = extractArticle(page("<title>Nothing here</title>", "<p>Hello there.</p>"), kUrl);
    EXPECT_FALSE(tiny.ok);
    EXPECT_TRUE(tiny.error.startsWith(QLatin1String("no main content found"))) << tiny.error.toStdString();

    const html::Extraction paywall = extractArticle(
        page("<title>Premium</title>",
             "<div><p>The first lines of the story are shown here, about a new model and what it means for the "
             "industry in the coming year.</p><p>Subscribe to continue reading. Already a subscriber? Sign in to "
             "read the whole story and the archive of our reporting, with unlimited access.</p></div>"),
        kUrl);
    EXPECT_FALSE(paywall.ok);
    EXPECT_EQ(paywall.error, QStringLiteral("no main content found (a paywall)"));

    const html::Extraction login = extractArticle(
        page("<title>Members</title>",
             "<div><p>This page is for members of the community only, and its content is not shown to visitors "
             "without an account.</p><p>Please sign in to continue, or create a free account to follow the "
             "discussion and get the newsletter every week.</p></div>"),
        kUrl);
    EXPECT_FALSE(login.ok);
    EXPECT_EQ(login.error, QStringLiteral("no main content found (a login wall)"));
}

TEST(ReadabilityExtractor, RefusesWhatIsNotHtml)
{
    const html::Extraction png = extractArticle(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), kUrl);
    EXPECT_FALSE(png.ok);
    EXPECT_EQ(png.error, QStringLiteral("not an HTML page (binary data)"));
    const html::Extraction text = extractArticle("just some words in a text file, no markup at all\n", kUrl);
    EXPECT_FALSE(text.ok);
    EXPECT_EQ(text.error, QStringLiteral("not an HTML page (no markup)"));
    const html::Extraction huge = extractArticle(QByteArray(11 * 1024 * 1024, 'a'), kUrl);
    EXPECT_FALSE(huge.ok);
    EXPECT_EQ(huge.error, QStringLiteral("the page is larger than 10 MiB"));
}

TEST(ReadabilityExtractor, HostilePagesStayBounded)
{
    // deep nesting, a flat run of 100k <br>s, a huge table: each finishes and gives some result
    QByteArray deep = "<title>Deep</title>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += paragraphs(6);
    EXPECT_TRUE(extractArticle(deep, kUrl).text.contains(QLatin1String("The model number 5")));

    QByteArray brs = "<title>Breaks</title><div>" + paragraphs(3);
    for (int i = 0; i < 100000; ++i)
        brs += "word<br><br>";
    brs += "</div>";
    EXPECT_TRUE(extractArticle(brs, kUrl).ok);

    QByteArray table = "<title>Table</title><table>";
    for (int i = 0; i < 30000; ++i)
        table += "<tr><td>row " + QByteArray::number(i) + ", with a comma, and text</td><td>x</td></tr>";
    table += "</table>";
    const html::Extraction t = extractArticle(table, kUrl);
    EXPECT_LE(t.html.count(QLatin1String("<tr>")), 2000);
}
