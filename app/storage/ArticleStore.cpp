#include "storage/ArticleStore.h"

#include "storage/Savepoint.h"
#include "storage/SqlValues.h"
#include "storage/StoryKey.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

namespace {

QByteArray contentHash(const FeedItem &item)
{
    QCryptographicHash h(QCryptographicHash::Md5);
    const auto add = [&h](const QString &s) {
        h.addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(item.link);
    add(item.title);
    add(item.summary);
    add(item.summaryHtml);
    add(item.content);
    add(item.contentHtml);
    add(item.author);
    add(joinList(item.tags));
    add(item.enclosure.url);
    add(item.enclosure.type);
    add(QString::number(item.enclosure.length));
    add(QString::number(item.published.isValid() ? item.published.toMSecsSinceEpoch() : -1));
    add(QString::number(item.updated.isValid() ? item.updated.toMSecsSinceEpoch() : -1));
    return h.result().toHex();
}

// A GUID that names the item worldwide (a URL, URN or tag URI) may merge
// articles across sources; a bare "1234" only within its own source.
bool guidIsGlobal(const QString &guid)
{
    return guid.contains(QLatin1String("://")) || guid.startsWith(QLatin1String("urn:"))
        || guid.startsWith(QLatin1String("tag:"));
}

// Binds the content columns in the order of kContentColumns (positional
// binding: Qt's named binding costs a translation on every exec).
void bindContent(QSqlQuery &q, const FeedItem &item, const QByteArray &hash)
{
    q.addBindValue(text(item.guid));
    q.addBindValue(text(item.url));
    q.addBindValue(text(item.link));
    q.addBindValue(text(item.title));
    q.addBindValue(text(item.summary));
    q.addBindValue(text(item.summaryHtml));
    q.addBindValue(text(item.content));
    q.addBindValue(text(item.contentHtml));
    q.addBindValue(text(item.author));
    q.addBindValue(text(joinList(item.tags)));
    q.addBindValue(text(item.enclosure.url));
    q.addBindValue(text(item.enclosure.type));
    q.addBindValue(item.enclosure.length);
    q.addBindValue(fromDateTime(item.published));
    q.addBindValue(fromDateTime(item.updated));
    q.addBindValue(QString::fromLatin1(hash));
}

// Content columns first (bindContent), then the extra ones.
const QString kInsert = QStringLiteral(
    "INSERT INTO articles (guid, url, link, title, summary, summary_html, content, content_html,"
    " author, tags, enclosure_url, enclosure_type, enclosure_length, published, updated,"
    " content_hash, first_seen, day, story_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString kUpdate = QStringLiteral(
    "UPDATE articles SET guid = ?, url = ?, link = ?, title = ?, summary = ?, summary_html = ?,"
    " content = ?, content_html = ?, author = ?, tags = ?, enclosure_url = ?,"
    " enclosure_type = ?, enclosure_length = ?, published = ?, updated = ?, content_hash = ?,"
    " day = ? WHERE id = ?");

} // namespace

ArticleStore::ArticleStore(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db)), m_zone(std::move(zone))
{
}

QString ArticleStore::dayFor(const QDateTime &utc) const
{
    const qint64 ms = utc.toMSecsSinceEpoch();
    const int offset = m_zone.isValid() ? m_zone.offsetFromUtc(utc) : 0;
    return QDateTime::fromMSecsSinceEpoch(ms + qint64(offset) * 1000, Qt::UTC)
        .date()
        .toString(Qt::ISODate);
}

ArticleStore::StoryQueries::StoryQueries(const QSqlDatabase &db) : insert(db), select(db)
{
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO stories (day, title_key) VALUES (?, ?)"));
    select.prepare(QStringLiteral("SELECT id FROM stories WHERE day = ? AND title_key = ?"));
}

