// The budgets of feed/FeedLimits.h (issue 8, items 1, 3, 4, F2, F5, F6):
// hostile documents are generated here, each under the 10 MiB download
// cap, and each must parse fast, in bounded memory, keep what fits and say
// "partly parsed".

#include "feed/FeedLimits.h"
#include "MemoryBudget.h"
#include "feed/FeedParser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace limits = feed::limits;
using feed::FeedParser;
using feed::ParseResult;
using Status = feed::ParseResult::Status;

namespace {

QByteArray rss(const QByteArray &items, const QByteArray &doctype = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + doctype +
           "<rss version=\"2.0\"><channel><title>Hostile</title><link>https://example.org/</link>\n" +
           "<item><title>Before</title><link>https://example.org/before</link></item>\n" + items + "</channel></rss>\n";
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST(FeedLimits, EntityAmplificationIsCutAtTheExpansionBudget)
{
    // The issue's reproduction: one 4,000-character entity referenced three
    // million times (9 MB; Qt's own limit is per reference, so this expanded
    // to 12 GB and aborted the process).
    const QByteArray doctype = "<!DOCTYPE rss [\n<!ENTITY big \"" + QByteArray(4000, 'A') + "\">\n]>\n";
    QByteArray refs;
    refs.reserve(3'000'000 * 6);
    for (int i = 0; i < 3'000'000; ++i)
        refs += "&big;";
    const QByteArray doc = rss("<item><title>Bomb</title><description>" + refs + "</description></item>\n", doctype);
    ASSERT_GT(doc.size(), 9'000'000);

    // 9 MB in, a few times that at most while parsing.
    EXPECT_WITHIN_MEMORY(256, FeedParser::parse(doc));
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = FeedParser::parse(doc);
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_TRUE(r.bozo);
    ASSERT_EQ(r.items.size(), 1); // the item cut in half is not kept
    EXPECT_EQ(r.items[0].title, QStringLiteral("Before"));
    EXPECT_EQ(r.errorLine, 7);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("partly parsed: line 7, column"))) << text(r.error);
    EXPECT_TRUE(r.error.contains(QStringLiteral("entities would expand to more than 1048576 characters")))
        << text(r.error);
}

TEST(FeedLimits, NestedEntitiesAreBudgetedByTheirFullExpansion)
{
    // Ten references to an entity that itself references ten others of 20,000
    // characters' worth: 2 MB from a 300-byte document.
    const QByteArray doctype = "<!DOCTYPE rss [\n<!ENTITY a \"" + QByteArray(2000, 'a') +
                               "\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n";
    QByteArray refs;
    for (int i = 0; i < 100; ++i)
        refs += "&b;";
    const ParseResult r = FeedParser::parse(rss("<item><title>" + refs + "</title></item>", doctype));
    EXPECT_EQ(r.status, Status::Partial);
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_TRUE(r.error.contains(QStringLiteral("entities would expand"))) << text(r.error);
}

TEST(FeedLimits, SmallDeclaredEntitiesStillExpand)
{
    // feedparser's entity_in_doctype case: entities within the budget work.
    const QByteArray doctype = "<!DOCTYPE rss [\n<!ENTITY id \"tag:example.com,\">\n]>\n";
    const ParseResult r =
        FeedParser::parse(rss("<item><guid isPermaLink=\"false\">&id;2006:/blog/</guid></item>", doctype));
    EXPECT_EQ(r.status, Status::Ok) << text(r.error);
    EXPECT_FALSE(r.bozo);
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.items[1].guid, QStringLiteral("tag:example.com,2006:/blog/"));
}

TEST(FeedLimits, EntitiesThatCannotBeBudgetedAreRefused)
{
    // A parameter entity's text becomes DTD (it could declare anything), and
    // an attribute default would expand once per element.
    for (const QByteArray &doctype :
         {QByteArray("<!DOCTYPE rss [\n<!ENTITY % p \"<!ENTITY big 'xxxx'>\">\n%p;\n]>\n"),
          QByteArray("<!DOCTYPE rss [\n<!ENTITY e \"xxxx\">\n<!ATTLIST item a CDATA \"&e;&e;\">\n]>\n")}) {
        const ParseResult r = FeedParser::parse(rss({}, doctype));
        EXPECT_EQ(r.status, Status::NotAFeed) << doctype.constData();
        EXPECT_TRUE(r.items.isEmpty());
        EXPECT_TRUE(r.error.contains(QStringLiteral("DTD declares entities that cannot be checked"))) << text(r.error);
    }
}

