#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace storage;
using namespace storagetest;

namespace {

class Writer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("profile.sqlite"));
    }
    // Starts the writer and queues the source the ingest jobs use (id 1).
    void startWithSource(StorageWriter &writer)
    {
        ASSERT_TRUE(writer.start(nullptr));
        writer.post([](QSqlDatabase &db) {
            Source s;
            s.url = QStringLiteral("https://a.example/feed");
            SourceStore(db).add(s);
        });
    }
    QTemporaryDir m_dir;
    QString m_path;
    QTimeZone m_zone = QTimeZone("Asia/Seoul");
};

} // namespace

TEST_F(Writer, RunsQueuedJobsInOrderInFewTransactionsAndDeliversOnTheCallersThread)
{
    StorageWriter writer(m_path, m_zone);
    QString error;
    ASSERT_TRUE(writer.start(&error)) << error.toStdString();

    // Hold the writer busy so that the jobs below queue up behind it.
    QMutex gate;
    gate.lock();
    writer.post([&gate](QSqlDatabase &) { gate.lock(); gate.unlock(); });

    QThread *writerThread = nullptr;
    writer.post([&writerThread](QSqlDatabase &db) {
        writerThread = QThread::currentThread();
        Source s;
        s.url = QStringLiteral("https://a.example/feed");
        s.title = QStringLiteral("Alpha");
        SourceStore(db).add(s);
    });
    const int batches = 50;
    for (int b = 0; b < batches; ++b) {
        writer.post([this, b](QSqlDatabase &db) {
            QList<FeedItem> items;
            for (int i = 0; i < 10; ++i)
                items.append(item(QStringLiteral("https://x.example/%1/%2").arg(b).arg(i),
                                  QStringLiteral("Batch %1 item %2 about models").arg(b).arg(i),
                                  utc(2026, 3, 10, 1)));
            ArticleStore(db, m_zone).ingest(1, items, utc(2026, 3, 10, 2));
        });
    }
    QObject context;
    IngestStats delivered;
    QThread *deliveredOn = nullptr;
    bool done = false;
    writer.call<IngestStats>(
        [this](QSqlDatabase &db) {
            return ArticleStore(db, m_zone).ingest(
                1, {item(QStringLiteral("https://x.example/last"), QStringLiteral("The last one"), utc(2026, 3, 10, 1))},
                utc(2026, 3, 10, 2));
        },
        &context,
        [&](IngestStats stats) {
            delivered = stats;
            deliveredOn = QThread::currentThread();
            done = true;
        });
    const int commitsBefore = writer.commitCount();
    gate.unlock();
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 5000));

    EXPECT_EQ(delivered.inserted, 1);
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    ASSERT_NE(writerThread, nullptr);
    EXPECT_NE(writerThread, QThread::currentThread());
    // 53 jobs, committed in very few batches (one, unless a batch ran
    // longer than kMaxBatchMs).
    EXPECT_LE(writer.commitCount() - commitsBefore, 3);

    // The result arrives after the commit: another connection sees it.
    const QString reader = uniqueConnection();
    ASSERT_TRUE(Database::open(reader, m_path).ok);
    EXPECT_EQ(ArticleStore(Database::connection(reader), m_zone).articleCount(), batches * 10 + 1);
    Database::close(reader);
}

TEST_F(Writer, FlushWaitsUntilEverythingIsCommitted)
{
    StorageWriter writer(m_path, m_zone);
    startWithSource(writer);
    for (int b = 0; b < 20; ++b) {
        writer.post([this, b](QSqlDatabase &db) {
            ArticleStore(db, m_zone).ingest(
                1, {item(QStringLiteral("https://x.example/%1").arg(b), QStringLiteral("Item number %1 of many").arg(b), utc(2026, 3, 10, 1))},
                utc(2026, 3, 10, 2));
        });
    }
    writer.flush();
    const QString reader = uniqueConnection();
    ASSERT_TRUE(Database::open(reader, m_path).ok);
    EXPECT_EQ(ArticleStore(Database::connection(reader), m_zone).articleCount(), 20);
    Database::close(reader);
}

TEST_F(Writer, IndexesTheTransactionsNewArticlesForSearchBeforeItCommits)
{
    StorageWriter writer(m_path, m_zone);
    startWithSource(writer);
    for (int b = 0; b < 5; ++b) {
        writer.post([this, b](QSqlDatabase &db) {
            QList<FeedItem> items;
            for (int i = 0; i < 4; ++i)
                items.append(item(QStringLiteral("https://x.example/%1/%2").arg(b).arg(i),
                                  QStringLiteral("Neuromorphic chip %1-%2").arg(b).arg(i), utc(2026, 3, 10, 1)));
            ArticleStore(db, m_zone).ingest(1, items, utc(2026, 3, 10, 2),
                                            ArticleStore::Indexing::BeforeCommit);
        });
    }
    writer.flush();

    const QString reader = uniqueConnection();
    ASSERT_TRUE(Database::open(reader, m_path).ok);
    QSqlDatabase db = Database::connection(reader);
    EXPECT_EQ(ArticleStore(db, m_zone).search(QStringLiteral("neuromorphic")).size(), 20);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts_docsize")), 20);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT indexed_up_to FROM search_state")), 20);
    db = QSqlDatabase();
    Database::close(reader);
}

TEST_F(Writer, DestructionRunsWhatIsQueued)
{
    {
        StorageWriter writer(m_path, m_zone);
        ASSERT_TRUE(writer.start(nullptr));
        for (int i = 0; i < 5; ++i) {
            writer.post([i](QSqlDatabase &db) {
                Source s;
                s.url = QStringLiteral("https://s%1.example/feed").arg(i);
                SourceStore(db).add(s);
            });
        }
    }
    const QString reader = uniqueConnection();
    ASSERT_TRUE(Database::open(reader, m_path).ok);
    EXPECT_EQ(SourceStore(Database::connection(reader)).all().size(), 5);
    Database::close(reader);
}

TEST_F(Writer, StartReportsADatabaseItCannotUse)
{
    QTemporaryDir dir;
    const QString name = uniqueConnection();
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    ASSERT_TRUE(Database::open(name, path).ok);
    QSqlQuery(Database::connection(name)).exec(QStringLiteral("PRAGMA user_version = 999"));
    Database::close(name);
    StorageWriter writer(path, m_zone);
    QString error;
    EXPECT_FALSE(writer.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
}
