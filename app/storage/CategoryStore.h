#pragma once

#include "model/Category.h"

#include <QList>
#include <QSqlDatabase>

namespace storage {

// The digest's categories, ordered by position (0, 1, 2 …).
class CategoryStore
{
public:
    explicit CategoryStore(QSqlDatabase db);

    QList<Category> all() const; // by position
    Category byId(qint64 id) const;
    Category byKey(const QString &key) const;
    Category byName(const QString &name) const; // case-insensitive
    // Fills an empty table (keeps the given positions); does nothing otherwise.
    void seedDefaults(const QList<Category> &defaults);
    // Appends at the end. An empty key is derived from the name; a taken
    // key gets a number. Returns the id, 0 on failure.
    qint64 add(Category c);
    bool update(const Category &c); // everything but the position (see move)
    // Its articles fall back to "other" (or to the last category when
    // "other" itself goes); its summaries go. Refuses the last category.
    bool remove(qint64 id, QString *error);
    bool move(qint64 id, int newPosition);
    QString lastError() const { return m_lastError; }

private:
    QList<Category> select(const QString &where, const QVariant &value) const;
    bool renumber(const QList<qint64> &ordered);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