TEST(FeedLimits, LongTextIsCutAtItsLimitAndTheFeedIsPartlyParsed)
{
    const QByteArray title(10'000, 't');
    const QByteArray body(3 * 1024 * 1024, 'b');
    const QByteArray doc = rss("<item><title>" + title + "</title><author>" + QByteArray(20'000, 'w') +
                               "</author><description>&lt;p&gt;" + body + "&lt;/p&gt;</description>" +
                               "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[" +
                               body + "]]></content:encoded></item>\n" + "<item><title>After</title></item>\n");
    const ParseResult r = FeedParser::parse(doc);
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_FALSE(r.bozo); // well-formed; only over a limit
    ASSERT_EQ(r.items.size(), 3);
    const FeedItem &big = r.items[1];
    EXPECT_EQ(big.title.size(), limits::kTitleChars);
    EXPECT_EQ(big.author.size(), limits::kFieldChars);
    EXPECT_LE(big.summary.size(), limits::kTextChars);
    EXPECT_LE(big.summaryHtml.size(), limits::kTextChars);
    EXPECT_EQ(big.content.size(), limits::kTextChars);
    EXPECT_EQ(big.contentHtml.size(), limits::kTextChars);
    EXPECT_TRUE(big.summary.startsWith(QStringLiteral("bbbb")));
    EXPECT_EQ(r.items[2].title, QStringLiteral("After"));
    EXPECT_GE(r.fieldsTruncated, 4);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("partly parsed: "))) << text(r.error);
    EXPECT_TRUE(r.error.contains(QStringLiteral("text field(s) were cut at their size limit"))) << text(r.error);
}

TEST(FeedLimits, TextStopsGrowingAtTheLimitWithinOneElement)
{
    // Many small text nodes (entity references split them) in one element:
    // the kept text stops at the limit while the parser reads on.
    QByteArray description;
    for (int i = 0; i < 300'000; ++i)
        description += "abcdefgh&amp;";
    const ParseResult r = FeedParser::parse(rss("<item><description>" + description + "</description></item>"));
    EXPECT_EQ(r.status, Status::Partial);
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.items[1].summaryHtml.size(), limits::kTextChars);
}

TEST(FeedLimits, ItemsPastTheLimitAreCountedNotKept)
{
    QByteArray items;
    for (int i = 0; i < limits::kItemsPerFeed + 1000; ++i)
        items += "<item><title>n" + QByteArray::number(i) + "</title></item>";
    const ParseResult r = FeedParser::parse(rss(items));
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_FALSE(r.bozo);
    EXPECT_EQ(r.items.size(), limits::kItemsPerFeed);
    EXPECT_EQ(r.itemsDropped, 1001); // "Before" is the first
    EXPECT_EQ(r.items.last().title, QStringLiteral("n%1").arg(limits::kItemsPerFeed - 2));
    EXPECT_EQ(r.error, QStringLiteral("partly parsed: 1001 item(s) past the limit of %1 per feed were dropped")
                           .arg(limits::kItemsPerFeed));
}

TEST(FeedLimits, JsonFeedOfMillionsOfEmptyItemsStaysSmall)
{
    // The fuzzer's find: 3.2 million empty items (9.6 MB) cost 1.2 KB each
    // and aborted at 1.7 GB. Only the first kItemsPerFeed are built.
    QByteArray doc = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Many\", \"items\": [";
    doc.reserve(10'000'000);
    for (int i = 0; i < 3'200'000; ++i)
        doc += i ? ",{}" : "{}";
    doc += "]}";
    ASSERT_LT(doc.size(), 10 * 1024 * 1024);
    // Qt's JSON document holds the 3.2 million items in about 60 MB.
    EXPECT_WITHIN_MEMORY(256, FeedParser::parse(doc));
    const ParseResult r = FeedParser::parse(doc);
    EXPECT_EQ(r.status, Status::Partial);
    EXPECT_EQ(r.items.size(), limits::kItemsPerFeed);
    EXPECT_LE(r.items.capacity(), limits::kItemsPerFeed); // nothing reserved for the rest
    EXPECT_EQ(r.itemsDropped, 3'200'000 - limits::kItemsPerFeed);
    EXPECT_TRUE(r.error.contains(
        QStringLiteral("item(s) past the limit of %1 per feed were dropped").arg(limits::kItemsPerFeed)))
        << text(r.error);
}

