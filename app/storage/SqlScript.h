#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace storage {

// Splits an SQL script into statements (quotes, comments and
// CREATE TRIGGER … END bodies respected) and runs them.
class SqlScript
{
public:
    static QStringList split(const QString &script);
    // Runs every statement; on failure returns false and sets *error.
    static bool run(QSqlDatabase &db, const QString &script, QString *error);
};

} // namespace storage
