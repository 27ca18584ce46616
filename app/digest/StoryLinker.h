#pragma once

#include "digest/StoryClusterer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace digest {

// An article as story linking sees it.
struct StoryMember
{
    qint64 articleId = 0;
    qint64 storyId = 0;  // from ingest (exact title key), or an earlier merge
    qint64 threadId = 0; // earlier days only: the thread of its story
    QString day;
    StoryText text;
};

// What linking decided for a day.
struct StoryLinks
{
    QHash<qint64, qint64> merged;         // a story of the day → the story it joins (the lowest id)
    QHash<qint64, qint64> threads;        // each story of the day left → its thread (its own id: a new thread)
    QHash<qint64, qint64> storyOfArticle; // the day's articles → their story after merging
    // Earlier threads that one of the day's stories continues both of: the
    // later thread (key) joins the earlier one (value, the lower id).
    QHash<qint64, qint64> joinedThreads;
};

// Stories across sources and days. The day's articles that tell the same
// event (StoryClusterer, or one story already) become one story; a story
// then joins the thread of the most similar article of the earlier days in
// `window` (days before `day`), else starts its own thread; a story that
// continues two earlier threads joins them into one (the lower id). Document
// frequencies are taken over the whole window.
class StoryLinker
{
public:
    static constexpr int kLookBackDays = 7;

    static StoryLinks link(const QString &day, const QList<StoryMember> &window,
                           double threshold = StoryClusterer::kThreshold);
};

} // namespace digest
