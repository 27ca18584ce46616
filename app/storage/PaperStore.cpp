#include "storage/PaperStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace storage {

namespace {

// SQLite binds at most 32766 parameters; a day of papers is hundreds.
constexpr qsizetype kChunk = 500;

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

// Runs `sql` (with %1 standing for the IN list) over `values` in chunks,
// calling `row` for each result row. False (error in *error) on failure.
template <typename T>
bool forChunks(const QSqlDatabase &db, const QString &sql, const QList<T> &values,
               const std::function<void(const QSqlQuery &)> &row, QString *error)
{
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, values.size() - from);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql.arg(placeholders(n)));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(values.at(from + i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            row(q);
    }
    return true;
}

PaperRecord recordFrom(const QSqlQuery &q)
{
    PaperRecord r;
    r.articleId = q.value(0).toLongLong();
    r.arxivId = q.value(1).toString();
    r.version = q.value(2).toInt();
    r.upvotes = q.value(3).toInt();
    r.announceType = q.value(4).toString();
    r.abstractMissing = q.value(5).toBool();
    return r;
}

const char kColumns[] = "article_id, arxiv_id, version, upvotes, announce_type, abstract_missing";

} // namespace

PaperStore::PaperStore(QSqlDatabase db) : m_db(std::move(db)) {}

bool PaperStore::upsert(const PaperRecord &record)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO article_papers (article_id, arxiv_id, version, upvotes, announce_type, abstract_missing)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(article_id) DO UPDATE SET"
        "  arxiv_id = excluded.arxiv_id,"
        "  announce_type = CASE WHEN excluded.version > version OR announce_type = ''"
        "                       THEN excluded.announce_type ELSE announce_type END,"
        "  abstract_missing = CASE WHEN excluded.version > version THEN excluded.abstract_missing"
        "                          ELSE min(abstract_missing, excluded.abstract_missing) END,"
        "  version = max(version, excluded.version),"
        "  upvotes = max(upvotes, excluded.upvotes)"));
    q.addBindValue(record.articleId);
    q.addBindValue(record.arxivId);
    q.addBindValue(std::max(0, record.version));
    q.addBindValue(std::max(-1, record.upvotes));
    q.addBindValue(record.announceType.isNull() ? QStringLiteral("") : record.announceType);
    q.addBindValue(record.abstractMissing ? 1 : 0);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QHash<QString, PaperRecord> PaperStore::byArxivId(const QStringList &arxivIds, qint64 edition) const
{
    m_lastError.clear();
    QHash<QString, PaperRecord> result;
    forChunks<QString>(
        m_db,
        QStringLiteral("SELECT %1 FROM article_papers WHERE arxiv_id IN (%2)"
                       " AND article_id IN (SELECT id FROM articles WHERE edition_id = %3)")
            .arg(QLatin1String(kColumns), QStringLiteral("%1"), QString::number(edition)),
        arxivIds,
        [&result](const QSqlQuery &q) {
            const PaperRecord r = recordFrom(q);
            const auto known = result.constFind(r.arxivId);
            if (known == result.cend() || known->version < r.version)
                result.insert(r.arxivId, r);
        },
        &m_lastError);
    return result;
}

PaperRecord PaperStore::record(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM article_papers WHERE article_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(articleId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return {};
    }
    return q.next() ? recordFrom(q) : PaperRecord();
}

QHash<qint64, int> PaperStore::listingsFor(const QList<qint64> &articleIds) const
{
    m_lastError.clear();
    QHash<qint64, int> result;
    forChunks<qint64>(
        m_db,
        QStringLiteral("SELECT a.article_id, count(DISTINCT a.source_id) FROM article_sources a"
                       " JOIN sources s ON s.id = a.source_id"
                       " WHERE s.kind = 'arxiv' AND a.article_id IN (%1) GROUP BY a.article_id"),
        articleIds, [&result](const QSqlQuery &q) { result.insert(q.value(0).toLongLong(), q.value(1).toInt()); },
        &m_lastError);
    return result;
}

QHash<qint64, PaperFacts> PaperStore::paperFacts(const QList<qint64> &articleIds) const
{
    m_lastError.clear();
    QHash<qint64, PaperFacts> result;
    forChunks<qint64>(
        m_db,
        QStringLiteral("SELECT %1 FROM article_papers WHERE article_id IN (%2)")
            .arg(QLatin1String(kColumns), QStringLiteral("%1")),
        articleIds,
        [&result](const QSqlQuery &q) {
            const PaperRecord r = recordFrom(q);
            PaperFacts facts;
            facts.arxivId = r.arxivId;
            facts.version = r.version;
            facts.upvotes = r.upvotes;
            facts.abstractMissing = r.abstractMissing;
            result.insert(r.articleId, facts);
        },
        &m_lastError);
    const QHash<qint64, int> listings = listingsFor(result.keys());
    for (auto it = result.begin(); it != result.end(); ++it)
        it->listings = listings.value(it.key());
    return result;
}

bool PaperStore::linkSource(qint64 articleId, qint64 sourceId, const QDateTime &nowUtc, bool *added)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO article_sources (article_id, source_id, first_seen) VALUES (?, ?, ?)"));
    q.addBindValue(articleId);
    q.addBindValue(sourceId);
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    if (q.exec()) {
        if (added)
            *added = q.numRowsAffected() > 0;
        return true;
    }
    m_lastError = q.lastError().text();
    return false;
}

qint64 PaperStore::articleOfSource(qint64 sourceId, const QString &url) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.id FROM articles a CROSS JOIN article_sources s ON s.article_id = a.id"
                             " WHERE a.url = ? AND s.source_id = ? LIMIT 1"));
    q.addBindValue(url);
    q.addBindValue(sourceId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace storage
