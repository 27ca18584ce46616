#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>
#include <stdexcept>
#include <utility>

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
    // Articles whose text needs fresh pages of the full-text index (a few
    // thousand distinct words each), so that indexing them at commit time
    // must grow the file.
    QList<FeedItem> bulkyItems(int count) const
    {
        QList<FeedItem> items;
        for (int i = 0; i < count; ++i) {
            FeedItem it = item(QStringLiteral("https://bulk.example/%1").arg(i),
                               QStringLiteral("Bulky article %1").arg(i), utc(2026, 3, 10, 1));
            QStringList words;
            for (int w = 0; w < 3000; ++w)
                words << QStringLiteral("w%1x%2").arg(i).arg(w);
            it.content = words.join(QLatin1Char(' '));
            items.append(it);
        }
        return items;
    }
    // A job that makes the disk "full" for the writer's connection: no page
    // may be added to the database from now on.
    static void fillTheDisk(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    static void roomAgain(QSqlDatabase &db)
    {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    }
    qint64 countIn(const QString &sql) const
    {
        const QString reader = uniqueConnection();
        if (!Database::open(reader, m_path).ok)
            return -1;
        const qint64 n = scalar(Database::connection(reader), sql);
        Database::close(reader);
        return n;
    }
    QTemporaryDir m_dir;
    QString m_path;
    QTimeZone m_zone = QTimeZone("Asia/Seoul");
};

} // namespace

TEST_F(Writer, ARolledBackCommitReachesEveryCallbackOfItsBatchAndNobodyCountsItsArticles)
{
    StorageWriter writer(m_path, m_zone);
    startWithSource(writer);
    writer.flush();
    QSignalSpy failed(&writer, &StorageWriter::commitFailed);

    // Everything below lands in one batch behind the gate; the articles are
    // written, then the disk fills, and indexing them at commit time fails.
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); });
    QObject context;
    std::optional<std::pair<IngestStats, CommitStatus>> ingested;
    writer.call<IngestStats>(
        [this](QSqlDatabase &db) {
            return ArticleStore(db, m_zone).ingest(1, bulkyItems(3), utc(2026, 3, 10, 2),
                                                   ArticleStore::Indexing::BeforeCommit);
        },
        &context, [&](IngestStats stats, CommitStatus status) { ingested.emplace(stats, status); });
    std::optional<bool> resultOnly;
    writer.call<bool>([](QSqlDatabase &) { return true; }, &context,
                      [&](bool ok) { resultOnly = ok; });
    writer.post([](QSqlDatabase &db) { fillTheDisk(db); });
    std::optional<std::pair<bool, QString>> drained;
    writer.whenDrained(&context, [&](bool ok, const QString &error) { drained.emplace(ok, error); });
    gate.release();

    ASSERT_TRUE(QTest::qWaitFor([&] { return ingested && resultOnly && drained; }, 20000));
    EXPECT_EQ(ingested->first.inserted, 3); // what the job saw…
    EXPECT_FALSE(ingested->second.ok);      // …was rolled back, and the callback says so
    EXPECT_TRUE(ingested->second.error.contains(QStringLiteral("full"))) << ingested->second.error.toStdString();
    EXPECT_FALSE(*resultOnly);              // never a stale success
    EXPECT_FALSE(drained->first);
    EXPECT_EQ(drained->second, ingested->second.error);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().first().toString(), ingested->second.error);
    EXPECT_EQ(writer.failedCommitCount(), 1);
    EXPECT_EQ(countIn(QStringLiteral("SELECT count(*) FROM articles")), 0);

    // With room again the writer carries on, and the next drain is clean.
    writer.post([](QSqlDatabase &db) { roomAgain(db); });
    ingested.reset();
    drained.reset();
    writer.call<IngestStats>(
        [this](QSqlDatabase &db) {
            return ArticleStore(db, m_zone).ingest(1, bulkyItems(3), utc(2026, 3, 10, 2),
                                                   ArticleStore::Indexing::BeforeCommit);
        },
        &context, [&](IngestStats stats, CommitStatus status) { ingested.emplace(stats, status); });
    writer.whenDrained(&context, [&](bool ok, const QString &error) { drained.emplace(ok, error); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return ingested && drained; }, 20000));
    EXPECT_TRUE(ingested->second.ok) << ingested->second.error.toStdString();
    EXPECT_TRUE(drained->first) << drained->second.toStdString();
    EXPECT_EQ(countIn(QStringLiteral("SELECT count(*) FROM articles")), 3);
    EXPECT_EQ(countIn(QStringLiteral("SELECT count(*) FROM search_index_docsize")), 3);
}

