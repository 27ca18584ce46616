#include "storage/Database.h"

#include "storage/SearchTokenizer.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// Migration number → resource path, from :/sql/NNN_name.sql.
QMap<int, QString> migrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.+\\.sql$"));
    QMap<int, QString> result;
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.insert(match.captured(1).toInt(), QStringLiteral(":/sql/") + name);
    }
    return result;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

int userVersion(QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QString checkIntegrity(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems.isEmpty())
        return tr("integrity check returned nothing");
    return problems.join(QLatin1String("; "));
}

// A consistent copy of the database (WAL included) before it is migrated.
bool backup(QSqlDatabase &db, const QString &target, QString *error)
{
    const QString integrity = checkIntegrity(db);
    if (integrity != QLatin1String("ok")) {
        *error = tr("the database is damaged (%1); it was not migrated").arg(integrity);
        return false;
    }
    QFile::remove(target);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = tr("could not copy the database to %1 before migrating: %2")
                     .arg(target, q.lastError().text());
        return false;
    }
    return true;
}

bool applyMigration(QSqlDatabase &db, int number, const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("migration %1 is missing from the application").arg(number);
        return false;
    }
    const QString script = QString::fromUtf8(file.readAll());
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (userVersion(db) >= number) // another connection got there first
        return exec(db, QStringLiteral("COMMIT"), error);
    QString failure;
    if (!SqlScript::run(db, script, &failure)
        || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(number), &failure)
        || !exec(db, QStringLiteral("COMMIT"), &failure)) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        *error = tr("migration to schema %1 failed and was rolled back: %2").arg(number).arg(failure);
        return false;
    }
    return true;
}

} // namespace

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.lastKey();
}

Database::OpenResult Database::open(const QString &connectionName, const QString &path)
{
    OpenResult result;
    if (QSqlDatabase::contains(connectionName))
        close(connectionName);

    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!info.absoluteDir().exists())
        QDir().mkpath(info.absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        result.error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        close(connectionName);
        return result;
    }

    QString error;
    if (!SearchTokenizer::registerOn(SqliteStatement::handle(db), &error)) {
        result.error = tr("Cannot open the database %1: %2").arg(path, error);
        db = QSqlDatabase();
        close(connectionName);
        return result;
    }
    // 16 KiB pages for a new file (a no-op on an existing one): an article
    // row is often 2-4 KiB, and a 4 KiB page holds only one of those, which
    // doubled the file and the bytes every commit and checkpoint write.
    const bool pragmas = exec(db, QStringLiteral("PRAGMA page_size = 16384"), &error)
        && exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &error)
        && exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error)
        && exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error)
        && exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        // Performance only: a 32 MiB page cache and memory-mapped reads of
        // the whole file up to 4 GiB (a day of a 1,000,000-article profile
        // loaded in 4.4 ms instead of 5.6 ms through read(), start 214 ms
        // instead of 300 ms).
        && exec(db, QStringLiteral("PRAGMA cache_size = -32768"), &error)
        && exec(db, QStringLiteral("PRAGMA mmap_size = 4294967296"), &error);
    if (!pragmas) {
        result.error = tr("Cannot open the database %1: %2").arg(path, error);
        db = QSqlDatabase();
        close(connectionName);
        return result;
    }

    const int latest = latestSchemaVersion();
    result.fromVersion = userVersion(db);
    result.toVersion = result.fromVersion;
    if (result.fromVersion > latest) {
        result.error = tr("The database %1 was made by a newer version of Daily Insights "
                          "(schema %2); this version understands up to %3. "
                          "Please update Daily Insights.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(result.fromVersion)
                           .arg(latest);
        db = QSqlDatabase();
        close(connectionName);
        return result;
    }

    if (result.fromVersion < latest) {
        if (existed && result.fromVersion > 0) {
            const QString target = path + QStringLiteral(".bak-v%1").arg(result.fromVersion);
            if (!backup(db, target, &error)) {
                result.error = error;
                db = QSqlDatabase();
                close(connectionName);
                return result;
            }
            result.backupPath = target;
        }
        const auto all = migrations();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            if (it.key() <= result.toVersion)
                continue;
            if (!applyMigration(db, it.key(), it.value(), &error)) {
                result.error = error;
                db = QSqlDatabase();
                close(connectionName);
                return result;
            }
            result.toVersion = it.key();
        }
    }
    result.ok = true;
    return result;
}

QSqlDatabase Database::connection(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString Database::integrityCheck(const QString &connectionName)
{
    QSqlDatabase db = connection(connectionName);
    if (!db.isOpen())
        return tr("the database is not open");
    return checkIntegrity(db);
}

} // namespace storage
