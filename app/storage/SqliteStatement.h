#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace storage {

// One prepared statement on the sqlite3 C API, for hot paths where QtSql's
// per-value binding costs more than SQLite's own work (ingest). It is
// prepared on first use, so a statement a batch never needs costs nothing;
// a statement that fails to prepare fails its step() (see error()). Text is
// bound as UTF-8 and kept alive by the statement until the next bind or
// reset. Use it on the connection's thread only; move-only.
class SqliteStatement
{
public:
    // The sqlite3 handle behind a QSQLITE connection (nullptr otherwise).
    static sqlite3 *handle(const QSqlDatabase &db);

    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are numbered from 1, as in SQL "?NNN". A null QString
    // binds as '' (the text columns are NOT NULL).
    void bind(int index, const QString &value);
    void bindUtf8(int index, const QByteArray &value);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // An instant as ms since the epoch (UTC), NULL when invalid.
    void bindTime(int index, const QDateTime &utc);

    // Runs one step: true when a row is available (read it with the
    // column functions), false when the statement is done or failed (see
    // ok()). The statement resets itself before its next first step.
    bool step();
    bool ok() const { return m_ok; }
    // Runs to completion; false on failure.
    bool exec();
    void reset(); // ready to bind and run again; bindings are kept

    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    QByteArray columnUtf8(int column) const;
    QString columnText(int column) const;

    int changes() const;        // rows changed by the last exec
    qint64 lastInsertId() const;
    QString error() const;      // the connection's last error message

private:
    bool prepare(); // false when the SQL does not compile

    sqlite3 *m_db = nullptr;
    QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_text; // UTF-8 of bound text, indexed by parameter
    bool m_running = false;   // stepped since the last reset
    bool m_ok = true;
};

} // namespace storage
