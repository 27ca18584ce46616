#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace storage {

// The part of ingesting feed items that needs no database: their text as
// UTF-8, content hashes, story keys and the days of dated items. Build it
// on any thread (the refresh pipeline does, next to the parser) so that
// the writer thread only writes; ArticleStore::ingest takes it. Immutable
// and cheap to copy (implicitly shared lists).
class PreparedItems
{
public:
    // The text columns, in the order of the articles table.
    enum TextColumn {
        Guid, Url, Link, Title, Summary, SummaryHtml, Content, ContentHtml, Author, Tags,
        EnclosureUrl, EnclosureType, TextColumns
    };

    struct Prepared
    {
        std::array<QByteArray, TextColumns> text; // UTF-8
        QByteArray hash;                          // 40 hex digits, see contentHash()
        QByteArray storyKey;                      // StoryKey of the title, UTF-8
        QByteArray day;                           // of `published` in the zone; empty if undated
    };

    PreparedItems() = default;
    PreparedItems(const QList<FeedItem> &items, const QTimeZone &zone);

    qsizetype size() const { return m_items.size(); }
    const FeedItem &item(qsizetype i) const { return m_items.at(i); }
    const Prepared &prepared(qsizetype i) const { return m_prepared.at(i); }
    const QTimeZone &zone() const { return m_zone; }

    // BLAKE2b-160 (hex) over every content field but the identity (guid,
    // url), for noticing that a known article changed.
    static QByteArray contentHash(const FeedItem &item, const std::array<QByteArray, TextColumns> &text);
    // The MD5-over-UTF-16 hash older versions stored (32 hex digits).
    static QByteArray legacyContentHash(const FeedItem &item);
    static constexpr qsizetype kLegacyHashLength = 32;

    // The calendar day (YYYY-MM-DD) of an instant in a time zone.
    static QString dayOf(const QDateTime &utc, const QTimeZone &zone);

private:
    QList<FeedItem> m_items;
    QList<Prepared> m_prepared;
    QTimeZone m_zone;
};

} // namespace storage
