// Hostile input: each case asserts a specific outcome, and none may crash,
// hang or grow without bound.

#include "feed/FeedParser.h"
#include "support/TestPaths.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using feed::FeedParser;
using feed::ParseResult;
using Status = feed::ParseResult::Status;

namespace {

QByteArray rssWithItems(int count, int bodyBytes)
{
    QByteArray body(bodyBytes, 'x');
    QByteArray out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Big</title>\n";
    out.reserve(count * (bodyBytes + 200) + 100);
    for (int i = 0; i < count; ++i) {
        out += "<item><title>Item " + QByteArray::number(i) + "</title><link>https://example.org/i/" + QByteArray::number(i)
               + "</link><description>&lt;p&gt;" + body + "&lt;/p&gt;</description></item>\n";
    }
    out += "</channel></rss>\n";
    return out;
}

} // namespace

TEST(HostileFeed, BillionLaughsIsBoundedAndKeepsEarlierItems)
{
    const ParseResult r = FeedParser::parse(testpaths::readAll(testpaths::fixture("feed/billion_laughs.xml")));
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_TRUE(r.bozo);
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items[0].title, QStringLiteral("Before the bomb"));
    EXPECT_EQ(r.feed.title, QStringLiteral("Laughs"));
    EXPECT_GT(r.errorLine, 0);
    EXPECT_TRUE(r.error.contains(QStringLiteral("line"))) << r.error.toStdString();
}

TEST(HostileFeed, FeedLargerThanTheFetchCapParsesInLinearTime)
{
    // 12 MiB: above the 10 MiB download cap, so the parser must cope with
    // whatever a raised cap lets through (in items under the per-feed limit).
    const QByteArray big = rssWithItems(4000, 3100);
    ASSERT_GT(big.size(), 12 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = FeedParser::parse(big);
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(r.status, Status::Ok);
    EXPECT_FALSE(r.bozo);
    ASSERT_EQ(r.items.size(), 4000);
    EXPECT_EQ(r.items.last().title, QStringLiteral("Item 3999"));
    EXPECT_EQ(r.items.last().summary.size(), 3100);
    // Generous bound: quadratic behaviour on 12 MiB would take minutes.
    EXPECT_LT(ms, 20000);
}

TEST(HostileFeed, InvalidUtf8FallsBackToWindows1252)
{
    const QByteArray bytes = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\xe9 \xff"
                             "</title><item><title>Na\xefve</title></item></channel></rss>";
    const ParseResult r = FeedParser::parse(bytes);
    EXPECT_EQ(r.status, Status::Ok);
    EXPECT_TRUE(r.bozo);
    EXPECT_EQ(r.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(r.feed.title, QStringLiteral("Café ÿ"));
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items[0].title, QStringLiteral("Naïve"));
}

TEST(HostileFeed, NulAndControlBytesAreDropped)
{
    static const char kDoc[] = "<rss version=\"2.0\"><channel><title>A\0B\x01" "C\x1f</title><item><title>x\x0by</title>"
                               "<description><![CDATA[p\0q]]></description></item></channel></rss>";
    const QByteArray bytes(kDoc, sizeof(kDoc) - 1);
    ASSERT_TRUE(bytes.contains('\0'));
    const ParseResult r = FeedParser::parse(bytes);
    EXPECT_EQ(r.status, Status::Ok) << r.error.toStdString();
    EXPECT_EQ(r.feed.title, QStringLiteral("ABC"));
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items[0].title, QStringLiteral("xy"));
    EXPECT_EQ(r.items[0].summary, QStringLiteral("pq"));
}

TEST(HostileFeed, DeepNestingNeitherCrashesNorLosesItems)
{
    const int depth = 50000;
    QByteArray doc = "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>Deep</title>";
    doc += "<item><title>First</title></item>";
    for (int i = 0; i < depth; ++i)
        doc += "<x>";
    for (int i = 0; i < depth; ++i)
        doc += "</x>";
    doc += "<item><title>Groups</title>";
    for (int i = 0; i < depth; ++i)
        doc += "<media:group>";
    for (int i = 0; i < depth; ++i)
        doc += "</media:group>";
    doc += "</item>";
    for (int i = 0; i < depth; ++i)
        doc += "<channel>";
    for (int i = 0; i < depth; ++i)
        doc += "</channel>";
    doc += "<item><title>Last</title></item></channel></rss>";
    const ParseResult r = FeedParser::parse(doc);
    EXPECT_EQ(r.status, Status::Ok) << r.error.toStdString();
    ASSERT_EQ(r.items.size(), 3);
    EXPECT_EQ(r.items[1].title, QStringLiteral("Groups"));
    EXPECT_EQ(r.items[2].title, QStringLiteral("Last"));
}

TEST(HostileFeed, HtmlPageIsRecognised)
{
    const ParseResult r = FeedParser::parse(testpaths::readAll(testpaths::fixture("feed/html_page.html")),
                                            {QUrl("https://example.org/feed"), "text/html; charset=utf-8", {}, {}});
    EXPECT_EQ(r.status, Status::HtmlPage);
    EXPECT_TRUE(r.items.isEmpty());
    EXPECT_EQ(r.error, QStringLiteral("the server sent an HTML page, not a feed"));

    // XHTML that is well-formed XML is still an HTML page.
    const ParseResult x = FeedParser::parse("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
    EXPECT_EQ(x.status, Status::HtmlPage);
}

TEST(HostileFeed, EmptyBodyIsReportedAsEmpty)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray(" \r\n\t ")}) {
        const ParseResult r = FeedParser::parse(bytes);
        EXPECT_EQ(r.status, Status::Empty);
        EXPECT_TRUE(r.items.isEmpty());
        EXPECT_FALSE(r.error.isEmpty());
    }
}

