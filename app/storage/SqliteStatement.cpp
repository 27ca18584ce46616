#include "storage/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace storage {

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db), m_sql(sql)
{
}

bool SqliteStatement::prepare()
{
    if (m_stmt)
        return true;
    if (!m_db || !m_ok)
        return false;
    if (sqlite3_prepare_v2(m_db, m_sql.constData(), int(m_sql.size()), &m_stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_ok = false; // error() keeps the reason until the connection runs something else
        return false;
    }
    m_text.resize(sqlite3_bind_parameter_count(m_stmt) + 1);
    return true;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_sql(std::move(other.m_sql)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_text(std::move(other.m_text)),
      m_running(other.m_running),
      m_ok(other.m_ok)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_sql = std::move(other.m_sql);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_text = std::move(other.m_text);
        m_running = other.m_running;
        m_ok = other.m_ok;
    }
    return *this;
}

void SqliteStatement::bind(int index, const QString &value)
{
    bindUtf8(index, value.toUtf8());
}

void SqliteStatement::bindUtf8(int index, const QByteArray &value)
{
    if (!prepare() || index <= 0 || index >= m_text.size())
        return;
    reset();
    m_text[index] = value;
    const char *data = value.isNull() ? "" : m_text.at(index).constData(); // '', never NULL
    sqlite3_bind_text(m_stmt, index, data, int(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (!prepare())
        return;
    reset();
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    if (!prepare())
        return;
    reset();
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindTime(int index, const QDateTime &utc)
{
    if (utc.isValid())
        bind(index, utc.toMSecsSinceEpoch());
    else
        bindNull(index);
}

bool SqliteStatement::step()
{
    if (!prepare()) {
        m_ok = false;
        return false;
    }
    m_running = true;
    const int rc = sqlite3_step(m_stmt);
    m_ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool SqliteStatement::exec()
{
    reset();
    while (step()) {
    }
    const bool result = m_ok;
    reset(); // releases the statement's read transaction / locks at once
    return result;
}

void SqliteStatement::reset()
{
    if (m_running && m_stmt) {
        sqlite3_reset(m_stmt);
        m_running = false;
    }
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

bool SqliteStatement::columnIsNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::columnUtf8(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

} // namespace storage
