#pragma once

#include "model/Article.h"
#include "model/Edition.h"
#include "storage/PreparedItems.h"
#include "storage/SqliteStatement.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace storage {

struct IngestStats
{
    int inserted = 0;
    int updated = 0;       // known article whose content changed
    int duplicates = 0;    // same URL/GUID already known → linked to this source
    int linkedStories = 0; // new article that joined another article's story
    QStringList newDays;   // the days of the inserted articles, each once
    QString error;         // set when the batch was rolled back
};

// Articles, their sources, stories, classification and user state.
// Every method runs on the connection it was given (use it on that
// connection's thread); cheap to construct. Days are those of one edition
// (`edition`); ingest writes into the edition of the source.
class ArticleStore
{
public:
    ArticleStore(QSqlDatabase db, QTimeZone zone, qint64 edition = editions::kNewsId);

    // One transaction (a savepoint when already inside one). Dedup by
    // canonical URL or GUID across sources; near-identical titles on the
    // same day share a story; day = local date of published, else of first
    // sight. A re-fetch updates content but never user state.
    // New articles join the full-text index with the batch (Now), or are
    // left in the SearchBacklog for the StorageWriter, which indexes the
    // whole transaction's articles at once before it commits (BeforeCommit:
    // only inside a writer job).
    enum class Indexing { Now, BeforeCommit };
    IngestStats ingest(qint64 sourceId, const QList<FeedItem> &items, const QDateTime &nowUtc,
                       Indexing indexing = Indexing::Now);
    // The same with the database-free work already done (on any thread):
    // the writer thread then only writes. Items prepared for another time
    // zone get their days recomputed.
    IngestStats ingest(qint64 sourceId, const PreparedItems &items, const QDateTime &nowUtc,
                       Indexing indexing = Indexing::Now);

    // Ordered by published (else first seen) descending. Fills every field
    // except the HTML ones (item.summaryHtml / item.contentHtml): use
    // article(id) for those.
    QList<Article> articlesForDay(const QString &day) const;
    Article article(qint64 id) const; // id 0 when not found
    QStringList days() const;         // newest first
    // Inclusive; an empty bound is open.
    QList<QPair<QString, int>> dayCounts(const QString &fromDay, const QString &toDay) const;
    QList<qint64> unclassified(const QString &day) const; // origin None
    int articleCount() const;

    // A machine verdict. Never overrides the user's own category, which is
    // kept apart and wins. origin User behaves as setUserCategory; origin
    // None clears the machine verdict.
    void setClassification(qint64 articleId, qint64 categoryId, bool isAi, double confidence,
                           CategoryOrigin origin, const QString &reason);
    // categoryId 0 clears the user's choice.
    void setUserCategory(qint64 articleId, qint64 categoryId, bool isAi = true);
    // False (reason in lastError()) when the write failed.
    bool setRead(qint64 articleId, bool read);
    bool setStarred(qint64 articleId, bool starred);
    // Every article of the day read (one statement).
    bool markDayRead(const QString &day);
    // Starred articles of every day, newest first, without HTML.
    QList<Article> starredArticles(int limit = 5000) const;
    int starredCount() const;
    // Whether any source that carried the article has "load images" on.
    bool loadsImages(qint64 articleId) const;

    // Recomputes every article's day (and story) for a new time zone.
    void recomputeDays(QTimeZone zone);
    // An article of imported history (origin Imported); an already known
    // URL returns the existing article. Returns the id, 0 on failure.
    qint64 importArticle(const QString &day, const QString &title, const QString &url,
                         qint64 categoryId);

    // The day of an instant in this store's time zone.
    QString dayFor(const QDateTime &utc) const;
    QString lastError() const { return m_lastError; }

private:
    bool indexBacklog(); // SearchBacklog::catchUp, failure in m_lastError
    struct StoryQueries
    {
        explicit StoryQueries(sqlite3 *db);
        SqliteStatement insert, select;
    };
    // The story of a StoryKey (UTF-8) on a day, created when new
    // (*existing false); 0 on failure.
    static qint64 storyFor(StoryQueries &queries, const QByteArray &day, const QByteArray &key,
                           bool *existing);

    QSqlDatabase m_db;
    QTimeZone m_zone;
    qint64 m_edition;
    mutable QString m_lastError;
};

} // namespace storage