TEST(HostileFeed, TruncatedDocumentKeepsCompleteItemsWithErrorPosition)
{
    const ParseResult r = FeedParser::parse(testpaths::readAll(testpaths::fixture("feed/truncated.xml")));
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_TRUE(r.bozo);
    ASSERT_EQ(r.items.size(), 3);
    EXPECT_EQ(r.items[2].url, QStringLiteral("https://example.org/r/3?id=3"));
    EXPECT_EQ(r.errorLine, 21); // the file's 20 lines end mid-title
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("partly parsed: line 21, column"))) << r.error.toStdString();
}

TEST(HostileFeed, GarbageIsNotAFeedWithPosition)
{
    const ParseResult r = FeedParser::parse("<rss>\n<channel>\n<title>x</title>\n<<<<\n");
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_EQ(r.errorLine, 4);

    const ParseResult g = FeedParser::parse("hello\nthis is not xml");
    EXPECT_EQ(g.status, Status::NotAFeed);
    EXPECT_TRUE(g.error.startsWith(QStringLiteral("not a feed: line 1, column"))) << g.error.toStdString();

    const ParseResult w = FeedParser::parse("<note><to>you</to></note>");
    EXPECT_EQ(w.status, Status::NotAFeed);
    EXPECT_TRUE(w.bozo);
}

TEST(HostileFeed, JsonFeed)
{
    feed::ParseContext ctx;
    ctx.documentUrl = QUrl("https://agents.example.net/feed.json");
    ctx.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    const ParseResult r = FeedParser::parse(testpaths::readAll(testpaths::fixture("feed/json_feed.json")), ctx);
    EXPECT_EQ(r.status, Status::Ok);
    EXPECT_EQ(r.feed.version, QStringLiteral("json11"));
    EXPECT_EQ(r.feed.title, QStringLiteral("Agents Weekly"));
    ASSERT_EQ(r.items.size(), 2);
    const FeedItem &a = r.items[0];
    EXPECT_EQ(a.guid, QStringLiteral("https://agents.example.net/p/planner"));
    EXPECT_EQ(a.link, QStringLiteral("https://agents.example.net/p/planner?utm_medium=email&ref=home"));
    EXPECT_EQ(a.url, QStringLiteral("https://agents.example.net/p/planner?ref=home"));
    EXPECT_EQ(a.title, QStringLiteral("A planner that & checks its own tool calls"));
    EXPECT_EQ(a.content, QStringLiteral("The planner re-reads each tool result."));
    EXPECT_EQ(a.contentHtml, QStringLiteral("<p>The planner <b>re-reads</b> each tool result.</p>"));
    EXPECT_EQ(a.author, QStringLiteral("Agents Desk"));
    EXPECT_EQ(a.tags, QStringList({"agents", "planning"}));
    EXPECT_EQ(a.enclosure.type, QStringLiteral("audio/mpeg"));
    EXPECT_EQ(a.enclosure.length, 12345);
    EXPECT_EQ(a.published, QDateTime(QDate(2025, 5, 29), QTime(23, 15), Qt::UTC));
    const FeedItem &b = r.items[1];
    EXPECT_EQ(b.guid, QStringLiteral("2"));
    EXPECT_EQ(b.content, QStringLiteral("Short note without a title or URL."));
    EXPECT_EQ(b.published, QDateTime(QDate(2025, 5, 31), QTime(10, 0), Qt::UTC));

    const ParseResult broken = FeedParser::parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [");
    EXPECT_EQ(broken.status, Status::NotAFeed);
    EXPECT_TRUE(broken.bozo);
}

// Found by fuzz_feed_json: a size of 1e30 was cast to qint64 (undefined
// behaviour). Sizes that are not a plausible byte count read as unknown (0).
TEST(HostileFeed, JsonAttachmentSizeOutOfRangeReadsAsUnknown)
{
    const auto feedWithSize = [](const QByteArray &size) {
        return QByteArray(R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":[)"
                          R"({"id":"1","url":"https://example.org/1","title":"One",)"
                          R"("attachments":[{"url":"https://example.org/a.mp3","size_in_bytes":)")
               + size + "}]}]}";
    };
    for (const QByteArray &size : {QByteArray("1.23889e+30"), QByteArray("-1e300"), QByteArray("-5"), QByteArray("\"big\"")}) {
        const ParseResult r = FeedParser::parse(feedWithSize(size));
        ASSERT_EQ(r.items.size(), 1) << size.constData();
        EXPECT_EQ(r.items[0].enclosure.length, 0) << size.constData();
        EXPECT_EQ(r.items[0].enclosure.url, QStringLiteral("https://example.org/a.mp3"));
    }
    const ParseResult ok = FeedParser::parse(feedWithSize("12345"));
    ASSERT_EQ(ok.items.size(), 1);
    EXPECT_EQ(ok.items[0].enclosure.length, 12345);
}
