#include "feed/Opml.h"
#include "MemoryBudget.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using feed::OpmlReader;
using feed::OpmlResult;
using feed::OpmlWriter;

TEST(Opml, EveryCorpusFileImportsWithItsManifestCounts)
{
    const QJsonObject manifest = QJsonDocument::fromJson(testpaths::readAll(testpaths::corpus("opml/manifest.json"))).object();
    const QJsonArray files = manifest.value("files").toArray();
    ASSERT_EQ(files.size(), 5);
    for (const QJsonValue &v : files) {
        const QJsonObject m = v.toObject();
        const QString file = m.value("file").toString();
        SCOPED_TRACE(file.toStdString());
        const OpmlResult r = OpmlReader::read(testpaths::readAll(testpaths::corpus("opml/" + file)));
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        EXPECT_EQ(r.title, m.value("head_title").toString());
        EXPECT_EQ(r.feeds.size(), m.value("unique_feed_urls").toInt());
        EXPECT_EQ(r.feeds.size() + r.duplicatesSkipped, m.value("feed_count").toInt());
        EXPECT_EQ(r.folderCount, m.value("folder_count").toInt());
        int topLevel = 0;
        for (const feed::OpmlFeed &f : r.feeds)
            topLevel += f.group.isEmpty() ? 1 : 0;
        EXPECT_EQ(topLevel, m.value("top_level_feed_count").toInt());
        for (const QJsonValue &folder : m.value("folders").toArray()) {
            const QString path = folder.toObject().value("path").toString();
            int count = 0;
            for (const feed::OpmlFeed &f : r.feeds)
                count += f.group == path ? 1 : 0;
            EXPECT_EQ(count, folder.toObject().value("feed_count").toInt()) << path.toStdString();
        }
        ASSERT_FALSE(r.feeds.isEmpty());
        for (const auto &[key, feed] : {std::pair{"first_feed", r.feeds.first()}, std::pair{"last_feed", r.feeds.last()}}) {
            const QJsonObject want = m.value(key).toObject();
            EXPECT_EQ(feed.title, want.value("title").toString()) << key;
            EXPECT_EQ(feed.xmlUrl, want.value("xmlUrl").toString()) << key;
            EXPECT_EQ(feed.group, want.value("folder").toString()) << key; // null -> ""
        }
    }
}

TEST(Opml, NestedFoldersDuplicatesAndTextFallback)
{
    const QByteArray doc = R"(<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Tech">
    <outline text="AI">
      <outline text="Lab blog" xmlUrl="https://lab.example/feed" htmlUrl="https://lab.example/"/>
      <outline title="Titled" text="ignored" xmlUrl="https://t.example/rss"/>
    </outline>
    <outline text="Same again" xmlUrl="https://lab.example/feed"/>
  </outline>
  <outline text="Loose" xmlUrl="https://loose.example/atom"/>
</body></opml>)";
    const OpmlResult r = OpmlReader::read(doc);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    ASSERT_EQ(r.feeds.size(), 3);
    EXPECT_EQ(r.duplicatesSkipped, 1);
    EXPECT_EQ(r.folderCount, 2);
    EXPECT_EQ(r.feeds[0].group, QStringLiteral("Tech/AI"));
    EXPECT_EQ(r.feeds[0].htmlUrl, QStringLiteral("https://lab.example/"));
    EXPECT_EQ(r.feeds[1].title, QStringLiteral("Titled"));
    EXPECT_EQ(r.feeds[2].group, QString());
}

TEST(Opml, BrokenFileIsRefusedWithLineAndColumn)
{
    const QByteArray doc = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\">\n<body>\n"
                           "  <outline text=\"A\" xmlUrl=\"https://a.example/feed\">\n</body>\n</opml>\n";
    const OpmlResult r = OpmlReader::read(doc);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, 5);
    EXPECT_GT(r.column, 0);
    EXPECT_TRUE(r.error.contains(QStringLiteral("line 5, column"))) << r.error.toStdString();
    EXPECT_TRUE(r.feeds.isEmpty());

    EXPECT_FALSE(OpmlReader::read("<rss version=\"2.0\"/>").ok);
    EXPECT_FALSE(OpmlReader::read("").ok);
}

