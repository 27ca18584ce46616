#pragma once

#include <QSqlDatabase>
#include <QString>

namespace storage {

// Opens (or creates) a profile database: pragmas, then the numbered
// migrations of :/sql/NNN_*.sql. Each thread uses its own connection name.
class Database
{
public:
    struct OpenResult
    {
        bool ok = false;
        QString error;
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // set when an existing database was copied before migrating
    };

    // Runs the migrations; refuses a database made by a newer version.
    static OpenResult open(const QString &connectionName, const QString &path);
    static QSqlDatabase connection(const QString &connectionName);
    static void close(const QString &connectionName);
    static int latestSchemaVersion();
    // "ok", or the problems SQLite reports.
    static QString integrityCheck(const QString &connectionName);
};

} // namespace storage
