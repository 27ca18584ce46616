#include "storage/StoryStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace storage {

bool StoryStore::fail(const QString &what, const QString &error) const
{
    m_error = QStringLiteral("%1: %2").arg(what, error);
    return false;
}

QList<StoryArticle> StoryStore::articles(const QString &firstDay, const QString &lastDay) const
{
    QList<StoryArticle> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT a.id, COALESCE(a.story_id, 0), COALESCE(s.thread_id, s.id, 0), a.day, a.title, a.summary"
                       " FROM articles a LEFT JOIN stories s ON s.id = a.story_id"
                       " WHERE a.day BETWEEN ? AND ? ORDER BY a.day, a.id"));
    q.addBindValue(firstDay);
    q.addBindValue(lastDay);
    if (!q.exec()) {
        fail(QStringLiteral("reading stories"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

namespace {

const QString kThreadArticleColumns =
    QStringLiteral("SELECT a.id, a.day, a.title,"
                   " (SELECT group_concat(CASE WHEN s.title <> '' THEN s.title ELSE s.url END, ', ')"
                   "  FROM article_sources x JOIN sources s ON s.id = x.source_id WHERE x.article_id = a.id)");

QList<ThreadArticle> readThreadArticles(QSqlQuery &q)
{
    QList<ThreadArticle> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

} // namespace

QList<ThreadArticle> StoryStore::storyArticles(qint64 storyId) const
{
    QSqlQuery q(m_db);
    q.prepare(kThreadArticleColumns + QStringLiteral(" FROM articles a WHERE a.story_id = ? ORDER BY a.id"));
    q.addBindValue(storyId);
    return readThreadArticles(q);
}

StoryThread StoryStore::thread(qint64 storyId) const
{
    StoryThread t;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(thread_id, id), day FROM stories WHERE id = ?"));
    q.addBindValue(storyId);
    if (!q.exec() || !q.next())
        return t;
    const qint64 threadId = q.value(0).toLongLong();
    const QString day = q.value(1).toString();
    t.dayNumber = 1 + daysBefore({threadId}, day);
    if (t.dayNumber == 1)
        return t;
    QSqlQuery a(m_db);
    a.prepare(kThreadArticleColumns + QStringLiteral(" FROM articles a JOIN stories st ON st.id = a.story_id"
                                                     " WHERE (st.thread_id = ? OR st.id = ?) AND st.day < ?"
                                                     " ORDER BY a.day DESC, a.id"));
    a.addBindValue(threadId);
    a.addBindValue(threadId);
    a.addBindValue(day);
    t.earlier = readThreadArticles(a);
    return t;
}

QHash<qint64, int> StoryStore::dayNumbers(const QString &day) const
{
    QHash<qint64, int> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id, (SELECT COUNT(DISTINCT e.day) FROM stories e"
                             "  WHERE (e.thread_id = s.thread_id OR e.id = s.thread_id) AND e.day < s.day)"
                             " FROM stories s WHERE s.day = ? AND s.thread_id IS NOT NULL"));
    q.addBindValue(day);
    if (!q.exec())
        return out;
    while (q.next()) {
        const int before = q.value(1).toInt();
        if (before > 0)
            out.insert(q.value(0).toLongLong(), before + 1);
    }
    return out;
}

int StoryStore::daysBefore(const QList<qint64> &threadIds, const QString &day) const
{
    if (threadIds.isEmpty())
        return 0;
    QStringList marks;
    for (qsizetype i = 0; i < threadIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString list = marks.join(QLatin1Char(','));
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT day) FROM stories WHERE (thread_id IN (%1) OR id IN (%1)) AND day < ?")
            .arg(list));
    for (int round = 0; round < 2; ++round) {
        for (const qint64 id : threadIds)
            q.addBindValue(id);
    }
    q.addBindValue(day);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool StoryStore::merge(const QHash<qint64, qint64> &merged)
{
    QSqlQuery articles(m_db), threads(m_db), drop(m_db);
    articles.prepare(QStringLiteral("UPDATE articles SET story_id = ? WHERE story_id = ?"));
    threads.prepare(QStringLiteral("UPDATE stories SET thread_id = ? WHERE thread_id = ?"));
    drop.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        if (it.key() == it.value())
            continue;
        for (QSqlQuery *q : {&articles, &threads}) {
            q->addBindValue(it.value());
            q->addBindValue(it.key());
            if (!q->exec())
                return fail(QStringLiteral("merging stories"), q->lastError().text());
        }
        drop.addBindValue(it.key());
        if (!drop.exec())
            return fail(QStringLiteral("merging stories"), drop.lastError().text());
    }
    return true;
}

bool StoryStore::joinThreads(const QHash<qint64, qint64> &joined)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE stories SET thread_id = ? WHERE (thread_id = ? OR id = ?) AND id <> ?"));
    for (auto it = joined.cbegin(); it != joined.cend(); ++it) {
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(QStringLiteral("joining story threads"), q.lastError().text());
    }
    return true;
}

bool StoryStore::setThreads(const QHash<qint64, qint64> &threads)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE stories SET thread_id = ? WHERE id = ?"));
    for (auto it = threads.cbegin(); it != threads.cend(); ++it) {
        q.addBindValue(it.value() == it.key() || it.value() <= 0 ? QVariant() : QVariant(it.value()));
        q.addBindValue(it.key());
        if (!q.exec())
            return fail(QStringLiteral("linking stories"), q.lastError().text());
    }
    return true;
}

} // namespace storage
