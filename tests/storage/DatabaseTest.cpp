#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/IngestLookups.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace storage;
using namespace storagetest;

namespace {

QString pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0).toString();
    return {};
}

// A database as version 1 of the app left it: only migration 001 applied.
void makeVersion1(const QString &path)
{
    const QString name = uniqueConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QFile f(QStringLiteral(":/sql/001_initial.sql"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QString error;
        ASSERT_TRUE(SqlScript::run(db, QString::fromUtf8(f.readAll()), &error)) << error.toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO sources (id, url, title) VALUES (1, 'https://a.example/feed', 'A')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO articles (id, url, guid, title, first_seen, day) VALUES"
            " (1, 'https://a.example/1', 'https://a.example/1', 'Old article', 0, '2026-01-02')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO article_sources VALUES (1, 1, 0)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO article_state (article_id, read, starred)"
                                          " VALUES (1, 1, 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(Database, MigratesAnEmptyFileToTheLatestSchemaWithPragmas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/profile.sqlite"));
    const QString name = uniqueConnection();
    const auto r = Database::open(name, path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_GE(Database::latestSchemaVersion(), 2);
    EXPECT_EQ(r.fromVersion, 0);
    EXPECT_EQ(r.toVersion, Database::latestSchemaVersion());
    EXPECT_TRUE(r.backupPath.isEmpty()); // nothing to back up
    QSqlDatabase db = Database::connection(name);
    EXPECT_EQ(pragma(db, QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    EXPECT_EQ(Database::integrityCheck(name), QStringLiteral("ok"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                        " ('articles','article_state','article_sources','stories',"
                                        "'sources','categories','classifications','summaries',"
                                        "'usage','search_index','search_terms','summaries_fts')")),
              12);
    db = QSqlDatabase();
    Database::close(name);

    // Opening again is a no-op.
    const auto again = Database::open(name, path);
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.fromVersion, again.toVersion);
    EXPECT_TRUE(again.backupPath.isEmpty());
    Database::close(name);
}

TEST(Database, MigratesTheVersion1SchemaKeepingDataAndWritingABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    makeVersion1(path);

    const QString name = uniqueConnection();
    const auto r = Database::open(name, path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.fromVersion, 1);
    EXPECT_EQ(r.toVersion, Database::latestSchemaVersion());
    EXPECT_EQ(r.backupPath, path + QStringLiteral(".bak-v1"));
    ASSERT_TRUE(QFileInfo::exists(r.backupPath));

    {
        QSqlDatabase db = Database::connection(name);
        ArticleStore store(db, QTimeZone("Asia/Seoul"));
        const Article a = store.article(1);
        EXPECT_EQ(a.item.title, QStringLiteral("Old article"));
        EXPECT_TRUE(a.read);
        EXPECT_TRUE(a.starred);
        EXPECT_EQ(a.sourceTitles, QStringList{QStringLiteral("A")});
        EXPECT_EQ(a.origin, CategoryOrigin::None); // the new tables work on old rows
        // Schema 4 counts what the older schemas indexed as indexed; schema 6
        // leaves those articles to the SearchIndexBuilder.
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT indexed_up_to FROM search_state")), 1);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT backfill_below FROM search_state")), 1);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM search_index_docsize")), 0);
    }
    Database::close(name);

    // The backup is the untouched version-1 database.
    const QString bname = uniqueConnection();
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), bname);
        backup.setDatabaseName(r.backupPath);
        ASSERT_TRUE(backup.open());
        EXPECT_EQ(pragma(backup, QStringLiteral("user_version")), QStringLiteral("1"));
        EXPECT_EQ(scalar(backup, QStringLiteral("SELECT count(*) FROM articles")), 1);
        EXPECT_EQ(scalar(backup, QStringLiteral(
                      "SELECT count(*) FROM sqlite_master WHERE name = 'summaries'")), 0);
        backup.close();
    }
    QSqlDatabase::removeDatabase(bname);
}

TEST(Database, RefusesADatabaseFromANewerVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    const QString name = uniqueConnection();
    ASSERT_TRUE(Database::open(name, path).ok);
    const int newer = Database::latestSchemaVersion() + 5;
    QSqlQuery(Database::connection(name)).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    Database::close(name);

    const auto r = Database::open(name, path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("was made by a newer version of Daily Insights (schema %1)").arg(newer)))
        << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("this version understands up to %1")
                                     .arg(Database::latestSchemaVersion())));
    EXPECT_FALSE(QSqlDatabase::contains(name));
}

