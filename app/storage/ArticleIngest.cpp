// ArticleStore's write path: ingest of fetched items, imported history, and
// the story a title belongs to. Runs on the sqlite3 C API (SqliteStatement):
// QtSql's binding cost more than SQLite's own work per article.
#include "storage/ArticleStore.h"

#include "storage/IngestLookups.h"
#include "storage/Savepoint.h"
#include "storage/SearchBacklog.h"
#include "storage/StoryKey.h"

namespace storage {

namespace {

using Prepared = PreparedItems::Prepared;

bool contentChanged(const QByteArray &storedHash, const FeedItem &item, const Prepared &prepared)
{
    // A hash stored by an older version is checked the old way, so that an
    // upgrade does not count every known article as changed.
    if (storedHash.size() == PreparedItems::kLegacyHashLength)
        return storedHash != PreparedItems::legacyContentHash(item);
    return storedHash != prepared.hash;
}

// A GUID that names the item worldwide (a URL, URN or tag URI) may merge
// articles across sources; a bare "1234" only within its own source.
bool guidIsGlobal(const QString &guid)
{
    return guid.contains(QLatin1String("://")) || guid.startsWith(QLatin1String("urn:"))
        || guid.startsWith(QLatin1String("tag:"));
}

// The content columns, parameters 1..16 of both kInsert and kUpdate.
constexpr int kContentColumns = 16;

void bindContent(SqliteStatement &q, const FeedItem &item, const Prepared &prepared)
{
    for (int column = 0; column < PreparedItems::TextColumns; ++column)
        q.bindUtf8(column + 1, prepared.text[column]);
    q.bind(13, item.enclosure.length);
    q.bindTime(14, item.published);
    q.bindTime(15, item.updated);
    q.bindUtf8(16, prepared.hash);
}

const char kInsert[] =
    "INSERT INTO articles (guid, url, link, title, summary, summary_html, content, content_html,"
    " author, tags, enclosure_url, enclosure_type, enclosure_length, published, updated,"
    " content_hash, first_seen, day, story_id, edition_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";

const char kUpdate[] =
    "UPDATE articles SET guid = ?1, url = ?2, link = ?3, title = ?4, summary = ?5,"
    " summary_html = ?6, content = ?7, content_html = ?8, author = ?9, tags = ?10,"
    " enclosure_url = ?11, enclosure_type = ?12, enclosure_length = ?13, published = ?14,"
    " updated = ?15, content_hash = ?16, day = ?17 WHERE id = ?18";

// What ingest needs to know of an article it has seen before.
struct Known
{
    qint64 id = 0;
    QByteArray hash;
    bool hasPublished = false;
    qint64 published = 0;
    QString day;
};

// The statements of one ingest batch, each prepared on its first use.
struct IngestStatements
{
    explicit IngestStatements(sqlite3 *db)
        : byUrl(db, ingestlookups::kByUrl),
          byGuid(db, ingestlookups::kByGuid),
          byLocalGuid(db, ingestlookups::kByLocalGuid),
          insert(db, kInsert),
          update(db, kUpdate),
          link(db, "INSERT OR IGNORE INTO article_sources (article_id, source_id, first_seen)"
                   " VALUES (?1, ?2, ?3)")
    {
    }

    // Runs a lookup prepared with its parameters; fills `known` on a hit.
    static bool lookup(SqliteStatement &q, Known *known)
    {
        const bool hit = q.step();
        if (hit) {
            known->id = q.columnInt64(0);
            known->hash = q.columnUtf8(1);
            known->hasPublished = !q.columnIsNull(2);
            known->published = q.columnInt64(2);
            known->day = q.columnText(3);
        }
        q.reset();
        return hit;
    }

