#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/PaperStore.h"
#include "storage/SearchTokenizer.h"
#include "storage/SourceStore.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace storage;
using namespace storagetest;

namespace {

class PaperStoreTest : public DbFixture
{
protected:
    const QDateTime now = utc(2026, 3, 10, 9);

    qint64 source(const QString &url, SourceKind kind)
    {
        Source s;
        s.url = url;
        s.kind = kind;
        return SourceStore(m_db).add(s);
    }

    qint64 article(qint64 sourceId, const QString &url)
    {
        ArticleStore(m_db, m_zone).ingest(sourceId, {item(url, url, utc(2026, 3, 10, 1))}, now);
        return PaperStore(m_db).articleOfSource(sourceId, url);
    }
};

} // namespace

TEST_F(PaperStoreTest, SourcesKeepTheirKind)
{
    const qint64 feed = source(QStringLiteral("https://a.example/feed"), SourceKind::Feed);
    const qint64 arxiv = source(QStringLiteral("https://rss.arxiv.org/rss/cs.AI"), SourceKind::Arxiv);
    const qint64 hf = source(QStringLiteral("https://huggingface.co/api/daily_papers"), SourceKind::HfDaily);
    SourceStore store(m_db);
    EXPECT_EQ(store.byId(feed).kind, SourceKind::Feed);
    EXPECT_EQ(store.byId(arxiv).kind, SourceKind::Arxiv);
    EXPECT_EQ(store.byId(hf).kind, SourceKind::HfDaily);
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM sources WHERE kind = 'hf-daily'")), 1);
    ASSERT_TRUE(store.setKind(feed, SourceKind::Arxiv));
    EXPECT_EQ(store.byId(feed).kind, SourceKind::Arxiv);
    EXPECT_FALSE(store.setKind(9999, SourceKind::Arxiv));
    // A kind this version does not know reads as a feed.
    QSqlQuery(m_db).exec(QStringLiteral("UPDATE sources SET kind = 'podcast' WHERE id = %1").arg(hf));
    EXPECT_EQ(store.byId(hf).kind, SourceKind::Feed);
    EXPECT_EQ(sourceKindName(SourceKind::HfDaily), QStringLiteral("hf-daily"));
    EXPECT_EQ(sourceKindFromName(QStringLiteral("arxiv")), SourceKind::Arxiv);
}

TEST_F(PaperStoreTest, UpsertKeepsTheNewestVersionAndTheHighestUpvotes)
{
    const qint64 s = source(QStringLiteral("https://rss.arxiv.org/rss/cs.AI"), SourceKind::Arxiv);
    const qint64 a = article(s, QStringLiteral("https://arxiv.org/abs/2406.12345"));
    ASSERT_GT(a, 0);
    PaperStore store(m_db);
    PaperRecord r{a, QStringLiteral("2406.12345"), 2, -1, QStringLiteral("cross"), false};
    ASSERT_TRUE(store.upsert(r));
    // An older version and upvotes from Hugging Face: the version stays.
    ASSERT_TRUE(store.upsert({a, QStringLiteral("2406.12345"), 1, 40, QStringLiteral("new"), true}));
    ASSERT_TRUE(store.upsert({a, QStringLiteral("2406.12345"), 0, 12, QString(), false}));
    PaperRecord got = store.record(a);
    EXPECT_EQ(got.version, 2);
    EXPECT_EQ(got.upvotes, 40);
    EXPECT_EQ(got.announceType, QStringLiteral("cross"));
    EXPECT_FALSE(got.abstractMissing);
    // A newer version without an abstract: its flag and announce type.
    ASSERT_TRUE(store.upsert({a, QStringLiteral("2406.12345"), 3, -1, QStringLiteral("replace"), true}));
    got = store.record(a);
    EXPECT_EQ(got.version, 3);
    EXPECT_EQ(got.upvotes, 40);
    EXPECT_EQ(got.announceType, QStringLiteral("replace"));
    EXPECT_TRUE(got.abstractMissing);
    EXPECT_EQ(store.byArxivId({QStringLiteral("2406.12345"), QStringLiteral("2406.99999")}).size(), 1);
    EXPECT_EQ(store.byArxivId({QStringLiteral("2406.12345")}).value(QStringLiteral("2406.12345")).articleId, a);
    // Deleting the article deletes its facts.
    QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(a));
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM article_papers")), 0);
}