TEST(FeedLimits, CategoriesAreDeduplicatedAndCapped)
{
    // 100,000 distinct categories on one item hung the quadratic
    // de-duplication; duplicates keep their first position.
    QByteArray categories = "<category>AI</category><category> AI </category><category>Robots</category>";
    for (int i = 0; i < 100'000; ++i)
        categories += "<category>c" + QByteArray::number(i) + "</category>";
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = FeedParser::parse(rss("<item><title>Tagged</title>" + categories + "</item>"));
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_EQ(r.items.size(), 2);
    const QStringList &tags = r.items[1].tags;
    ASSERT_EQ(tags.size(), limits::kCategoriesPerItem);
    EXPECT_EQ(tags[0], QStringLiteral("AI"));
    EXPECT_EQ(tags[1], QStringLiteral("Robots"));
    EXPECT_EQ(tags[2], QStringLiteral("c0"));
    EXPECT_EQ(r.status, Status::Partial);

    // JSON Feed tags the same way.
    QJsonArray jsonTags{"x", "x", "y"};
    for (int i = 0; i < 1000; ++i)
        jsonTags.append(QStringLiteral("t%1").arg(i));
    const QJsonObject item{{"id", "1"}, {"title", "T"}, {"tags", jsonTags}};
    const QJsonObject feed{{"version", "https://jsonfeed.org/version/1.1"}, {"items", QJsonArray{item}}};
    const ParseResult j = FeedParser::parse(QJsonDocument(feed).toJson());
    ASSERT_EQ(j.items.size(), 1);
    EXPECT_EQ(j.items[0].tags.size(), limits::kCategoriesPerItem);
    EXPECT_EQ(j.items[0].tags.mid(0, 3), QStringList({"x", "y", "t0"}));
}

TEST(FeedLimits, ElementWithTooManyAttributesIsCutBeforeTheParserSeesIt)
{
    // 50,000 attributes on one element took QXmlStreamReader 4.7 s.
    QByteArray attributes;
    for (int i = 0; i < 50'000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"v>" + QByteArray::number(i) + "\"";
    const QByteArray doc = rss("<item><title" + attributes + ">Flood</title></item>");
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = FeedParser::parse(doc);
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_EQ(r.status, Status::Partial);
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.errorLine, 4);
    EXPECT_TRUE(r.error.contains(QStringLiteral("an element has more than 1000 attributes"))) << text(r.error);

    // An element name need not be ASCII.
    const ParseResult named = FeedParser::parse(rss("<item><title>Named</title><\xc3\xa9l" + attributes + "/></item>"));
    EXPECT_EQ(named.status, Status::Partial);
    EXPECT_TRUE(named.error.contains(QStringLiteral("an element has more than 1000 attributes"))) << text(named.error);

    // At the limit it parses (a quoted '=' or '>' is not an attribute).
    QByteArray many;
    for (int i = 0; i < limits::kAttributesPerElement; ++i)
        many += " a" + QByteArray::number(i) + "='x=y>z'";
    const ParseResult ok = FeedParser::parse(rss("<item><title" + many + ">Many</title></item>"));
    EXPECT_EQ(ok.status, Status::Ok) << text(ok.error);
    ASSERT_EQ(ok.items.size(), 2);
    EXPECT_EQ(ok.items[1].title, QStringLiteral("Many"));

    // Many elements each just under the limit (9.5 MB) took 8 s: the pairs
    // of attributes the parser compares are budgeted for the whole document.
    QByteArray elements = "<item><title>Flood</title>";
    for (int k = 0; k < 1200; ++k)
        elements += "<x" + many + "/>";
    const QByteArray bigDoc = rss(elements + "</item>");
    timer.restart();
    const ParseResult flood = FeedParser::parse(bigDoc);
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(flood.status, Status::Partial);
    EXPECT_EQ(flood.items.size(), 1);
    EXPECT_TRUE(flood.error.contains(QStringLiteral("more attributes than can be checked in time")))
        << text(flood.error);
}

TEST(FeedLimits, OnlyWebLinksBecomeArticleUrls)
{
    feed::ParseContext ctx;
    ctx.documentUrl = QUrl("https://example.org/feeds/main.xml");
    const QByteArray doc =
        rss("<item><title>js</title><link>javascript:alert(1)</link></item>\n"
            "<item><title>data</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link></item>\n"
            "<item><title>file</title><link>file:///etc/passwd</link>"
            "<enclosure url=\"file:///dev/tty\" type=\"audio/mpeg\"/></item>\n"
            "<item><title>upper</title><link> JavaScript:alert(2)</link></item>\n"
            "<item><title>relative</title><link>../posts/1</link></item>\n"
            "<item><title>guid</title><link>vbscript:x</link><guid>https://example.org/g/1</guid></item>\n"
            "<item xmlns:atom=\"http://www.w3.org/2005/Atom\"><title>atom</title>"
            "<atom:link href=\"data:text/html,x\"/></item>\n"
            "<item><title>https</title><link>HTTPS://Example.org/ok</link></item>\n");
    const ParseResult r = FeedParser::parse(doc, ctx);
    ASSERT_EQ(r.items.size(), 9) << text(r.error);
    for (const FeedItem &item : r.items) {
        for (const QString &url : {item.url, item.link, item.enclosure.url}) {
            EXPECT_TRUE(url.isEmpty() || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                        url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
                << text(item.title) << ": " << text(url);
        }
    }
    EXPECT_TRUE(r.items[1].url.isEmpty());
    EXPECT_TRUE(r.items[1].link.isEmpty());
    EXPECT_TRUE(r.items[3].enclosure.url.isEmpty());
    EXPECT_EQ(r.items[5].url, QStringLiteral("https://example.org/posts/1"));
    EXPECT_EQ(r.items[6].url, QStringLiteral("https://example.org/g/1"));
    EXPECT_EQ(r.items[8].url, QStringLiteral("https://example.org/ok"));

    const QByteArray json =
        R"json({"version": "https://jsonfeed.org/version/1.1", "home_page_url": "javascript:void(0)",
        "items": [{"id": "1", "url": "javascript:alert(1)", "title": "js"},
                  {"id": "2", "url": "data:text/html,x", "external_url": "https://example.org/ext", "title": "ext"}]})json";
    const ParseResult j = FeedParser::parse(json, ctx);
    ASSERT_EQ(j.items.size(), 2);
    EXPECT_TRUE(j.feed.link.isEmpty());
    EXPECT_TRUE(j.items[0].url.isEmpty());
    EXPECT_TRUE(j.items[0].link.isEmpty());
    EXPECT_EQ(j.items[0].guid, QStringLiteral("1"));
    EXPECT_EQ(j.items[1].url, QStringLiteral("https://example.org/ext"));
}