    SqliteStatement byUrl, byGuid, byLocalGuid, insert, update, link;
};

} // namespace

ArticleStore::StoryQueries::StoryQueries(sqlite3 *db)
    : insert(db, "INSERT OR IGNORE INTO stories (day, title_key) VALUES (?1, ?2)"),
      select(db, "SELECT id FROM stories WHERE day = ?1 AND title_key = ?2")
{
}

qint64 ArticleStore::storyFor(StoryQueries &queries, const QByteArray &day, const QByteArray &key,
                              bool *existing)
{
    SqliteStatement &insert = queries.insert;
    insert.bindUtf8(1, day);
    insert.bindUtf8(2, key);
    if (!insert.exec())
        return 0;
    if (insert.changes() == 1) {
        *existing = false;
        return insert.lastInsertId();
    }
    SqliteStatement &select = queries.select;
    select.bindUtf8(1, day);
    select.bindUtf8(2, key);
    const qint64 id = select.step() ? select.columnInt64(0) : 0;
    select.reset();
    *existing = id > 0;
    return id;
}

IngestStats ArticleStore::ingest(qint64 sourceId, const QList<FeedItem> &items,
                                 const QDateTime &nowUtc, Indexing indexing)
{
    return ingest(sourceId, PreparedItems(items, m_zone), nowUtc, indexing);
}

IngestStats ArticleStore::ingest(qint64 sourceId, const PreparedItems &items,
                                 const QDateTime &nowUtc, Indexing indexing)
{
    IngestStats stats;
    Savepoint tx(m_db, QStringLiteral("ingest"));
    if (!tx.isActive()) {
        stats.error = tx.error();
        return stats;
    }
    sqlite3 *db = SqliteStatement::handle(m_db);
    IngestStatements q(db);
    StoryQueries stories(db);
    qint64 edition = m_edition;
    {
        SqliteStatement source(db, "SELECT edition_id FROM sources WHERE id = ?1");
        source.bind(1, sourceId);
        if (source.step())
            edition = source.columnInt64(0);
    }
    const auto fail = [&](const SqliteStatement &failed) {
        stats = IngestStats();
        stats.error = failed.error();
        m_lastError = stats.error;
        return stats;
    };
    const bool sameZone = items.zone() == m_zone;
    const auto dayOf = [&](const FeedItem &item, const Prepared &prepared) {
        if (!item.published.isValid())
            return dayFor(nowUtc).toUtf8();
        return sameZone ? prepared.day : dayFor(item.published).toUtf8();
    };

    const qint64 now = nowUtc.toMSecsSinceEpoch();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FeedItem &item = items.item(i);
        const Prepared &prepared = items.prepared(i);
        Known known;
        bool found = false;
        if (!item.url.isEmpty()) {
            q.byUrl.bindUtf8(1, prepared.text[PreparedItems::Url]);
            q.byUrl.bind(2, edition);
            found = IngestStatements::lookup(q.byUrl, &known);
            if (!q.byUrl.ok())
                return fail(q.byUrl);
        }
        if (!found && !item.guid.isEmpty() && item.guid != item.url) {
            SqliteStatement &byGuid = guidIsGlobal(item.guid) ? q.byGuid : q.byLocalGuid;
            byGuid.bindUtf8(1, prepared.text[PreparedItems::Guid]);
            byGuid.bind(2, &byGuid == &q.byLocalGuid ? sourceId : edition);
            found = IngestStatements::lookup(byGuid, &known);
            if (!byGuid.ok())
                return fail(byGuid);
        }

        qint64 articleId = known.id;
        if (found) {
            if (contentChanged(known.hash, item, prepared)) {
                const bool publishedMoved = item.published.isValid()
                    && (!known.hasPublished
                        || known.published != item.published.toMSecsSinceEpoch());
                bindContent(q.update, item, prepared);
                if (publishedMoved)
                    q.update.bindUtf8(kContentColumns + 1, dayOf(item, prepared));
                else
                    q.update.bind(kContentColumns + 1, known.day);
                q.update.bind(kContentColumns + 2, articleId);
                if (!q.update.exec())
                    return fail(q.update);
                ++stats.updated;
            }
        } else {
            const QByteArray day = dayOf(item, prepared);
            bool existingStory = false;
            const qint64 story = storyFor(stories, day, prepared.storyKey, &existingStory);
            bindContent(q.insert, item, prepared);
            q.insert.bind(kContentColumns + 1, now);
            q.insert.bindUtf8(kContentColumns + 2, day);
            if (story > 0)
                q.insert.bind(kContentColumns + 3, story);
            else
                q.insert.bindNull(kContentColumns + 3);
            q.insert.bind(kContentColumns + 4, edition);
            if (!q.insert.exec())
                return fail(q.insert);
            articleId = q.insert.lastInsertId();
            ++stats.inserted;
            if (const QString d = QString::fromUtf8(day); !stats.newDays.contains(d))
                stats.newDays.append(d);
            if (existingStory)
                ++stats.linkedStories;
        }

        q.link.bind(1, articleId);
        q.link.bind(2, sourceId);
        q.link.bind(3, now);
        if (!q.link.exec())
            return fail(q.link);
        if (found && q.link.changes() == 1)
            ++stats.duplicates;
    }
    // Updates matter too: their trigger noted terms for the vocabulary.
    if ((stats.inserted > 0 || stats.updated > 0) && indexing == Indexing::Now && !indexBacklog()) {
        stats = IngestStats();
        stats.error = m_lastError;
        return stats;
    }
    if (!tx.release()) {
        stats = IngestStats();
        stats.error = tx.error();
        m_lastError = stats.error;
    }
    return stats;
}

