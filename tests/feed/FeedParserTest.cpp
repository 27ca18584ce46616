// Behaviour of the parser on small hand-written feeds: link resolution,
// canonical URLs, ids, dates, encodings, HTML handling, thread safety.

#include "feed/DateParser.h"
#include "feed/FeedParser.h"
#include "feed/HtmlText.h"
#include "feed/UrlCanonicalizer.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <thread>

using feed::FeedParser;
using feed::ParseContext;
using feed::ParseResult;
using Status = feed::ParseResult::Status;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

TEST(FeedParser, AtomLinksResolveAgainstXmlBaseAndContentLocation)
{
    const QByteArray doc = R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/">
  <title type="html">Lab &lt;b&gt;notes&lt;/b&gt;</title>
  <link href="index.html"/>
  <entry xml:base="2025/">
    <id>tag:lab.example,2025:1</id>
    <title>Scaling laws, revisited</title>
    <link rel="alternate" href="scaling.html?utm_campaign=x&amp;page=2#comments"/>
    <link rel="enclosure" type="audio/mpeg" length="42" href="/media/ep1.mp3"/>
    <author><name>Ada Researcher</name><email>ada@lab.example</email></author>
    <category term="scaling"/><category term="theory"/>
    <published>2025-05-01T10:00:00+02:00</published>
    <updated>2025-05-02T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Loss  falls <em>smoothly</em>.</p></div></content>
  </entry>
</feed>)";
    ParseContext ctx;
    ctx.documentUrl = QUrl("https://feeds.lab.example/atom.xml");
    ctx.contentLocation = "https://www.lab.example/";
    ctx.now = utc(2025, 6, 1);
    const ParseResult r = FeedParser::parse(doc, ctx);
    ASSERT_EQ(r.status, Status::Ok) << r.error.toStdString();
    EXPECT_FALSE(r.bozo);
    EXPECT_EQ(r.feed.version, QStringLiteral("atom10"));
    EXPECT_EQ(r.feed.title, QStringLiteral("Lab notes"));
    EXPECT_EQ(r.feed.link, QStringLiteral("https://www.lab.example/blog/index.html"));
    ASSERT_EQ(r.items.size(), 1);
    const FeedItem &e = r.items[0];
    EXPECT_EQ(e.guid, QStringLiteral("tag:lab.example,2025:1"));
    EXPECT_EQ(e.link, QStringLiteral("https://www.lab.example/blog/2025/scaling.html?utm_campaign=x&page=2#comments"));
    EXPECT_EQ(e.url, QStringLiteral("https://www.lab.example/blog/2025/scaling.html?page=2"));
    EXPECT_EQ(e.enclosure.url, QStringLiteral("https://www.lab.example/media/ep1.mp3"));
    EXPECT_EQ(e.enclosure.type, QStringLiteral("audio/mpeg"));
    EXPECT_EQ(e.enclosure.length, 42);
    EXPECT_EQ(e.author, QStringLiteral("Ada Researcher"));
    EXPECT_EQ(e.tags, QStringList({"scaling", "theory"}));
    EXPECT_EQ(e.published, utc(2025, 5, 1, 8));
    EXPECT_EQ(e.updated, utc(2025, 5, 2));
    EXPECT_EQ(e.content, QStringLiteral("Loss falls smoothly."));
    EXPECT_TRUE(e.contentHtml.contains(QStringLiteral("<em>smoothly</em>"))) << e.contentHtml.toStdString();
}

TEST(FeedParser, RssItemFieldsEntitiesAndIdFallbacks)
{
    const QByteArray doc = R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Caf&eacute; &amp; Models</title><link>https://news.example/</link>
<item>
  <title>R&eacute;sum&eacute; of the week &mdash; agents</title>
  <link>https://news.example/a?fbclid=abc&amp;id=7</link>
  <description>&lt;p&gt;First&amp;nbsp;line&lt;br/&gt;second   line&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>Full <script>alert(1)</script>text &amp; more</p>]]></content:encoded>
  <author>editor@news.example (Jo Editor)</author>
  <pubDate>Tue, 03 Jun 2025 08:00:00 KST</pubDate>