TEST_F(PaperStoreTest, ListingsCountDistinctArxivSourcesOnly)
{
    const QString url = QStringLiteral("https://arxiv.org/abs/2406.12345");
    const qint64 ai = source(QStringLiteral("https://rss.arxiv.org/rss/cs.AI"), SourceKind::Arxiv);
    const qint64 cl = source(QStringLiteral("https://rss.arxiv.org/rss/cs.CL"), SourceKind::Arxiv);
    const qint64 hf = source(QStringLiteral("https://huggingface.co/api/daily_papers"), SourceKind::HfDaily);
    const qint64 news = source(QStringLiteral("https://news.example/feed"), SourceKind::Feed);
    const qint64 a = article(ai, url);
    ASSERT_GT(a, 0);
    PaperStore store(m_db);
    bool added = false;
    for (qint64 s : {cl, hf, news}) {
        ASSERT_TRUE(store.linkSource(a, s, now, &added));
        EXPECT_TRUE(added);
    }
    ASSERT_TRUE(store.linkSource(a, cl, now, &added)); // again: nothing new
    EXPECT_FALSE(added);
    const qint64 other = article(news, QStringLiteral("https://news.example/story"));
    ASSERT_TRUE(store.upsert({a, QStringLiteral("2406.12345"), 1, 5, QStringLiteral("new"), false}));

    const QHash<qint64, int> listings = store.listingsFor({a, other});
    EXPECT_EQ(listings.value(a), 2);
    EXPECT_FALSE(listings.contains(other));
    const QHash<qint64, PaperFacts> facts = store.paperFacts({a, other});
    ASSERT_EQ(facts.size(), 1); // the story is no paper
    EXPECT_EQ(facts.value(a).listings, 2);
    EXPECT_EQ(facts.value(a).upvotes, 5);
    EXPECT_EQ(facts.value(a).arxivId, QStringLiteral("2406.12345"));
    EXPECT_EQ(store.articleOfSource(hf, url), a);
    EXPECT_EQ(store.articleOfSource(hf, QStringLiteral("https://arxiv.org/abs/0000.00000")), 0);
}

TEST_F(PaperStoreTest, ManyArticlesAreReadInChunks)
{
    const qint64 s = source(QStringLiteral("https://rss.arxiv.org/rss/cs.AI"), SourceKind::Arxiv);
    QList<FeedItem> items;
    for (int i = 0; i < 1200; ++i)
        items.append(item(QStringLiteral("https://arxiv.org/abs/2406.%1").arg(10000 + i), QStringLiteral("Paper %1").arg(i),
                          utc(2026, 3, 10, 1)));
    ASSERT_TRUE(ArticleStore(m_db, m_zone).ingest(s, items, now).error.isEmpty());
    PaperStore store(m_db);
    QList<qint64> ids;
    QStringList arxivIds;
    for (int i = 0; i < 1200; ++i) {
        const qint64 a = store.articleOfSource(s, items.at(i).url);
        ids.append(a);
        arxivIds.append(QStringLiteral("2406.%1").arg(10000 + i));
        ASSERT_TRUE(store.upsert({a, arxivIds.last(), 1, i, QString(), false}));
    }
    EXPECT_EQ(store.paperFacts(ids).size(), 1200);
    EXPECT_EQ(store.listingsFor(ids).size(), 1200);
    EXPECT_EQ(store.byArxivId(arxivIds).size(), 1200);
    EXPECT_TRUE(store.lastError().isEmpty()) << store.lastError().toStdString();
}

// Schema 11 on a profile made before it: its sources become feeds, nothing lost.
TEST(PaperSchema, AnOlderProfileGetsSourceKindsAndThePaperTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString raw = uniqueConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), raw);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(SearchTokenizer::registerOn(SqliteStatement::handle(db), &error)) << error.toStdString();
        for (const QString &script : QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name)) {
            if (script.left(3).toInt() >= 11)
                continue;
            QFile f(QStringLiteral(":/sql/") + script);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            ASSERT_TRUE(SqlScript::run(db, QString::fromUtf8(f.readAll()), &error))
                << script.toStdString() << ": " << error.toStdString();
        }
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO sources (url, title) VALUES ('https://rss.arxiv.org/rss/cs.AI', 'arXiv')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 10")));
        db.close();
    }
    QSqlDatabase::removeDatabase(raw);

    const QString name = uniqueConnection();
    const auto opened = Database::open(name, path);
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    EXPECT_GE(opened.toVersion, 11);
    const QList<Source> sources = SourceStore(Database::connection(name)).all();
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(sources.first().title, QStringLiteral("arXiv"));
    EXPECT_EQ(sources.first().kind, SourceKind::Feed); // moving it is the user's choice
    EXPECT_EQ(scalar(Database::connection(name), QStringLiteral("SELECT count(*) FROM article_papers")), 0);
    Database::close(name);
}
