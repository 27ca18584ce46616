#pragma once

#include "digest/StoryLinker.h"
#include "model/Article.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace service {

// The digest build's story step for a day: the day's stories merged across
// sources and linked to the days before (digest::StoryLinker over the day
// and the kLookBackDays before it), read through a reader connection;
// save() writes the result on the writer's connection. Ingest keeps its
// exact-title stories, so this costs nothing per ingested article.
struct DayStories
{
    digest::StoryLinks links;
    QHash<qint64, int> dayNumbers; // stories that continue an earlier day's → their day (2, 3, ...)

    static DayStories link(QSqlDatabase db, const QString &day);
    // Gives each article its story after merging.
    void apply(QList<Article> &articles) const;
    // The writer job: merges and threads (empty string = done).
    static QString save(QSqlDatabase &db, const digest::StoryLinks &links);
};

} // namespace service
