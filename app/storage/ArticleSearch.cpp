// ArticleStore: full-text search over articles and section summaries.
#include "storage/ArticleStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storage {

QString ArticleStore::ftsQuery(const QString &userQuery)
{
    // Words are runs of letters, digits and marks, as unicode61 sees them;
    // everything else (quotes, *, :, -, parentheses, NEAR…) is a separator,
    // so no input can form FTS syntax. Each word is a quoted prefix term.
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + QStringLiteral("\"*"));
        word.clear();
    };
    for (const QChar c : userQuery) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QString ArticleStore::snippetToHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped()
        .replace(snippetOpen(), QLatin1String("<b>"))
        .replace(snippetClose(), QLatin1String("</b>"));
}

QList<ArticleStore::SearchHit> ArticleStore::search(const QString &query, int limit) const
{
    m_lastError.clear();
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty() || limit <= 0)
        return hits;
    const QString open = QString(snippetOpen());
    const QString close = QString(snippetClose());

    QSqlQuery summaries(m_db);
    summaries.setForwardOnly(true);
    summaries.prepare(QStringLiteral(
        "SELECT s.day, s.category_id, coalesce(cat.name, ''),"
        " snippet(summaries_fts, 0, ?, ?, '…', 16)"
        " FROM summaries_fts JOIN summaries s ON s.id = summaries_fts.rowid"
        " LEFT JOIN categories cat ON cat.id = s.category_id"
        " WHERE summaries_fts MATCH ? ORDER BY rank LIMIT ?"));
    summaries.addBindValue(open);
    summaries.addBindValue(close);
    summaries.addBindValue(match);
    summaries.addBindValue(limit);
    if (summaries.exec()) {
        while (summaries.next()) {
            SearchHit hit;
            hit.day = summaries.value(0).toString();
            hit.categoryId = summaries.value(1).toLongLong();
            hit.title = summaries.value(2).toString();
            hit.snippet = summaries.value(3).toString();
            hit.isSummary = true;
            hits.append(hit);
        }
    } else {
        m_lastError = summaries.lastError().text();
    }
    if (hits.size() >= limit)
        return hits;

    QSqlQuery articles(m_db);
    articles.setForwardOnly(true);
    articles.prepare(QStringLiteral(
        "SELECT a.id, a.day, coalesce(st.user_category_id, c.category_id, 0), a.title,"
        " snippet(articles_fts, -1, ?, ?, '…', 16)"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " LEFT JOIN classifications c ON c.article_id = a.id"
        " LEFT JOIN article_state st ON st.article_id = a.id"
        " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"));
    articles.addBindValue(open);
    articles.addBindValue(close);
    articles.addBindValue(match);
    articles.addBindValue(limit - int(hits.size()));
    if (articles.exec()) {
        while (articles.next()) {
            SearchHit hit;
            hit.articleId = articles.value(0).toLongLong();
            hit.day = articles.value(1).toString();
            hit.categoryId = articles.value(2).toLongLong();
            hit.title = articles.value(3).toString();
            hit.snippet = articles.value(4).toString();
            hits.append(hit);
        }
    } else {
        m_lastError = articles.lastError().text();
    }
    return hits;
}

} // namespace storage
