#include "digest/BriefingStories.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace digest {

namespace {

int sourceCountOf(const Article &a)
{
    return std::max<int>(1, int(a.sourceTitles.size()));
}

bool betterArticle(const Article &a, const Article &b)
{
    if (sourceCountOf(a) != sourceCountOf(b))
        return sourceCountOf(a) > sourceCountOf(b);
    const QDateTime ta = articleTime(a), tb = articleTime(b);
    if (ta != tb)
        return ta > tb;
    return a.id < b.id;
}

qint64 lowestId(const BriefingStory &s)
{
    qint64 id = 0;
    for (const Article &a : s.articles)
        id = id == 0 ? a.id : std::min(id, a.id);
    return id;
}

} // namespace

QDateTime articleTime(const Article &article)
{
    return article.item.published.isValid() ? article.item.published : article.firstSeen;
}

QList<QList<int>> storyGroups(const QList<Article> &articles)
{
    QHash<qint64, qsizetype> indexOf;
    QList<QList<int>> groups;
    for (int i = 0; i < articles.size(); ++i) {
        const Article &a = articles.at(i);
        const qint64 key = a.storyId > 0 ? a.storyId : -a.id;
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend() || key == 0) {
            it = indexOf.insert(key, groups.size());
            groups.append(QList<int>());
        }
        groups[*it].append(i);
    }
    return groups;
}

QList<Article> groupByStory(const QList<Article> &articles)
{
    QList<Article> out;
    out.reserve(articles.size());
    for (const QList<int> &group : storyGroups(articles)) {
        for (const int i : group)
            out.append(articles.at(i));
    }
    return out;
}

QList<BriefingStory> rankBriefingStories(const QList<Article> &articles, const QHash<qint64, int> &dayNumbers)
{
    // An article without a story is a story of its own (negative key).
    QHash<qint64, qsizetype> indexOf;
    QList<BriefingStory> stories;
    for (const Article &a : articles) {
        if (!a.isAi || a.origin == CategoryOrigin::None)
            continue;
        const qint64 key = a.storyId > 0 ? a.storyId : -a.id;
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend()) {
            it = indexOf.insert(key, stories.size());
            stories.append(BriefingStory());
        }
        stories[*it].articles.append(a);
    }
    for (BriefingStory &s : stories) {
        std::stable_sort(s.articles.begin(), s.articles.end(), betterArticle);
        QSet<QString> sources;
        int unnamed = 0;
        for (const Article &a : std::as_const(s.articles)) {
            if (a.sourceTitles.isEmpty())
                ++unnamed; // imported history: no source recorded
            for (const QString &t : a.sourceTitles)
                sources.insert(t);
            const QDateTime t = articleTime(a);
            if (t.isValid() && (!s.newest.isValid() || t > s.newest))
                s.newest = t;
        }
        s.sourceCount = std::max(1, int(sources.size()) + unnamed);
        s.dayNumber = std::max(1, dayNumbers.value(s.articles.first().storyId, 1));
    }
    std::stable_sort(stories.begin(), stories.end(), [](const BriefingStory &a, const BriefingStory &b) {
        if (a.sourceCount != b.sourceCount)
            return a.sourceCount > b.sourceCount;
        if (a.newest != b.newest)
            return a.newest > b.newest;
        return lowestId(a) < lowestId(b);
    });
    return stories;
}

} // namespace digest
