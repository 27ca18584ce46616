#include "storage/Savepoint.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

Savepoint::Savepoint(QSqlDatabase db, const QString &name)
    : m_db(std::move(db)), m_name(name)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        m_error = q.lastError().text();
}

Savepoint::~Savepoint()
{
    if (m_active)
        rollback();
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        m_error = q.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
    m_active = false;
}

} // namespace storage
