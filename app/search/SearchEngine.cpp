// SearchEngine: one page of search_index (schema 6), plus the summaries.
#include "search/SearchEngine.h"

#include "search/MatchExpression.h"
#include "search/Snippet.h"
#include "storage/SearchBackfill.h"
#include "storage/SearchVocabulary.h"
#include "storage/SqliteStatement.h"

#include <QDate>

#include <sqlite3.h>

#include <algorithm>

namespace search {
namespace {

constexpr qint64 kIdMask = 0xFFFFFFFFLL;
constexpr qint64 kEpochJulianDay = 2440588; // QDate's Julian day of 1970-01-01
constexpr int kCandidates = 300;            // newest matches ranked for relevance
constexpr int kSummaries = 5;
constexpr int kCompletions = 48;            // terms a prefix stands for
constexpr double kHalfWeightDays = 180;     // relevance halves at this age

qint64 dayNumber(const QString &day, qint64 fallback)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    return d.isValid() ? d.toJulianDay() - kEpochJulianDay : fallback;
}

// Polls the caller's flag while SQLite works (every ~1000 VM steps).
class CancelGuard
{
public:
    CancelGuard(sqlite3 *db, const std::atomic<bool> *flag) : m_db(db)
    {
        if (flag)
            sqlite3_progress_handler(
                db, 1000,
                [](void *p) { return static_cast<const std::atomic<bool> *>(p)->load() ? 1 : 0; },
                const_cast<std::atomic<bool> *>(flag));
    }
    ~CancelGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    sqlite3 *m_db;
};

// The article-level filters, as SQL on aliases a (articles), c
// (classifications), st (article_state), and their parameters from ?10 on.
struct Filters
{
    QByteArray sql;
    qint64 lowKey = 0;
    qint64 highKey = std::numeric_limits<qint64>::max();