</item>
<item><guid>https://news.example/permalink/2</guid><title>Guid as link</title></item>
<item><title>No id at all</title><dc:date>2025-06-02T12:00:00Z</dc:date></item>
</channel></rss>)";
    ParseContext ctx;
    ctx.now = utc(2025, 6, 5);
    const ParseResult r = FeedParser::parse(doc, ctx);
    ASSERT_EQ(r.status, Status::Ok);
    EXPECT_EQ(r.feed.version, QStringLiteral("rss20"));
    EXPECT_EQ(r.feed.title, QStringLiteral("Café & Models"));
    EXPECT_TRUE(r.bozo); // HTML entities are not XML
    ASSERT_EQ(r.items.size(), 3);
    const FeedItem &a = r.items[0];
    EXPECT_EQ(a.title, QStringLiteral("Résumé of the week — agents"));
    EXPECT_EQ(a.url, QStringLiteral("https://news.example/a?id=7"));
    EXPECT_EQ(a.guid, QStringLiteral("https://news.example/a?fbclid=abc&id=7"));
    EXPECT_EQ(a.summary, QStringLiteral("First\u00a0line second line"));
    EXPECT_EQ(a.summaryHtml, QStringLiteral("<p>First&nbsp;line<br/>second   line</p>"));
    EXPECT_EQ(a.content, QStringLiteral("Full text & more"));
    EXPECT_EQ(a.author, QStringLiteral("Jo Editor"));
    EXPECT_EQ(a.published, utc(2025, 6, 2, 23));

    EXPECT_EQ(r.items[1].link, QStringLiteral("https://news.example/permalink/2"));
    EXPECT_EQ(r.items[1].guid, QStringLiteral("https://news.example/permalink/2"));

    const FeedItem &c = r.items[2];
    EXPECT_TRUE(c.guid.startsWith(QStringLiteral("sha1:")));
    EXPECT_EQ(c.updated, utc(2025, 6, 2, 12));
    EXPECT_EQ(c.published, c.updated); // published falls back to updated
    // The hash is stable across parses.
    EXPECT_EQ(FeedParser::parse(doc, ctx).items[2].guid, c.guid);
}

TEST(FeedParser, FutureDatesAreClampedToNow)
{
    const QByteArray doc = "<rss version=\"2.0\"><channel><title>t</title>"
                           "<item><title>soon</title><pubDate>Thu, 05 Jun 2025 20:00:00 GMT</pubDate></item>"
                           "<item><title>far</title><pubDate>Sat, 07 Jun 2025 13:00:00 GMT</pubDate></item>"
                           "</channel></rss>";
    ParseContext ctx;
    ctx.now = utc(2025, 6, 5, 12);
    const ParseResult r = FeedParser::parse(doc, ctx);
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.items[0].published, utc(2025, 6, 5, 20)); // within a day: kept
    EXPECT_EQ(r.items[1].published, ctx.now);              // beyond: clamped
}

TEST(FeedParser, HttpCharsetOverridesTheDeclaration)
{
    const QString title = QStringLiteral("Новости ИИ");
    QStringEncoder enc("windows-1251");
    const QByteArray doc = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>"
                           + QByteArray(enc(title)) + "</title></channel></rss>";
    ParseContext ctx;
    ctx.contentType = "application/rss+xml; charset=windows-1251";
    const ParseResult r = FeedParser::parse(doc, ctx);
    EXPECT_EQ(r.feed.title, title);
    EXPECT_EQ(r.encoding, QStringLiteral("windows-1251"));
}

TEST(FeedParser, KoreanJapaneseAndUtf16Encodings)
{
    const QString ko = QStringLiteral("인공지능 뉴스 똠방각하"); // 똠 exists only in CP949, not EUC-KR
    QStringEncoder cp949("windows-949");
    const QByteArray koDoc = "<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss version=\"2.0\"><channel><title>"
                             + QByteArray(cp949(ko)) + "</title></channel></rss>";
    EXPECT_EQ(FeedParser::parse(koDoc).feed.title, ko);

    const QString ja = QStringLiteral("人工知能のニュース");
    QStringEncoder sjis("Shift_JIS");
    const QByteArray jaDoc = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss version=\"2.0\"><channel><title>"
                             + QByteArray(sjis(ja)) + "</title></channel></rss>";
    EXPECT_EQ(FeedParser::parse(jaDoc).feed.title, ja);

    const QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>UTF-16 ✓</title></feed>");
    QStringEncoder u16("UTF-16LE");
    const QByteArray u16Doc = QByteArray("\xFF\xFE") + QByteArray(u16(text));
    const ParseResult r = FeedParser::parse(u16Doc);
    EXPECT_EQ(r.feed.title, QStringLiteral("UTF-16 ✓"));
    EXPECT_EQ(r.encoding, QStringLiteral("utf-16le"));
}

