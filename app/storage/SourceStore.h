#pragma once

#include "model/Source.h"

#include <QList>
#include <QSqlDatabase>

namespace storage {

// Subscribed feeds and their fetch state.
class SourceStore
{
public:
    explicit SourceStore(QSqlDatabase db);

    QList<Source> all() const;             // by id, of every edition
    QList<Source> inEdition(qint64 editionId) const; // by id
    Source byId(qint64 id) const;          // id 0 when not found
    Source byUrl(const QString &url) const;
    // Adds a source; a known URL returns the existing id with *existed = true.
    qint64 add(const Source &s, bool *existed = nullptr);
    bool remove(qint64 id);                // its articles stay, with their other sources
    bool update(const Source &s);          // title, group, enabled and fetch state; false on failure
    // The user's reading options; only this writes them, so a refresh that
    // saves its fetch state never undoes a change the user just made.
    bool setReadingOptions(qint64 id, FullTextMode fullText, bool loadImages);
    // Moves a source to another edition; the articles it already brought stay where they are.
    bool setEdition(qint64 id, qint64 editionId);
    // What the source's URL answers with (feed, arXiv listing, daily papers).
    bool setKind(qint64 id, SourceKind kind);
    QString lastError() const { return m_lastError; }

private:
    QList<Source> select(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
