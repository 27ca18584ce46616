#include "digest/StoryLinker.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace digest {

namespace {

struct UnionFind
{
    explicit UnionFind(int n) : parent(std::size_t(n), 0) { std::iota(parent.begin(), parent.end(), 0); }
    int root(int i)
    {
        while (parent[std::size_t(i)] != i) {
            parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
            i = parent[std::size_t(i)];
        }
        return i;
    }
    void join(int a, int b)
    {
        a = root(a);
        b = root(b);
        if (a != b)
            parent[std::size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> parent;
};

} // namespace

StoryLinks StoryLinker::link(const QString &day, const QList<StoryMember> &window, double threshold)
{
    StoryLinks links;
    QList<Shingles> corpus;
    corpus.reserve(window.size());
    for (const StoryMember &m : window)
        corpus.append(StoryClusterer::shingles(m.text));
    const StoryClusterer clusterer(corpus, threshold);
    const int n = int(window.size());
    const auto today = [&](int i) { return window[i].day == day; };
    QList<bool> ofTheDay;
    for (int i = 0; i < n; ++i)
        ofTheDay.append(today(i));
    const QList<StoryClusterer::Pair> pairs =
        clusterer.similarPairs(ofTheDay); // earlier days among themselves: not needed

    UnionFind groups(n);
    QHash<qint64, int> firstOfStory;
    for (int i = 0; i < n; ++i) {
        if (!today(i) || window[i].storyId <= 0)
            continue;
        const auto it = firstOfStory.constFind(window[i].storyId);
        if (it == firstOfStory.cend())
            firstOfStory.insert(window[i].storyId, i);
        else
            groups.join(*it, i);
    }
    for (const StoryClusterer::Pair &p : pairs) {
        if (today(p.first) && today(p.second))
            groups.join(p.first, p.second);
    }

    // The survivor of each group: its lowest story id.
    QHash<int, qint64> survivor;
    for (int i = 0; i < n; ++i) {
        if (!today(i) || window[i].storyId <= 0)
            continue;
        qint64 &s = survivor[groups.root(i)];
        s = s == 0 ? window[i].storyId : std::min(s, window[i].storyId);
    }
    for (int i = 0; i < n; ++i) {
        if (!today(i) || window[i].storyId <= 0)
            continue;
        const qint64 s = survivor.value(groups.root(i));
        links.storyOfArticle.insert(window[i].articleId, s);
        if (s != window[i].storyId)
            links.merged.insert(window[i].storyId, s);
        links.threads.insert(s, s);
    }

    // Each group joins the threads of the earlier articles it matches; two
    // or more such threads become one (the lowest id).
    QHash<int, QList<qint64>> threadsOf; // group → matched earlier threads
    for (const StoryClusterer::Pair &p : pairs) {
        const bool firstToday = today(p.first), secondToday = today(p.second);
        if (firstToday == secondToday)
            continue;
        const int mine = firstToday ? p.first : p.second;
        const int earlier = firstToday ? p.second : p.first;
        if (window[mine].storyId <= 0 || window[earlier].day > day || window[earlier].threadId <= 0)
            continue;
        QList<qint64> &threads = threadsOf[groups.root(mine)];
        if (!threads.contains(window[earlier].threadId))
            threads.append(window[earlier].threadId);
    }
    QHash<qint64, qint64> threadParent;
    const auto threadRoot = [&threadParent](qint64 t) {
        while (threadParent.contains(t))
            t = threadParent.value(t);
        return t;
    };
    for (const QList<qint64> &threads : std::as_const(threadsOf)) {
        qint64 lowest = threadRoot(threads.first());
        for (const qint64 t : threads)
            lowest = std::min(lowest, threadRoot(t));
        for (const qint64 t : threads) {
            const qint64 r = threadRoot(t);
            if (r != lowest)
                threadParent.insert(r, lowest);
        }
    }
    for (auto it = threadsOf.cbegin(); it != threadsOf.cend(); ++it)
        links.threads.insert(survivor.value(it.key()), threadRoot(it.value().first()));
    for (auto it = threadParent.cbegin(); it != threadParent.cend(); ++it)
        links.joinedThreads.insert(it.key(), threadRoot(it.key()));
    return links;
}

} // namespace digest