TEST(FeedLimits, ControlCharactersAreStrippedFromEveryTextField)
{
    // ESC and CSI (C1) would drive a terminal; DEL and other C0 controls
    // are noise. They arrive raw in JSON, as &#127; in XML, and as
    // references inside escaped HTML.
    const QByteArray json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Feed\\u001b[2J\","
                            " \"items\": [{\"id\": \"a\\u0007\", \"url\": \"https://example.org/a\","
                            " \"title\": \"Red\\u001b[31m alert\\u009b1m\\u007f\\nnext\","
                            " \"summary\": \"line\\u0000one\\u0085\","
                            " \"content_html\": \"<p>x\\u001by</p>\\n<p>z</p>\","
                            " \"authors\": [{\"name\": \"Eve\\u001b]0;owned\\u0007\"}],"
                            " \"tags\": [\"t\\u009bag\"]}]}";
    const ParseResult j = FeedParser::parse(json);
    ASSERT_EQ(j.items.size(), 1) << text(j.error);
    const FeedItem &a = j.items[0];
    EXPECT_EQ(j.feed.title, QStringLiteral("Feed[2J"));
    EXPECT_EQ(a.title, QStringLiteral("Red[31m alert1m next"));
    EXPECT_EQ(a.summary, QStringLiteral("lineone"));
    EXPECT_EQ(a.contentHtml, QStringLiteral("<p>xy</p>\n<p>z</p>")); // newlines stay in HTML
    EXPECT_EQ(a.content, QStringLiteral("xy z"));
    EXPECT_EQ(a.author, QStringLiteral("Eve]0;owned"));
    EXPECT_EQ(a.guid, QStringLiteral("a"));
    EXPECT_EQ(a.tags, QStringList({"tag"}));

    const QByteArray xml = rss("<item><title>Del&#127;ete &amp;#27;[1m</title>"
                               "<description>&lt;b&gt;bold&amp;#x9b;&lt;/b&gt; &amp;#27;</description></item>");
    const ParseResult x = FeedParser::parse(xml);
    ASSERT_EQ(x.items.size(), 2) << text(x.error);
    EXPECT_EQ(x.items[1].title, QStringLiteral("Delete [1m"));
    EXPECT_EQ(x.items[1].summary, QStringLiteral("bold›"));
    for (const FeedItem &item : x.items + j.items) {
        for (const QString &field :
             {item.title, item.summary, item.summaryHtml, item.content, item.contentHtml, item.author, item.guid}) {
            for (const QChar c : field) {
                const char16_t u = c.unicode();
                EXPECT_FALSE((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || (u >= 0x7f && u <= 0x9f))
                    << "U+" << std::hex << int(u) << " in " << text(field);
            }
        }
        EXPECT_FALSE(item.title.contains(QLatin1Char('\n')));
    }
}