qint64 ArticleStore::storyFor(StoryQueries &queries, const QString &day, const QString &title,
                              const QString &url, bool *existing)
{
    const QString key = StoryKey::of(title, url);
    QSqlQuery &insert = queries.insert;
    insert.addBindValue(day);
    insert.addBindValue(key);
    if (!insert.exec())
        return 0;
    if (insert.numRowsAffected() == 1) {
        *existing = false;
        return insert.lastInsertId().toLongLong();
    }
    QSqlQuery &select = queries.select;
    select.addBindValue(day);
    select.addBindValue(key);
    if (!select.exec() || !select.next())
        return 0;
    *existing = true;
    const qint64 id = select.value(0).toLongLong();
    select.finish();
    return id;
}

IngestStats ArticleStore::ingest(qint64 sourceId, const QList<FeedItem> &items,
                                 const QDateTime &nowUtc)
{
    IngestStats stats;
    Savepoint tx(m_db, QStringLiteral("ingest"));
    if (!tx.isActive()) {
        stats.error = tx.error();
        return stats;
    }
    QSqlQuery byUrl(m_db), byGuid(m_db), byLocalGuid(m_db), insert(m_db), update(m_db),
        link(m_db);
    byUrl.prepare(QStringLiteral(
        "SELECT id, content_hash, published, day FROM articles WHERE url = ? LIMIT 1"));
    byGuid.prepare(QStringLiteral(
        "SELECT id, content_hash, published, day FROM articles WHERE guid = ? LIMIT 1"));
    byLocalGuid.prepare(QStringLiteral(
        "SELECT a.id, a.content_hash, a.published, a.day FROM articles a"
        " JOIN article_sources s ON s.article_id = a.id WHERE a.guid = ? AND s.source_id = ?"
        " LIMIT 1"));
    insert.prepare(kInsert);
    update.prepare(kUpdate);
    StoryQueries stories(m_db);
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO article_sources (article_id, source_id,"
                                " first_seen) VALUES (?, ?, ?)"));
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    qint64 firstNew = 0, lastNew = 0; // new rows get consecutive ids

    const auto fail = [&](const QSqlQuery &q) {
        stats = IngestStats();
        stats.error = q.lastError().text();
        m_lastError = stats.error;
        return stats;
    };

    for (const FeedItem &item : items) {
        QSqlQuery *found = nullptr;
        if (!item.url.isEmpty()) {
            byUrl.addBindValue(text(item.url));
            if (!byUrl.exec())
                return fail(byUrl);
            if (byUrl.next())
                found = &byUrl;
        }
        if (!found && !item.guid.isEmpty() && item.guid != item.url) {
            QSqlQuery &q = guidIsGlobal(item.guid) ? byGuid : byLocalGuid;
            q.addBindValue(text(item.guid));
            if (&q == &byLocalGuid)
                q.addBindValue(sourceId);
            if (!q.exec())
                return fail(q);
            if (q.next())
                found = &q;
        }

        const QByteArray hash = contentHash(item);
        qint64 articleId = 0;
        if (found) {
            articleId = found->value(0).toLongLong();
            const bool changed = found->value(1).toString().toLatin1() != hash;
            const QVariant oldPublished = found->value(2);
            QString day = found->value(3).toString();
            found->finish();
            if (changed) {
                if (fromDateTime(item.published) != oldPublished && item.published.isValid())
                    day = dayFor(item.published);
                bindContent(update, item, hash);
                update.addBindValue(day);
                update.addBindValue(articleId);
                if (!update.exec())
                    return fail(update);
                ++stats.updated;
            }
        } else {
            const QString day = dayFor(item.published.isValid() ? item.published : nowUtc);
            bool existingStory = false;
            const qint64 story = storyFor(stories, day, item.title, item.url.isEmpty() ? item.guid : item.url,
                                          &existingStory);
            bindContent(insert, item, hash);
            insert.addBindValue(now);
            insert.addBindValue(day);
            insert.addBindValue(story > 0 ? QVariant(story) : QVariant());
            if (!insert.exec())
                return fail(insert);
            articleId = insert.lastInsertId().toLongLong();
            if (firstNew == 0)
                firstNew = articleId;
            lastNew = articleId;
            ++stats.inserted;
            if (existingStory)
                ++stats.linkedStories;
        }

        link.addBindValue(articleId);
        link.addBindValue(sourceId);
        link.addBindValue(now);
        if (!link.exec())
            return fail(link);
        if (found && link.numRowsAffected() == 1)
            ++stats.duplicates;
    }
    if (firstNew > 0 && !indexRange(firstNew, lastNew)) {
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

bool ArticleStore::indexRange(qint64 firstId, qint64 lastId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO articles_fts (rowid, title, summary, content)"
                             " SELECT id, title, summary, content FROM articles"
                             " WHERE id BETWEEN ? AND ?"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

void ArticleStore::recomputeDays(QTimeZone zone)
{
    m_zone = std::move(zone);
    Savepoint tx(m_db, QStringLiteral("recompute_days"));
    QSqlQuery all(m_db);
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral(
            "SELECT id, published, first_seen, day, title, url, guid FROM articles"))) {
        m_lastError = all.lastError().text();
        return;
    }
    struct Move { qint64 id; QString day; QString title; QString url; };
    QList<Move> moves;
    while (all.next()) {
        const QVariant published = all.value(1);
        const QDateTime when = toDateTime(published.isNull() ? all.value(2) : published);
        const QString day = dayFor(when);
        if (day != all.value(3).toString()) {
            const QString url = all.value(5).toString();
            moves.append({all.value(0).toLongLong(), day, all.value(4).toString(),
                          url.isEmpty() ? all.value(6).toString() : url});
        }
    }
    all.finish();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE articles SET day = ?, story_id = ? WHERE id = ?"));
    StoryQueries stories(m_db);
    for (const Move &m : moves) {
        bool existing = false;
        const qint64 story = storyFor(stories, m.day, m.title, m.url, &existing);
        update.addBindValue(m.day);
        update.addBindValue(story > 0 ? QVariant(story) : QVariant());
        update.addBindValue(m.id);
        if (!update.exec()) {
            m_lastError = update.lastError().text();
            return;
        }
    }
    QSqlQuery cleanup(m_db);
    cleanup.exec(QStringLiteral(
        "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL)"));
    tx.release();
}

