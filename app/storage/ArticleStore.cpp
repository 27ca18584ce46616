#include "storage/ArticleStore.h"

#include "storage/Savepoint.h"
#include "storage/SqlValues.h"
#include "storage/StoryKey.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

ArticleStore::ArticleStore(QSqlDatabase db, QTimeZone zone, qint64 edition)
    : m_db(std::move(db)), m_zone(std::move(zone)), m_edition(edition)
{
}

QString ArticleStore::dayFor(const QDateTime &utc) const
{
    return PreparedItems::dayOf(utc, m_zone);
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
    StoryQueries stories(SqliteStatement::handle(m_db));
    for (const Move &m : moves) {
        bool existing = false;
        const qint64 story =
            storyFor(stories, m.day.toUtf8(), StoryKey::of(m.title, m.url).toUtf8(), &existing);
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

} // namespace storage
