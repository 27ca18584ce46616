#pragma once

#include "model/Article.h"

#include <QDateTime>
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
};

// The day's AI stories (articles classified as AI; unclassified and not-AI
// articles are left out), ranked by how many distinct sources cover them,
// then how new they are, then by the lowest article id (stable).
QList<BriefingStory> rankBriefingStories(const QList<Article> &articles);

// When an article appeared: published, else first seen.
QDateTime articleTime(const Article &article);

} // namespace digest