qint64 ArticleStore::importArticle(const QString &day, const QString &title, const QString &url,
                                   qint64 categoryId)
{
    Savepoint tx(m_db, QStringLiteral("import_article"));
    qint64 id = 0;
    if (!url.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM articles WHERE url = ? LIMIT 1"));
        q.addBindValue(url);
        if (q.exec() && q.next())
            id = q.value(0).toLongLong();
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
        StoryQueries stories(m_db);
        const qint64 story = storyFor(stories, day, title, url.isEmpty() ? title : url, &existing);
        QSqlQuery insert(m_db);
        insert.prepare(kInsert);
        bindContent(insert, item, contentHash(item));
        insert.addBindValue(noon.toMSecsSinceEpoch());
        insert.addBindValue(day);
        insert.addBindValue(story > 0 ? QVariant(story) : QVariant());
        if (!insert.exec()) {
            m_lastError = insert.lastError().text();
            return 0;
        }
        id = insert.lastInsertId().toLongLong();
        if (!indexRange(id, id))
            return 0;
    }
    QSqlQuery cls(m_db);
    cls.prepare(QStringLiteral(
        "INSERT INTO classifications (article_id, category_id, is_ai, confidence, origin, reason,"
        " updated_at) VALUES (?, ?, 1, 1.0, 'imported', '', ?)"
        " ON CONFLICT(article_id) DO NOTHING"));
    cls.addBindValue(id);
    cls.addBindValue(categoryId > 0 ? QVariant(categoryId) : QVariant());
    cls.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!cls.exec()) {
        m_lastError = cls.lastError().text();
        return 0;
    }
    return tx.release() ? id : 0;
}

} // namespace storage