TEST(Opml, WriterRoundTripsThroughTheReader)
{
    QList<Source> sources;
    auto add = [&](const QString &url, const QString &title, const QString &group) {
        Source s;
        s.url = url;
        s.title = title;
        s.group = group;
        sources << s;
    };
    add("https://a.example/feed?x=1&y=2", "A & B <news>", "Tech/AI");
    add("https://b.example/rss", "인공지능 뉴스", "Tech");
    add("https://c.example/atom", "Top", "");
    const QByteArray xml = OpmlWriter::write("Daily Insights", sources);
    const OpmlResult r = OpmlReader::read(xml);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.title, QStringLiteral("Daily Insights"));
    ASSERT_EQ(r.feeds.size(), 3);
    EXPECT_EQ(r.folderCount, 2);
    for (const Source &s : sources) {
        const auto it = std::find_if(r.feeds.begin(), r.feeds.end(), [&](const feed::OpmlFeed &f) { return f.xmlUrl == s.url; });
        ASSERT_NE(it, r.feeds.end()) << s.url.toStdString();
        EXPECT_EQ(it->title, s.title);
        EXPECT_EQ(it->group, s.group);
    }
}

TEST(Opml, EntityAmplificationIsRefusedBeforeParsing)
{
    // F1: the same 9 MB entity bomb as the feed case aborted `sources
    // import` with std::bad_alloc. OPML needs no entities: any declaration
    // is refused, quickly and with a clear message.
    QByteArray refs;
    refs.reserve(3'000'000 * 6);
    for (int i = 0; i < 3'000'000; ++i)
        refs += "&big;";
    const QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n<!ENTITY big \"" + QByteArray(4000, 'A')
                            + "\">\n]>\n<opml version=\"2.0\"><head><title>" + refs
                            + "</title></head><body><outline text=\"A\" xmlUrl=\"https://a.example/feed\"/></body></opml>\n";
    EXPECT_WITHIN_MEMORY(256, OpmlReader::read(bomb));
    const OpmlResult r = OpmlReader::read(bomb);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.feeds.isEmpty());
    EXPECT_TRUE(r.error.contains(QStringLiteral("declare their own entities"))) << r.error.toStdString();

    // A harmless-looking entity is refused the same way.
    const OpmlResult small = OpmlReader::read("<!DOCTYPE opml [<!ENTITY n \"News\">]>\n<opml version=\"2.0\"><body>"
                                              "<outline text=\"&n;\" xmlUrl=\"https://a.example/feed\"/></body></opml>");
    EXPECT_FALSE(small.ok);
    EXPECT_TRUE(small.error.startsWith(QStringLiteral("the OPML file is refused: "))) << small.error.toStdString();

    // So is an external one (never loaded, but OPML has no use for it).
    const OpmlResult external = OpmlReader::read("<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                                 "<opml version=\"2.0\"><body><outline text=\"&x;\" "
                                                 "xmlUrl=\"https://a.example/feed\"/></body></opml>");
    EXPECT_FALSE(external.ok);
    EXPECT_TRUE(external.error.contains(QStringLiteral("declare their own entities"))) << external.error.toStdString();
}

TEST(Opml, OutlineWithTooManyAttributesIsRefused)
{
    // F6: tens of thousands of attributes hang QXmlStreamReader.
    QByteArray attributes;
    for (int i = 0; i < 50'000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"v\"";
    const OpmlResult r = OpmlReader::read("<opml version=\"2.0\"><body>\n<outline text=\"A\" xmlUrl=\"https://a.example/f\"/>\n"
                                          "<outline" + attributes + " xmlUrl=\"https://b.example/f\"/></body></opml>");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.line, 3);
    EXPECT_TRUE(r.error.contains(QStringLiteral("an outline has more than 1000 attributes"))) << r.error.toStdString();
}

TEST(Opml, TitlesLoseControlCharacters)
{
    const OpmlResult r = OpmlReader::read("<opml version=\"2.0\"><head><title>My&#127; list</title></head><body>"
                                          "<outline text=\"Lab&#x9b;&#127; news&#10;line two\" xmlUrl=\"https://a.example/f\"/>"
                                          "</body></opml>");
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.title, QStringLiteral("My list"));
    ASSERT_EQ(r.feeds.size(), 1);
    EXPECT_EQ(r.feeds[0].title, QStringLiteral("Lab\u203A news line two"));
}
