#include "service/StoryStep.h"

#include "storage/StoryStore.h"

#include <QDate>

namespace service {

DayStories DayStories::link(QSqlDatabase db, const QString &day)
{
    DayStories out;
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return out;
    const storage::StoryStore store(db);
    const QString first = date.addDays(-digest::StoryLinker::kLookBackDays).toString(Qt::ISODate);
    QList<digest::StoryMember> window;
    for (const storage::StoryArticle &a : store.articles(first, day))
        window.append({a.articleId, a.storyId, a.threadId, a.day, {a.title, a.summary}});
    out.links = digest::StoryLinker::link(day, window);
    for (auto it = out.links.threads.cbegin(); it != out.links.threads.cend(); ++it) {
        if (it.value() == it.key())
            continue;
        QList<qint64> threads{it.value()};
        for (auto j = out.links.joinedThreads.cbegin(); j != out.links.joinedThreads.cend(); ++j) {
            if (j.value() == it.value())
                threads.append(j.key()); // joins this thread with this build's save
        }
        out.dayNumbers.insert(it.key(), 1 + store.daysBefore(threads, day));
    }
    return out;
}

void DayStories::apply(QList<Article> &articles) const
{
    for (Article &a : articles)
        a.storyId = links.storyOfArticle.value(a.id, a.storyId);
}

QString DayStories::save(QSqlDatabase &db, const digest::StoryLinks &links)
{
    storage::StoryStore store(db);
    if (!store.merge(links.merged) || !store.joinThreads(links.joinedThreads) || !store.setThreads(links.threads))
        return store.lastError();
    return QString();
}

} // namespace service
