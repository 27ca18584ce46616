#pragma once

#include "model/Category.h"
#include "model/Edition.h"

#include <QList>
#include <QSqlDatabase>

namespace storage {

// An edition's categories, ordered by position (0, 1, 2 …). Keys are
// unique in the whole profile; names within the edition.
class CategoryStore
{
public:
    explicit CategoryStore(QSqlDatabase db, qint64 edition = editions::kNewsId);

    QList<Category> all() const; // by position
    Category byId(qint64 id) const; // of any edition
    Category byKey(const QString &key) const;
    Category byName(const QString &name) const; // case-insensitive
    // Fills an edition without categories (keeps the given positions; a key
    // taken by another edition gets a number); does nothing otherwise.
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
    QString freeKey(const QString &base) const; // base, or base-2, base-3 … unused in the profile

    QSqlDatabase m_db;
    qint64 m_edition;
    mutable QString m_lastError;
};

} // namespace storage
