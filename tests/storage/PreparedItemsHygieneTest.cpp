// Issue 8, items 3 and 4, defensively in storage: whatever path items come
// by (a feed, an imported digest, a future importer), no control character
// and no link but http(s) reaches the database.

#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/PreparedItems.h"

using namespace storage;
using namespace storagetest;

namespace {

class PreparedHygiene : public DbFixture
{
protected:
    const QDateTime now = utc(2026, 3, 10, 9);
};

FeedItem hostileItem()
{
    FeedItem i = item(QStringLiteral("javascript:alert(1)"), QStringLiteral("Red\x1b[31m alert\u009b1m\x7f\nnext"),
                      utc(2026, 3, 10, 1), QStringLiteral("guid-1"));
    i.link = QStringLiteral("data:text/html,<script>alert(1)</script>");
    i.summary = QStringLiteral("line\x07one\u0085");
    i.summaryHtml = QStringLiteral("<p>a\x1b</p>\n<p>b</p>");
    i.author = QStringLiteral("Eve\x1b]0;owned\x07");
    i.tags = {QStringLiteral("t\u009bag"), QStringLiteral("plain")};
    i.enclosure.url = QStringLiteral("file:///dev/tty");
    return i;
}

} // namespace

TEST_F(PreparedHygiene, ControlCharactersAndNonWebLinksAreRemoved)
{
    const PreparedItems prepared({hostileItem()}, m_zone);
    const FeedItem &i = prepared.item(0);
    EXPECT_EQ(i.title, QStringLiteral("Red[31m alert1m next"));
    EXPECT_EQ(i.summary, QStringLiteral("lineone"));
    EXPECT_EQ(i.summaryHtml, QStringLiteral("<p>a</p>\n<p>b</p>")); // line breaks stay in HTML
    EXPECT_EQ(i.author, QStringLiteral("Eve]0;owned"));
    EXPECT_EQ(i.tags, QStringList({QStringLiteral("tag"), QStringLiteral("plain")}));
    EXPECT_TRUE(i.url.isEmpty());
    EXPECT_TRUE(i.link.isEmpty());
    EXPECT_TRUE(i.enclosure.url.isEmpty());
    // The bytes written are the cleaned ones.
    const PreparedItems::Prepared &p = prepared.prepared(0);
    EXPECT_EQ(p.text[PreparedItems::Title], i.title.toUtf8());
    EXPECT_TRUE(p.text[PreparedItems::Url].isEmpty());
    EXPECT_TRUE(p.text[PreparedItems::Link].isEmpty());

    // A clean item is kept as it is.
    const FeedItem clean = item(QStringLiteral("https://x.example/1"), QStringLiteral("A clean title"));
    const PreparedItems same({clean}, m_zone);
    EXPECT_EQ(same.item(0).title, clean.title);
    EXPECT_EQ(same.item(0).url, clean.url);
}

TEST_F(PreparedHygiene, EveryIngestPathStoresCleanText)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore store(m_db, m_zone);
    const auto stats = store.ingest(a, {hostileItem()}, now);
    ASSERT_TRUE(stats.error.isEmpty()) << stats.error.toStdString();
    ASSERT_EQ(stats.inserted, 1);
    // An imported digest names its articles by title and URL only.
    ASSERT_GT(store.importArticle(QStringLiteral("2026-03-10"), QStringLiteral("Imported\x1b[2J title"),
                                  QStringLiteral("javascript:alert(2)"), 0),
              0);
    const QList<Article> day = store.articlesForDay(QStringLiteral("2026-03-10"));
    ASSERT_EQ(day.size(), 2);
    for (const Article &article : day) {
        EXPECT_TRUE(article.item.url.isEmpty()) << article.item.url.toStdString();
        EXPECT_TRUE(article.item.link.isEmpty()) << article.item.link.toStdString();
        EXPECT_FALSE(article.item.title.contains(QChar(0x1b))) << article.item.title.toStdString();
    }
}
