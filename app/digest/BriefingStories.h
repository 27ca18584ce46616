#pragma once

#include "model/Article.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace digest {

// One story of the day: its articles (near-identical titles share a story,
// storage::StoryKey), how many distinct sources carried any of them, and
// when the newest of them appeared.
struct BriefingStory
{
    QList<Article> articles; // best first: most sources, then newest, then id
    int sourceCount = 0;     // distinct sources over all its articles (at least 1)
    QDateTime newest;        // latest published, else first seen (UTC)
    int dayNumber = 1;       // day N of a story that continues earlier days' (StoryLinker)
};

// The day's AI stories (articles classified as AI; unclassified and not-AI
// articles are left out), ranked by how many distinct sources cover them,
// then how new they are, then by the lowest article id (stable).
// `dayNumbers`: story id → its day in its thread, for stories past day 1.
QList<BriefingStory> rankBriefingStories(const QList<Article> &articles, const QHash<qint64, int> &dayNumbers = {});

// The articles with each story's articles next to each other, at the place
// of the story's first article (otherwise in the given order).
QList<Article> groupByStory(const QList<Article> &articles);
// The stories of `articles` as groups of 0-based indexes, in order of their
// first article (an article without a story is a group of its own).
QList<QList<int>> storyGroups(const QList<Article> &articles);

// When an article appeared: published, else first seen.
QDateTime articleTime(const Article &article);

} // namespace digest
