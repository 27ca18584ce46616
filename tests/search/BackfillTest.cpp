// A profile made before schema 6: its articles join the new index in
// chunks, newest first, while the window stays usable, and a process
// killed midway loses nothing (the next start resumes).
#include "SearchFixture.h"
#include "support/Schema5Profile.h"

#include "service/SearchIndexBuilder.h"
#include "storage/SearchBackfill.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

using namespace searchtest;
using storage::SearchBackfill;

namespace {

void makeVersion5(const QString &path, int count)
{
    testsupport::makeSchema5Database(path, count);
}

sqlite3 *handle(QSqlDatabase db)
{
    return storage::SqliteStatement::handle(db);
}

bool indexIsSound(QSqlDatabase db)
{
    QSqlQuery check(db);
    const bool ok = check.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('integrity-check')"));
    EXPECT_TRUE(ok) << check.lastError().text().toStdString();
    return ok;
}

} // namespace

TEST(Backfill, AMigratedProfileIsIndexedInChunksNewestFirst)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    makeVersion5(path, 250);
    const QString name = uniqueConnection();
    const auto opened = storage::Database::open(name, path);
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    EXPECT_EQ(opened.fromVersion, 5);
    QSqlDatabase db = storage::Database::connection(name);

    search::SearchQuery q;
    q.text = QStringLiteral("robot");
    q.limit = 500;
    auto r = search::SearchEngine(db).run(q);
    EXPECT_TRUE(r.articles.isEmpty());
    EXPECT_EQ(r.indexPercent, 0);

    auto p = SearchBackfill::step(handle(db), 100);
    ASSERT_TRUE(p.ok) << p.error.toStdString();
    EXPECT_EQ(p.done, 100);
    EXPECT_EQ(p.total, 250);
    r = search::SearchEngine(db).run(q);
    EXPECT_EQ(r.articles.size(), 100);
    EXPECT_EQ(r.articles.first().articleId, 250); // the newest first
    EXPECT_EQ(r.articles.last().articleId, 151);
    EXPECT_EQ(r.indexPercent, 40);

    while (!p.complete()) {
        p = SearchBackfill::step(handle(db), 100);
        ASSERT_TRUE(p.ok) << p.error.toStdString();
    }
    r = search::SearchEngine(db).run(q);
    EXPECT_EQ(r.articles.size(), 250);
    EXPECT_EQ(r.indexPercent, 100);
    q.text = QStringLiteral("surgic"); // the vocabulary was built too
    EXPECT_EQ(search::SearchEngine(db).run(q).articles.size(), 250);
    indexIsSound(db);
    EXPECT_TRUE(SearchBackfill::step(handle(db), 100).complete()); // nothing more to do

    // Editing an article indexed by the backfill keeps the index in step.
    QSqlQuery edit(db);
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE articles SET title = 'Humanoid walker' WHERE id = 7")));
    q.text = QStringLiteral("humanoid");
    EXPECT_EQ(search::SearchEngine(db).run(q).articles.size(), 1);
    ASSERT_TRUE(edit.exec(QStringLiteral("DELETE FROM articles WHERE id = 8")));
    q.text = QStringLiteral("robot"); // 7 keeps "robotics" in its summary; 8 is gone
    r = search::SearchEngine(db).run(q);
    EXPECT_EQ(r.articles.size(), 249);
    for (const auto &hit : r.articles)
        EXPECT_NE(hit.articleId, 8);
    indexIsSound(db);
    db = QSqlDatabase();
    storage::Database::close(name);
}

TEST(Backfill, TheBuilderRunsThroughTheWriterBesideNewArticles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    makeVersion5(path, 12000);
    storage::StorageWriter writer(path, QTimeZone("Asia/Seoul"));
    QString error;
    ASSERT_TRUE(writer.start(&error)) << error.toStdString();
    service::SearchIndexBuilder builder(writer);
    QSignalSpy progress(&builder, &service::SearchIndexBuilder::progress);
    QSignalSpy finished(&builder, &service::SearchIndexBuilder::finished);
    QSignalSpy failed(&builder, &service::SearchIndexBuilder::failed);
    builder.start();
    EXPECT_TRUE(builder.isRunning());
    // A refresh stores new articles meanwhile: they are indexed by the writer.
    writer.post([](QSqlDatabase &db) {
        Source s;
        s.url = QStringLiteral("https://b.example/feed");
        const qint64 source = storage::SourceStore(db).add(s);
        FeedItem it;
        it.url = it.link = it.guid = QStringLiteral("https://b.example/new");
        it.title = QStringLiteral("Robot dog learns stairs");
        it.published = QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC);
        storage::ArticleStore(db, QTimeZone("Asia/Seoul"))
            .ingest(source, {it}, it.published, storage::ArticleStore::Indexing::BeforeCommit);
    });
    ASSERT_TRUE(finished.wait(60000) || finished.count() == 1);
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_FALSE(builder.isRunning());
    ASSERT_EQ(progress.count(), (12000 + service::SearchIndexBuilder::kChunk - 1) / service::SearchIndexBuilder::kChunk);
    qint64 last = -1;
    for (const auto &args : progress) { // rising, to the total
        EXPECT_GT(args.at(0).toLongLong(), last);
        last = args.at(0).toLongLong();
    }
    EXPECT_EQ(last, progress.last().at(1).toLongLong());
    writer.flush();

    const QString reader = uniqueConnection();
    ASSERT_TRUE(storage::Database::open(reader, path).ok);
    {
        QSqlDatabase db = storage::Database::connection(reader);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index_docsize")), 12001);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'robot'")), 12001);
        indexIsSound(db);
    }
    storage::Database::close(reader);
}

TEST(Backfill, KilledMidwayItResumesAtTheNextStartAndLosesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    const int count = 4000;
    makeVersion5(path, count);
    const QString name = uniqueConnection();
    ASSERT_TRUE(storage::Database::open(name, path).ok); // migrates; nothing indexed yet
    storage::Database::close(name);

    QProcess killer;
    killer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    killer.start(QStringLiteral(DI_STORAGE_KILLER), {path, QStringLiteral("backfill"), QStringLiteral("1")});
    ASSERT_TRUE(killer.waitForStarted(5000)) << killer.errorString().toStdString();
    int lines = 0;
    QByteArray pending;
    while (lines < 20) {
        ASSERT_EQ(killer.state(), QProcess::Running) << "the helper stopped early";
        ASSERT_TRUE(killer.waitForReadyRead(10000)) << "no progress from the helper";
        pending += killer.readAllStandardOutput();
        lines = int(pending.count('\n'));
        ASSERT_FALSE(pending.contains("complete")) << "finished before it could be killed";
    }
    killer.kill(); // SIGKILL, most likely inside a chunk's transaction
    ASSERT_TRUE(killer.waitForFinished(5000));
    EXPECT_EQ(killer.exitStatus(), QProcess::CrashExit);

    ASSERT_TRUE(storage::Database::open(name, path).ok);
    QSqlDatabase db = storage::Database::connection(name);
    auto p = SearchBackfill::progress(handle(db));
    EXPECT_GE(p.done, 20);
    EXPECT_LT(p.done, count);
    // Exactly the chunks committed are in the index: no half chunk.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index_docsize")), p.done);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'robot'")), p.done);
    indexIsSound(db);
    while (!p.complete()) {
        p = SearchBackfill::step(handle(db), 500);
        ASSERT_TRUE(p.ok) << p.error.toStdString();
    }
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'robot'")), count);
    indexIsSound(db);
    db = QSqlDatabase();
    storage::Database::close(name);
}
