// Precision and recall of story clustering (digest::StoryClusterer) on the
// labelled pairs in tests/fixtures/stories/pairs.jsonl, per threshold, and
// how long clustering a day of N articles takes.
// Usage: bench_stories [ARTICLES]     (default 1000)
#include "../digest/StoryPairs.h"
#include "digest/StoryLinker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<StoryPair> pairs = loadStoryPairs();
    int positives = 0;
    for (const StoryPair &p : pairs)
        positives += p.same ? 1 : 0;
    std::printf("%lld labelled pairs (%d same story, %lld different)\n", qlonglong(pairs.size()), positives,
                qlonglong(pairs.size() - positives));
    std::printf("threshold  precision  recall   (en P/R, ko P/R)\n");
    for (int t = 5; t <= 50; t += 1) {
        const double threshold = t / 100.0;
        const PairScore all = scoreStoryPairs(pairs, threshold);
        const PairScore en = scoreStoryPairs(pairs, threshold, QStringLiteral("en"));
        const PairScore ko = scoreStoryPairs(pairs, threshold, QStringLiteral("ko"));
        std::printf("%s%.2f      %.3f      %.3f    (%.3f/%.3f, %.3f/%.3f)\n",
                    qFuzzyCompare(threshold, digest::StoryClusterer::kThreshold) ? "*" : " ", threshold,
                    all.precision(), all.recall(), en.precision(), en.recall(), ko.precision(), ko.recall());
    }
    const PairScore chosen = scoreStoryPairs(pairs, digest::StoryClusterer::kThreshold);
    std::printf("kThreshold %.2f: precision %.3f (%d/%d), recall %.3f (%d/%d)\n", digest::StoryClusterer::kThreshold,
                chosen.precision(), chosen.truePositives, chosen.truePositives + chosen.falsePositives, chosen.recall(),
                chosen.truePositives, positives);

    // Speed: a day of N articles made of the fixture's texts with a
    // distinguishing number each (so the postings are realistic).
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QList<digest::Shingles> day;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const StoryPair &p = pairs.at(i % pairs.size());
        const digest::StoryText &t = (i / pairs.size()) % 2 ? p.b : p.a;
        day.append(digest::StoryClusterer::shingles(
            {t.title + QStringLiteral(" v%1").arg(i), t.summary + QStringLiteral(" n%1").arg(i)}));
    }
    const qint64 shingleMs = timer.restart();
    const QList<int> clusters = digest::StoryClusterer(day).cluster();
    const qint64 clusterMs = timer.elapsed();
    std::printf("%d articles: shingles %lld ms, clustering %lld ms (%lld clusters)\n", n, shingleMs, clusterMs,
                qlonglong(QSet<int>(clusters.begin(), clusters.end()).size()));

    // The digest build's story step: the day (1/8 of them) against the 7 days before.
    QList<digest::StoryMember> window;
    for (int i = 0; i < n; ++i) {
        const StoryPair &p = pairs.at(i % pairs.size());
        const digest::StoryText &t = (i / pairs.size()) % 2 ? p.b : p.a;
        window.append({i + 1,
                       i + 1,
                       i + 1,
                       QStringLiteral("2026-11-%1").arg(13 + i % 8),
                       {t.title + QStringLiteral(" v%1").arg(i), t.summary}});
    }
    timer.restart();
    const digest::StoryLinks links = digest::StoryLinker::link(QStringLiteral("2026-11-20"), window);
    std::printf("story step, %d articles over 8 days: %lld ms (%lld merged, %lld threads)\n", n, timer.elapsed(),
                qlonglong(links.merged.size()), qlonglong(links.threads.size()));
    return 0;
}
