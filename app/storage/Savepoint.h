#pragma once

#include <QSqlDatabase>
#include <QString>

namespace storage {

// A savepoint: a transaction of its own when none is open, a nested one
// inside the writer's batch transaction. Rolls back unless released.
class Savepoint
{
public:
    Savepoint(QSqlDatabase db, const QString &name);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool release();  // commits this step
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};

} // namespace storage