bool ArticleStore::indexBacklog()
{
    QString error;
    if (SearchBacklog::catchUp(SqliteStatement::handle(m_db), &error))
        return true;
    m_lastError = error;
    return false;
}

qint64 ArticleStore::importArticle(const QString &day, const QString &title, const QString &url,
                                   qint64 categoryId)
{
    Savepoint tx(m_db, QStringLiteral("import_article"));
    sqlite3 *db = SqliteStatement::handle(m_db);
    qint64 id = 0;
    if (!url.isEmpty()) {
        SqliteStatement q(db, "SELECT id FROM articles WHERE url = ?1 AND +edition_id = ?2 LIMIT 1");
        q.bind(1, url);
        q.bind(2, m_edition);
        if (q.step())
            id = q.columnInt64(0);
    }
    if (id == 0) {
        FeedItem item;
        item.title = title;
        item.url = url;
        item.link = url;
        item.guid = url;
        const QDate date = QDate::fromString(day, Qt::ISODate);
        const QDateTime noon = QDateTime(date, QTime(12, 0), m_zone).toUTC();
        bool existing = false;
        StoryQueries stories(db);
        const qint64 story = storyFor(stories, day.toUtf8(),
                                      StoryKey::of(title, url.isEmpty() ? title : url).toUtf8(),
                                      &existing);
        SqliteStatement insert(db, kInsert);
        bindContent(insert, item, PreparedItems({item}, m_zone).prepared(0));
        insert.bind(kContentColumns + 1, noon.toMSecsSinceEpoch());
        insert.bind(kContentColumns + 2, day);
        if (story > 0)
            insert.bind(kContentColumns + 3, story);
        else
            insert.bindNull(kContentColumns + 3);
        insert.bind(kContentColumns + 4, m_edition);
        if (!insert.exec()) {
            m_lastError = insert.error();
            return 0;
        }
        id = insert.lastInsertId();
        if (!indexBacklog())
            return 0;
    }
    SqliteStatement cls(db,
                        "INSERT INTO classifications (article_id, category_id, is_ai, confidence,"
                        " origin, reason, updated_at) VALUES (?1, ?2, 1, 1.0, 'imported', '', ?3)"
                        " ON CONFLICT(article_id) DO NOTHING");
    cls.bind(1, id);
    if (categoryId > 0)
        cls.bind(2, categoryId);
    else
        cls.bindNull(2);
    cls.bind(3, QDateTime::currentMSecsSinceEpoch());
    if (!cls.exec()) {
        m_lastError = cls.error();
        return 0;
    }
    return tx.release() ? id : 0;
}

} // namespace storage
