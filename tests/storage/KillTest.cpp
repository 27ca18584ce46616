#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSqlError>

using namespace storage;
using namespace storagetest;

// A refresh killed with SIGKILL loses nothing already committed and leaves
// no half article.
TEST(SigKill, KilledMidIngestLosesNothingCommittedAndLeavesNoHalfArticle)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    const int batchSize = 200;
    QProcess killer;
    killer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    killer.start(QStringLiteral(DI_STORAGE_KILLER), {path, QString::number(batchSize)});
    ASSERT_TRUE(killer.waitForStarted(5000)) << killer.errorString().toStdString();

    int reported = 0;
    QByteArray pending;
    while (reported < 8) {
        ASSERT_EQ(killer.state(), QProcess::Running) << "the helper stopped early";
        ASSERT_TRUE(killer.waitForReadyRead(10000)) << "no progress from the helper";
        pending += killer.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line.startsWith("committed "))
                reported = line.mid(10).toInt();
        }
    }
    killer.kill(); // SIGKILL
    ASSERT_TRUE(killer.waitForFinished(5000));
    EXPECT_EQ(killer.exitStatus(), QProcess::CrashExit);

    const QString name = uniqueConnection();
    const auto opened = Database::open(name, path);
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    QSqlDatabase db = Database::connection(name);
    EXPECT_EQ(Database::integrityCheck(name), QStringLiteral("ok"));

    const qint64 articles = scalar(db, QStringLiteral("SELECT count(*) FROM articles"));
    // Nothing committed is lost, and only whole batches are there.
    EXPECT_GE(articles, qint64(reported) * batchSize);
    EXPECT_EQ(articles % batchSize, 0) << articles << " articles";
    // Every article has its source link, its story and its FTS row.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS"
                                        " (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)")),
              0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE story_id IS NULL"
                                        " OR story_id NOT IN (SELECT id FROM stories)")),
              0);
    // The search index committed with the articles it covers.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index_docsize")), articles);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT indexed_up_to FROM search_state")),
              scalar(db, QStringLiteral("SELECT max(id) FROM articles")));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'killer'")),
              articles);
    QSqlQuery fts(db);
    EXPECT_TRUE(fts.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('integrity-check')")))
        << fts.lastError().text().toStdString();
    // The dedup links of whole batches: every batch but the last is carried
    // by both sources.
    const qint64 batches = articles / batchSize;
    EXPECT_GE(scalar(db, QStringLiteral("SELECT count(*) FROM article_sources")),
              articles + (batches - 1) * batchSize);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), -1); // no rows
    db = QSqlDatabase();
    Database::close(name);
}