TEST_F(Writer, AWriteThatEndsTheTransactionFailsEveryJobOfTheBatchAndKeepsNoneOfThem)
{
    StorageWriter writer(m_path, m_zone);
    startWithSource(writer);
    writer.flush();
    // SQLite itself rolls the transaction back when the disk fills up in the
    // middle of it; the jobs before and after must not pass for saved.
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); });
    QObject context;
    QList<CommitStatus> statuses;
    const auto addSource = [](const QString &url) {
        return std::function<bool(QSqlDatabase &)>([url](QSqlDatabase &db) {
            Source s;
            s.url = url;
            return SourceStore(db).add(s) > 0;
        });
    };
    const auto record = [&statuses](bool, CommitStatus status) { statuses.append(status); };
    writer.call<bool>(addSource(QStringLiteral("https://before.example/feed")), &context, record);
    writer.post([](QSqlDatabase &db) { fillTheDisk(db); });
    std::optional<IngestStats> ingested;
    writer.call<IngestStats>(
        [this](QSqlDatabase &db) {
            return ArticleStore(db, m_zone).ingest(1, bulkyItems(3), utc(2026, 3, 10, 2),
                                                   ArticleStore::Indexing::BeforeCommit);
        },
        &context, [&](IngestStats stats, CommitStatus status) {
            ingested = stats;
            statuses.append(status);
        });
    writer.call<bool>(addSource(QStringLiteral("https://after.example/feed")), &context, record);
    gate.release();

    ASSERT_TRUE(QTest::qWaitFor([&] { return statuses.size() == 3; }, 20000));
    EXPECT_TRUE(ingested->error.contains(QStringLiteral("full"))) << ingested->error.toStdString();
    for (const CommitStatus &status : std::as_const(statuses)) {
        EXPECT_FALSE(status.ok);
        EXPECT_FALSE(status.error.isEmpty());
    }
    writer.post([](QSqlDatabase &db) { roomAgain(db); });
    writer.flush();
    EXPECT_EQ(countIn(QStringLiteral("SELECT count(*) FROM sources")), 1);
    EXPECT_EQ(countIn(QStringLiteral("SELECT count(*) FROM articles")), 0);
}

TEST_F(Writer, AJobThatThrowsRollsBackItsBatchInsteadOfEndingTheProcess)
{
    StorageWriter writer(m_path, m_zone);
    startWithSource(writer);
    writer.flush();
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); });
    writer.post([](QSqlDatabase &db) {
        Source s;
        s.url = QStringLiteral("https://b.example/feed");
        SourceStore(db).add(s);
    });
    QObject context;
    std::optional<std::pair<int, CommitStatus>> thrown;
    writer.call<int>([](QSqlDatabase &) -> int { throw std::runtime_error("boom in a job"); }, &context,
                     [&](int value, CommitStatus status) { thrown.emplace(value, status); });
    std::optional<std::pair<bool, QString>> drained;
    writer.whenDrained(&context, [&](bool ok, const QString &error) { drained.emplace(ok, error); });
    gate.release();

    ASSERT_TRUE(QTest::qWaitFor([&] { return thrown && drained; }, 20000));
    EXPECT_FALSE(thrown->second.ok);
    EXPECT_TRUE(thrown->second.error.contains(QStringLiteral("boom in a job"))) << thrown->second.error.toStdString();
    EXPECT_FALSE(drained->first);
    // The whole batch went back, the source added beside the throw included.
    EXPECT_EQ(countIn(QStringLiteral("SELECT count(*) FROM sources")), 1);
}

TEST_F(Writer, WhenDrainedReturnsAtOnceWhileTheWriterIsBusyAndContinuesAfterTheCommit)
{
    StorageWriter writer(m_path, m_zone);
    startWithSource(writer);
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); }); // busy, as behind a long refresh
    writer.post([](QSqlDatabase &db) {
        Source s;
        s.url = QStringLiteral("https://c.example/feed");
        SourceStore(db).add(s);
    });
    QObject context;
    std::optional<bool> drained;
    qint64 sourcesWhenDrained = -1;
    writer.whenDrained(&context, [&](bool ok, const QString &) {
        drained = ok;
        sourcesWhenDrained = countIn(QStringLiteral("SELECT count(*) FROM sources"));
    });
    // Reaching this line means the call did not wait for the gated writer
    // (only this thread opens the gate).
    QCoreApplication::processEvents();
    EXPECT_FALSE(drained.has_value());
    gate.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return drained.has_value(); }, 20000));
    EXPECT_TRUE(*drained);
    EXPECT_EQ(sourcesWhenDrained, 2); // a reader sees what was queued before the call
}

TEST_F(Writer, WhenDrainedOnAWriterThatIsNotOpenSaysSo)
{
    StorageWriter writer(m_path, m_zone); // never started
    QObject context;
    std::optional<std::pair<bool, QString>> drained;
    writer.whenDrained(&context, [&](bool ok, const QString &error) { drained.emplace(ok, error); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return drained.has_value(); }, 5000));
    EXPECT_FALSE(drained->first);
    EXPECT_FALSE(drained->second.isEmpty());
}

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
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'neuromorphic'")), 20);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index_docsize")), 20);
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
