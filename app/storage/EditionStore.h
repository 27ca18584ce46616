#pragma once

#include "model/Edition.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace storage {

// The profile's editions (schema 10), ordered by position. News (id 1) is
// every profile's first edition and cannot be removed.
class EditionStore
{
public:
    explicit EditionStore(QSqlDatabase db);

    QList<Edition> all() const;            // by position
    Edition byId(qint64 id) const;         // id 0 when not found
    Edition byKey(const QString &key) const;
    // Adds an edition at the end. An empty key is derived from the name
    // (a taken key gets a number), an empty file prefix is the key, an empty
    // title line is "Daily Artificial Intelligence Insights : <name>". Its
    // categories are its style's defaults. Returns the id, 0 on failure.
    qint64 add(Edition edition);
    // Name, title line, file prefix, language, style and top N.
    bool update(const Edition &edition);
    // The edition and everything that belongs to it: sources, categories,
    // articles, summaries and briefings. Refuses News and the last edition.
    bool remove(qint64 id, QString *error);
    // Seeds the categories of every edition that has none (the style's
    // defaults, with keys unique in the profile).
    void seedCategories();
    QString lastError() const { return m_lastError; }

    // What an edition's file names may use: ASCII letters, digits, '-' and
    // '_', at most 40 characters; anything else is dropped ("" when nothing
    // is left).
    static QString safeFilePrefix(const QString &prefix);

private:
    QList<Edition> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