TEST(FeedParser, RdfAndRss090Versions)
{
    const QByteArray rss10 = R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://x.example/"><title>RDF</title></channel>
<item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link></item></rdf:RDF>)";
    const ParseResult r = FeedParser::parse(rss10);
    EXPECT_EQ(r.feed.version, QStringLiteral("rss10"));
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items[0].guid, QStringLiteral("https://x.example/1"));
    const QByteArray rss090 = R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
<channel><title>Old</title></channel><item><title>A</title><link>https://o.example/a</link></item></rdf:RDF>)";
    const ParseResult o = FeedParser::parse(rss090);
    EXPECT_EQ(o.feed.version, QStringLiteral("rss090"));
    EXPECT_EQ(o.items.size(), 1);
}

TEST(FeedParser, IsThreadSafe)
{
    QByteArray doc = "<rss version=\"2.0\"><channel><title>T</title>";
    for (int i = 0; i < 200; ++i)
        doc += "<item><title>Item &amp; " + QByteArray::number(i) + "</title><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate></item>";
    doc += "</channel></rss>";
    const ParseResult reference = FeedParser::parse(doc);
    ASSERT_EQ(reference.items.size(), 200);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int k = 0; k < 20; ++k) {
                const ParseResult r = FeedParser::parse(doc);
                if (r.items.size() != 200 || r.items[199].title != reference.items[199].title
                    || r.items[5].published != reference.items[5].published)
                    ++mismatches;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(DateParser, KoreanAndCommonFormats)
{
    EXPECT_EQ(feed::DateParser::parse(QStringLiteral("2004-05-25 오후 11:23:17")), utc(2004, 5, 25, 14, 23, 17));
    EXPECT_EQ(feed::DateParser::parse(QStringLiteral("2004-05-25 오전 12:05:00")), utc(2004, 5, 24, 15, 5));
    EXPECT_EQ(feed::DateParser::parse(QStringLiteral("2004년 05월 28일  01:31:15")), utc(2004, 5, 27, 16, 31, 15));
    EXPECT_EQ(feed::DateParser::parse(QStringLiteral("Tue, 03 Jun 2025 08:00:00 +0900")), utc(2025, 6, 2, 23));
    EXPECT_EQ(feed::DateParser::parse(QStringLiteral("2025-06-03T08:00:00.123+09:00")), utc(2025, 6, 2, 23));
    EXPECT_EQ(feed::DateParser::parse(QStringLiteral("Sun Jan  4 16:29:06 2004")), utc(2004, 1, 4, 16, 29, 6));
    EXPECT_FALSE(feed::DateParser::parse(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(feed::DateParser::parse(QStringLiteral("2025-02-30")).isValid());
    EXPECT_FALSE(feed::DateParser::parse(QString()).isValid());
}

TEST(DateParser, CommonFormsReadFastAgreeWithTheGeneralParsers)
{
    // parse() reads the two everyday forms without tokenising; where it
    // answers, the general RFC 822 / ISO 8601 parsers must give the same.
    const QStringList rfc = {
        QStringLiteral("Mon, 02 Jun 2025 09:10:00 +0900"), QStringLiteral("mon, 2 jun 2025 23:59:59 -0530"),
        QStringLiteral("Tue, 03 Jun 2025 08:00:00 GMT"), QStringLiteral("Tue, 03 Jun 2025 08:00:00 UT"),
        QStringLiteral("03 Jun 2025 08:00:00 Z"), QStringLiteral("Sat, 31 Dec 2016 24:00:00 +0000"),
        QStringLiteral("Xyz, 02 Jun 2025 09:10:00 +0900"), QStringLiteral("Mon, 31 Feb 2025 09:10:00 +0900"),
        QStringLiteral("Mon, 02 Jun 2025 09:10:00 +2400"), QStringLiteral("Mon, 02 Jun 2025 09:61:00 GMT"),
        QStringLiteral("Mon, 02 Jun 2025 09:10:00 +0900 extra")};
    for (const QString &s : rfc)
        EXPECT_EQ(feed::DateParser::parse(s), feed::DateParser::parseRfc822(s)) << s.toStdString();
    EXPECT_FALSE(feed::DateParser::parse(rfc.at(6)).isValid()); // not a weekday
    EXPECT_FALSE(feed::DateParser::parse(rfc.at(7)).isValid());

    const QStringList iso = {
        QStringLiteral("2025-06-02T09:10:00Z"), QStringLiteral("2025-06-02T09:10:00+09:00"),
        QStringLiteral("2025-06-02T09:10:00.123456-0500"), QStringLiteral("2025-02-29T09:10:00Z"),
        QStringLiteral("2024-02-29T23:10:00+00:00"), QStringLiteral("2025-06-02T09:10:00+25:00")};
    for (const QString &s : iso)
        EXPECT_EQ(feed::DateParser::parse(s), feed::DateParser::parseIso8601(s)) << s.toStdString();
    EXPECT_EQ(feed::DateParser::parse(iso.at(1)), utc(2025, 6, 2, 0, 10));
}

TEST(HtmlText, RendersPlainText)
{
    using feed::HtmlText;
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("<p>One</p><p>Two &amp; <b>three</b></p>")), QStringLiteral("One Two & three"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("a<style>p{}</style>b<!-- c -->d")), QStringLiteral("a bd")); // a comment joins, a block separates
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("x &lt; y &#8212; &#x2019; &#146; &bogus;")), QStringLiteral("x < y — ’ ’ &bogus;"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("1 < 2 and 3 > 2")), QStringLiteral("1 < 2 and 3 > 2"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("  spaced \n\t out  ")), QStringLiteral("spaced out"));
}

