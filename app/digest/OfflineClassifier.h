#pragma once

#include "digest/TermMatcher.h"
#include "digest/Verdict.h"
#include "model/Category.h"

namespace digest {

// The built-in classifier: no network. An AI-relevance gate with its own
// vocabulary decides "about AI?"; then weighted category keywords (title
// counts twice) pick the category, with "other" as the fallback for AI
// articles that match no category.
class OfflineClassifier
{
public:
    explicit OfflineClassifier(const QList<Category> &categories);

    // `assumeAi`: the item is about AI whatever its words (a paper of an AI
    // listing), so only its category is chosen.
    Verdict classify(const FeedItem &item, bool assumeAi = false) const;

    // The gate's score alone (for tests and tuning); >= kAiGateThreshold is AI.
    double aiScore(const FeedItem &item) const;

    static QString otherKey() { return QStringLiteral("other"); }

private:
    struct Entry
    {
        Category category;
        QList<WeightedTerm> terms;
    };
    struct Texts
    {
        QString title;
        QString body;
    };
    struct Score
    {
        double value = 0.0;
        QStringList evidence;
    };

    static Texts prepare(const FeedItem &item);
    static Score scoreTerms(const Texts &texts, const QList<WeightedTerm> &terms, const QString &label);
    static Score gateScore(const Texts &texts);

    QList<Entry> m_entries;
    int m_otherIndex = -1;
};

} // namespace digest