    explicit Filters(const SearchQuery &q)
    {
        lowKey = dayNumber(q.fromDay, 0) << 32;
        highKey = q.toDay.isEmpty() ? std::numeric_limits<qint64>::max()
                                    : ((dayNumber(q.toDay, 0) + 1) << 32) - 1;
        if (q.categoryId > 0)
            sql += " AND coalesce(st.user_category_id, c.category_id, 0) = ?10";
        if (q.sourceId > 0)
            sql += " AND EXISTS (SELECT 1 FROM article_sources x"
                   " WHERE x.article_id = a.id AND x.source_id = ?11)";
        if (q.editionId > 0)
            sql += " AND a.edition_id = ?12";
        if (q.starredOnly)
            sql += " AND st.starred = 1";
        if (q.unreadOnly)
            sql += " AND coalesce(st.read, 0) = 0";
    }
    void bind(storage::SqliteStatement &s, const SearchQuery &q) const
    {
        s.bind(2, lowKey);
        s.bind(3, highKey);
        if (q.categoryId > 0)
            s.bind(10, q.categoryId);
        if (q.sourceId > 0)
            s.bind(11, q.sourceId);
        if (q.editionId > 0)
            s.bind(12, q.editionId);
    }
};

const char kJoins[] = " JOIN articles a ON a.id = (f.rowid & 4294967295)"
                      " LEFT JOIN classifications c ON c.article_id = a.id"
                      " LEFT JOIN article_state st ON st.article_id = a.id";

// The matching keys of one page, in order.
QList<qint64> pageKeys(sqlite3 *db, const SearchQuery &q, const QString &match, bool *more,
                       QString *error)
{
    const Filters filters(q);
    const int want = q.offset + q.limit + 1;
    QByteArray sql;
    if (q.order == SearchQuery::Order::Newest) {
        sql = "SELECT f.rowid FROM search_index f" + QByteArray(kJoins)
            + " WHERE search_index MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3" + filters.sql
            + " ORDER BY f.rowid DESC LIMIT ?4";
    } else {
        // Relevance among the newest matches anywhere and the newest
        // matches in the title, then age: recent and relevant.
        const QByteArray one = "SELECT f.rowid AS key, di_rank(search_index) AS r"
                               " FROM search_index f" + QByteArray(kJoins)
            + " WHERE search_index MATCH %1 AND f.rowid BETWEEN ?2 AND ?3" + filters.sql
            + " ORDER BY f.rowid DESC LIMIT ?5";
        sql = "SELECT key FROM (SELECT * FROM (" + QByteArray(one).replace("%1", "?1")
            + ") UNION SELECT * FROM (" + QByteArray(one).replace("%1", "?6") + "))"
            + " GROUP BY key ORDER BY max(r) / (1.0 + max(0, ?7 - (key >> 32)) / " + QByteArray::number(kHalfWeightDays) + ") DESC,"
              " key DESC LIMIT ?4";
    }
    storage::SqliteStatement s(db, sql.constData());
    s.bind(1, match);
    filters.bind(s, q);
    s.bind(4, qint64(want));
    if (q.order == SearchQuery::Order::Relevance) {
        s.bind(5, qint64(std::max(kCandidates, want)));
        s.bind(6, MatchExpression::inTitle(match));
        s.bind(7, QDate::currentDate().toJulianDay() - kEpochJulianDay);
    }
    QList<qint64> keys;
    while (s.step())
        keys.append(s.columnInt64(0));
    if (!s.ok()) {
        *error = s.error();
        return {};
    }
    *more = keys.size() > q.offset + q.limit;
    return keys.mid(q.offset, q.limit);
}

QList<SearchHit> articleHits(sqlite3 *db, const QList<qint64> &keys, const QStringList &words,
                             QString *error)
{
    storage::SqliteStatement s(
        db, "SELECT a.id, a.day, coalesce(st.user_category_id, c.category_id, 0), a.title,"
            " (SELECT src.title FROM article_sources x JOIN sources src ON src.id = x.source_id"
            "  WHERE x.article_id = a.id ORDER BY x.source_id LIMIT 1),"
            " CASE WHEN a.link <> '' THEN a.link ELSE a.url END, a.summary, a.content,"
            " coalesce(st.starred, 0), coalesce(st.read, 0)"
            " FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
            " LEFT JOIN article_state st ON st.article_id = a.id WHERE a.id = ?1");
    QList<SearchHit> hits;
    for (const qint64 key : keys) {
        s.bind(1, key & kIdMask);
        if (!s.step()) {
            if (!s.ok()) {
                *error = s.error();
                return hits;
            }
            continue; // deleted since
        }
        SearchHit hit;
        hit.articleId = s.columnInt64(0);
        hit.day = s.columnText(1);
        hit.categoryId = s.columnInt64(2);
        hit.title = s.columnText(3);
        hit.source = s.columnText(4);
        hit.url = s.columnText(5);
        hit.snippet = Snippet::make({s.columnText(6), s.columnText(7), hit.title}, words);
        hit.starred = s.columnInt64(8) != 0;
        hit.read = s.columnInt64(9) != 0;
        hits.append(hit);
        s.reset();
    }
    return hits;
}

QList<SearchHit> summaryHits(sqlite3 *db, const SearchQuery &q, const QString &match,
                             const QStringList &words, QString *error)
{
    QByteArray sql = "SELECT s.day, s.category_id, coalesce(cat.name, ''), s.markdown"
                     " FROM summaries_fts JOIN summaries s ON s.id = summaries_fts.rowid"
                     " LEFT JOIN categories cat ON cat.id = s.category_id"
                     " WHERE summaries_fts MATCH ?1";
    if (!q.fromDay.isEmpty())
        sql += " AND s.day >= ?2";
    if (!q.toDay.isEmpty())
        sql += " AND s.day <= ?3";
    if (q.categoryId > 0)
        sql += " AND s.category_id = ?4";
    if (q.editionId > 0)
        sql += " AND cat.edition_id = ?6";
    sql += " ORDER BY summaries_fts.rowid DESC LIMIT ?5";
    storage::SqliteStatement s(db, sql.constData());
    s.bind(1, match);
    if (!q.fromDay.isEmpty())
        s.bind(2, q.fromDay);
    if (!q.toDay.isEmpty())
        s.bind(3, q.toDay);
    if (q.categoryId > 0)
        s.bind(4, q.categoryId);
    if (q.editionId > 0)
        s.bind(6, q.editionId);
    s.bind(5, qint64(kSummaries));
    QList<SearchHit> hits;
    while (s.step()) {
        SearchHit hit;
        hit.isSummary = true;
        hit.day = s.columnText(0);
        hit.categoryId = s.columnInt64(1);
        hit.title = s.columnText(2);
        hit.snippet = Snippet::make({Snippet::plainFromMarkdown(s.columnText(3))}, words);
        hits.append(hit);
    }
    if (!s.ok())
        *error = s.error();
    return hits;
}

} // namespace

SearchEngine::SearchEngine(QSqlDatabase db) : m_db(std::move(db))
{
}

QStringList SearchEngine::words(const QString &text)
{
    return MatchExpression::words(text);
}

SearchResults SearchEngine::run(const SearchQuery &query, const std::atomic<bool> *cancel) const
{
    SearchResults results;
    sqlite3 *db = storage::SqliteStatement::handle(m_db);
    const QStringList words = MatchExpression::words(query.text);
    const QString match = MatchExpression::forWords(words, [db](const QString &word) {
        return storage::SearchVocabulary::completions(db, storage::SearchVocabulary::fold(word),
                                                      kCompletions);
    });
    if (!db || match.isEmpty() || query.limit <= 0)
        return results;
    const CancelGuard guard(db, cancel);
    const auto stopped = [&] {
        results.cancelled = cancel && cancel->load();
        return results.cancelled;
    };

    const bool articleFilters = query.sourceId > 0 || query.starredOnly || query.unreadOnly;
    if (query.withSummaries && query.offset == 0 && !articleFilters)
        results.summaries = summaryHits(db, query, match, words, &results.error);
    if (stopped() || !results.error.isEmpty())
        return results;
    const QList<qint64> keys = pageKeys(db, query, match, &results.more, &results.error);
    if (stopped() || !results.error.isEmpty())
        return results;
    results.articles = articleHits(db, keys, words, &results.error);
    if (stopped())
        return results;
    const auto backfill = storage::SearchBackfill::progress(db);
    results.indexPercent = backfill.ok ? backfill.percent() : 100;
    return results;
}

} // namespace search