TEST(UrlCanonicalizer, TheShortcutForPlainUrlsAgreesWithQUrl)
{
    // canonicalString() skips the QUrl round trip for plain URLs (also with
    // a query); it must give what canonical() gives.
    using feed::UrlCanonicalizer;
    const QStringList urls = {
        QStringLiteral("https://news.example.org/2025/06/model-1?utm_source=rss&utm_medium=feed"),
        QStringLiteral("https://example.com/a?b=1&utm_campaign=x&c=2"),
        QStringLiteral("https://example.com/a?b=1&&c=2&FBCLID=9"),
        QStringLiteral("https://example.com/a?"), QStringLiteral("https://example.com/a?gclid=1"),
        QStringLiteral("https://example.com/a?q=it's+(fine)!*,;:/?x"),
        QStringLiteral("https://example.com/a?x=1?y=2"), QStringLiteral("http://example.com/a/../b?x=1"),
        QStringLiteral("https://example.com?x=1"), QStringLiteral("https://Example.com/a?x=1"),
        QStringLiteral("https://example.com:443/a?x=1"), QStringLiteral("https://example.com/a?x=%41"),
        QStringLiteral("https://example.com/a?x=a b"), QStringLiteral("https://example.com/a?x={1}#f"),
        // IPv4 addresses QUrl rewrites (found by fuzz_url)
        QStringLiteral("http://191/168.0.1/?q"), QStringLiteral("http://127.1/a?x=1"),
        QStringLiteral("http://0x7f.1/a"), QStringLiteral("http://10.0.0.1./a"),
        // an ACE label that is not valid Punycode (found by fuzz_url)
        QStringLiteral("https://xn--le.com/?httutm_=&UTM_SpO")};
    for (const QString &u : urls) {
        const QString slow = UrlCanonicalizer::canonical(QUrl(u, QUrl::TolerantMode)).toString(QUrl::FullyEncoded);
        const QString fast = UrlCanonicalizer::canonicalString(u);
        EXPECT_EQ(fast, slow) << u.toStdString();
        EXPECT_EQ(UrlCanonicalizer::canonicalString(fast), fast) << u.toStdString(); // a fixed point
    }
    EXPECT_EQ(UrlCanonicalizer::canonicalString(urls.at(0)), QStringLiteral("https://news.example.org/2025/06/model-1"));
}

TEST(UrlCanonicalizer, RemovesTrackingAndFragments)
{
    using feed::UrlCanonicalizer;
    EXPECT_EQ(UrlCanonicalizer::canonicalString(QStringLiteral("HTTPS://News.Example.COM:443/a?utm_source=x&b=1&gclid=2&mc_cid=3#top")),
              QStringLiteral("https://news.example.com/a?b=1"));
    EXPECT_EQ(UrlCanonicalizer::canonicalString(QStringLiteral("http://example.com?fbclid=1")), QStringLiteral("http://example.com/"));
    EXPECT_EQ(UrlCanonicalizer::canonicalString(QStringLiteral("https://example.com/p/1")), QStringLiteral("https://example.com/p/1"));
    EXPECT_EQ(UrlCanonicalizer::canonicalString(QStringLiteral("https://example.com:8443/x?q=a%20b")),
              QStringLiteral("https://example.com:8443/x?q=a%20b"));
}