TEST(Database, AFailedMigrationRollsBackAndReportsIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    makeVersion1(path);
    // Sabotage: a table that migration 002 wants to create already exists.
    const QString name = uniqueConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE usage (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const auto r = Database::open(name, path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("rolled back"))) << r.error.toStdString();
    // Nothing of 002 remains: the version and the schema are still 1's.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        EXPECT_EQ(pragma(db, QStringLiteral("user_version")), QStringLiteral("1"));
        EXPECT_EQ(scalar(db, QStringLiteral(
                      "SELECT count(*) FROM sqlite_master WHERE name = 'categories'")), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST(SqlScript, SplitsTriggersCommentsAndQuotedSemicolons)
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
        "/* block; comment */ CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t VALUES ('1');\n  INSERT INTO t VALUES ('2');\nEND;\n"
        "SELECT 1");
    const QStringList statements = SqlScript::split(script);
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements.at(0).contains(QStringLiteral("'x;y'")));
    EXPECT_TRUE(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements.at(1).endsWith(QStringLiteral("END;")));
    EXPECT_EQ(statements.at(2), QStringLiteral("SELECT 1"));
}

TEST(Database, LookupsOnTheIngestAndDayPathsUseIndexes)
{
    QTemporaryDir dir;
    const QString name = uniqueConnection();
    ASSERT_TRUE(Database::open(name, dir.filePath(QStringLiteral("p.sqlite"))).ok);
    {
        QSqlDatabase db = Database::connection(name);
        const auto plan = [&db](const QString &sql) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            QStringList rows;
            while (q.next())
                rows.append(q.value(3).toString());
            return rows.join(QLatin1String(" | "));
        };
        EXPECT_TRUE(plan(QStringLiteral("SELECT id FROM articles WHERE url = 'x'")).contains(QStringLiteral("INDEX articles_url")));
        EXPECT_TRUE(plan(QStringLiteral("SELECT id FROM articles WHERE guid = 'x'")).contains(QStringLiteral("INDEX articles_guid")));
        EXPECT_TRUE(plan(QStringLiteral("SELECT id FROM articles WHERE day = '2026-01-01'")).contains(QStringLiteral("INDEX articles_day")));
        EXPECT_TRUE(plan(QStringLiteral("SELECT id FROM stories WHERE day = 'd' AND title_key = 'k'")).contains(QStringLiteral("INDEX")));
    }
    Database::close(name);
}

// The per-item lookups of ingest, as ingest runs them, on a fresh profile
// and on one whose statistics (ANALYZE, as PRAGMA optimize runs it) show
// one big source of bare GUIDs: the GUID lookup must start from the GUID
// index, never walk every article of the source (quadratic ingest).
TEST(Database, IngestLookupsUseTheirIndexesAlsoForBareGuidsOfABigSource)
{
    QTemporaryDir dir;
    const QString name = uniqueConnection();
    ASSERT_TRUE(Database::open(name, dir.filePath(QStringLiteral("p.sqlite"))).ok);
    {
        QSqlDatabase db = Database::connection(name);
        const auto plan = [&db](const char *sql) {
            // Through the C API, with the statement's parameters as ingest binds them.
            const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql;
            SqliteStatement q(SqliteStatement::handle(db), explain.constData());
            q.bind(1, QStringLiteral("12345"));
            if (QByteArray(sql).contains("?2"))
                q.bind(2, qint64(1));
            QStringList rows;
            while (q.step())
                rows.append(q.columnText(3));
            EXPECT_TRUE(q.ok()) << q.error().toStdString();
            return rows.join(QLatin1String(" | "));
        };
        const auto check = [&plan] {
            const QString byUrl = plan(ingestlookups::kByUrl);
            EXPECT_TRUE(byUrl.contains(QStringLiteral("INDEX articles_url"))) << byUrl.toStdString();
            const QString byGuid = plan(ingestlookups::kByGuid);
            EXPECT_TRUE(byGuid.contains(QStringLiteral("INDEX articles_guid"))) << byGuid.toStdString();
            // The articles with that GUID first, then one (article, source)
            // key each: the primary key, or the source index on both columns
            // (it holds the key), never the source's articles in a scan.
            const QStringList local = plan(ingestlookups::kByLocalGuid).split(QStringLiteral(" | "));
            ASSERT_EQ(local.size(), 2) << local.join(QLatin1Char(';')).toStdString();
            EXPECT_EQ(local.at(0), QStringLiteral("SEARCH a USING INDEX articles_guid (guid=?)"));
            EXPECT_TRUE(local.at(1) == QStringLiteral("SEARCH s USING PRIMARY KEY (article_id=? AND source_id=?)")
                        || local.at(1) == QStringLiteral("SEARCH s USING COVERING INDEX article_sources_source"
                                                         " (source_id=? AND article_id=?)"))
                << local.at(1).toStdString();
        };
        check();

        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO sources (id, url) VALUES (1, 'https://big.example/feed'),"
                                          " (2, 'https://small.example/feed')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
            " INSERT INTO articles (id, url, guid, first_seen, day)"
            " SELECT i, 'https://big.example/' || i, i % 1000, 0, '2026-01-01' FROM n")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO article_sources (article_id, source_id, first_seen)"
                                          " SELECT id, 1 + (id % 50 = 0), 0 FROM articles")));
        ASSERT_TRUE(q.exec(QStringLiteral("ANALYZE")));
        check();
    }
    Database::close(name);
}
