#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace storage {

// What story clustering reads of an article.
struct StoryArticle
{
    qint64 articleId = 0;
    qint64 storyId = 0;
    qint64 threadId = 0; // the story's thread (its own id when it starts one)
    QString day;
    QString title;
    QString summary;
};

// An article of an earlier day of a story, as the article pane lists it.
struct ThreadArticle
{
    qint64 articleId = 0;
    QString day;
    QString title;
    QString sources; // the sources that carried it, comma separated
};

// Where a story stands in its thread: day `dayNumber` (1 = the first day)
// and the articles of its earlier days, newest day first.
struct StoryThread
{
    int dayNumber = 1;
    QList<ThreadArticle> earlier;
};

// Stories beyond ingest's exact title key (schema 7): reads for clustering
// and for the window, and the writes that merge stories and link threads.
class StoryStore
{
public:
    explicit StoryStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Articles with day in [firstDay, lastDay], title and summary only.
    QList<StoryArticle> articles(const QString &firstDay, const QString &lastDay) const;

    // The articles of a story (one day), lowest id first.
    QList<ThreadArticle> storyArticles(qint64 storyId) const;
    // The story's thread: its day number and the earlier days' articles.
    StoryThread thread(qint64 storyId) const;
    // Day numbers of a day's stories that continue an earlier day's story
    // (stories on their first day are left out).
    QHash<qint64, int> dayNumbers(const QString &day) const;
    // How many distinct days before `day` the threads have stories on.
    int daysBefore(const QList<qint64> &threadIds, const QString &day) const;

    // Moves the articles of each story in `merged` (key) to its survivor
    // (value), points threads at the survivor and deletes the merged story.
    bool merge(const QHash<qint64, qint64> &merged);
    // Sets each story's thread (key: story id, value: thread id; a story
    // that is its own thread gets NULL).
    bool setThreads(const QHash<qint64, qint64> &threads);

    // Moves every story of each thread in `joined` (key) to the thread it
    // joins (value).
    bool joinThreads(const QHash<qint64, qint64> &joined);

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what, const QString &error) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace storage
