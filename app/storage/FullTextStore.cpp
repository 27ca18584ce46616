#include "storage/FullTextStore.h"

#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

using namespace sqlvalues;

namespace {

QString stateName(FullText::State state)
{
    return state == FullText::State::Ok ? QStringLiteral("ok") : QStringLiteral("failed");
}

} // namespace

FullTextStore::FullTextStore(QSqlDatabase db) : m_db(std::move(db)) {}

FullText FullTextStore::forArticle(qint64 articleId) const
{
    FullText f;
    f.articleId = articleId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT state, title, byline, excerpt, html, text, word_count, error, attempts,"
        " fetched_at, next_attempt FROM article_fulltext WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return f;
    }
    if (!q.next())
        return f;
    f.state = q.value(0).toString() == QLatin1String("ok") ? FullText::State::Ok
                                                            : FullText::State::Failed;
    f.title = q.value(1).toString();
    f.byline = q.value(2).toString();
    f.excerpt = q.value(3).toString();
    f.html = q.value(4).toString();
    f.text = q.value(5).toString();
    f.wordCount = q.value(6).toInt();
    f.error = q.value(7).toString();
    f.attempts = q.value(8).toInt();
    f.fetchedAt = toDateTime(q.value(9));
    f.nextAttempt = toDateTime(q.value(10));
    return f;
}

QHash<qint64, int> FullTextStore::okWordCounts(const QList<qint64> &articleIds) const
{
    QHash<qint64, int> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT word_count FROM article_fulltext WHERE article_id = ? AND state = 'ok'"));
    for (qint64 id : articleIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return result;
        }
        if (q.next())
            result.insert(id, q.value(0).toInt());
    }
    return result;
}

QHash<qint64, QString> FullTextStore::okTexts(const QList<qint64> &articleIds) const
{
    QHash<qint64, QString> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT text FROM article_fulltext WHERE article_id = ? AND state = 'ok'"));
    for (qint64 id : articleIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return result;
        }
        if (q.next())
            result.insert(id, q.value(0).toString());
    }
    return result;
}

bool FullTextStore::save(const FullText &f)
{
    if (f.state == FullText::State::None) {
        m_lastError = QStringLiteral("a full text without a state (ok or failed) is not stored");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO article_fulltext (article_id, state, title, byline, excerpt,"
        " html, text, word_count, error, attempts, fetched_at, next_attempt)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.articleId);
    q.addBindValue(stateName(f.state));
    q.addBindValue(text(f.title));
    q.addBindValue(text(f.byline));
    q.addBindValue(text(f.excerpt));
    q.addBindValue(text(f.html));
    q.addBindValue(text(f.text));
    q.addBindValue(f.wordCount);
    q.addBindValue(text(f.error));
    q.addBindValue(f.attempts);
    q.addBindValue(fromDateTime(f.fetchedAt));
    q.addBindValue(fromDateTime(f.nextAttempt));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QHash<qint64, FullTextStore::Counts> FullTextStore::countsBySource() const
{
    QHash<qint64, Counts> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.source_id, sum(f.state = 'ok'), sum(f.state = 'failed')"
            " FROM article_fulltext f JOIN article_sources s ON s.article_id = f.article_id"
            " GROUP BY s.source_id"))) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return result;
}

} // namespace storage
