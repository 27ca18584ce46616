#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace storage {

// The full text of an article, fetched from its page and extracted; kept
// apart from the feed's immutable content.
struct FullText
{
    enum class State { None, Ok, Failed };
    qint64 articleId = 0;
    State state = State::None; // None: never tried
    QString title;
    QString byline;
    QString excerpt;
    QString html;              // sanitised
    QString text;
    int wordCount = 0;
    QString error;             // why the last try failed
    int attempts = 0;
    QDateTime fetchedAt;       // UTC, of the last try
    QDateTime nextAttempt;     // UTC; no retry before (invalid = any time)
};

class FullTextStore
{
public:
    explicit FullTextStore(QSqlDatabase db);

    FullText forArticle(qint64 articleId) const; // state None when never tried
    // Which of these articles have full text (state Ok), with its word count.
    QHash<qint64, int> okWordCounts(const QList<qint64> &articleIds) const;
    // The same with their plain text.
    QHash<qint64, QString> okTexts(const QList<qint64> &articleIds) const;
    bool save(const FullText &fullText); // insert or replace; state None is refused
    // Per source: how many of its articles' pages failed and succeeded.
    struct Counts { int ok = 0; int failed = 0; };
    QHash<qint64, Counts> countsBySource() const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
