#pragma once

// The labelled story pairs (tests/fixtures/stories/pairs.jsonl) and how the
// clusterer does on them: shared by StoryClustererTest and bench_stories.
#include "digest/StoryClusterer.h"
#include "support/TestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

struct StoryPair
{
    QString lang;
    bool same = false;
    digest::StoryText a;
    digest::StoryText b;
};

inline QList<StoryPair> loadStoryPairs()
{
    QList<StoryPair> out;
    const QByteArray all = testpaths::readAll(testpaths::fixture(QStringLiteral("stories/pairs.jsonl")));
    for (const QByteArray &line : all.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const auto text = [](const QJsonObject &t) {
            return digest::StoryText{t.value(QLatin1String("title")).toString(),
                                     t.value(QLatin1String("summary")).toString()};
        };
        out.append({o.value(QLatin1String("lang")).toString(), o.value(QLatin1String("same")).toBool(),
                    text(o.value(QLatin1String("a")).toObject()), text(o.value(QLatin1String("b")).toObject())});
    }
    return out;
}

struct PairScore
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int trueNegatives = 0;
    double precision() const
    {
        return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const
    {
        return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / (truePositives + falseNegatives);
    }
};

// Every distinct text of the pairs is one "day" for the document
// frequencies, as a day's articles are in the app. `lang` empty = all.
inline PairScore scoreStoryPairs(const QList<StoryPair> &pairs, double threshold, const QString &lang = {})
{
    QHash<QString, digest::Shingles> byTitle;
    for (const StoryPair &p : pairs) {
        byTitle.insert(p.a.title, digest::StoryClusterer::shingles(p.a));
        byTitle.insert(p.b.title, digest::StoryClusterer::shingles(p.b));
    }
    const digest::StoryClusterer clusterer(byTitle.values(), threshold);
    PairScore s;
    for (const StoryPair &p : pairs) {
        if (!lang.isEmpty() && p.lang != lang)
            continue;
        const bool said = clusterer.sameStory(byTitle.value(p.a.title), byTitle.value(p.b.title));
        if (said && p.same)
            ++s.truePositives;
        else if (said)
            ++s.falsePositives;
        else if (p.same)
            ++s.falseNegatives;
        else
            ++s.trueNegatives;
    }
    return s;
}
