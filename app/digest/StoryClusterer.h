#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace digest {

// What the clusterer reads of an article: its title and summary.
struct StoryText
{
    QString title;
    QString summary;
};

// The shingles of a text with their weights: title shingles weigh
// kTitleWeight, summary shingles 1 (a shingle in both keeps the larger).
using Shingles = QHash<QString, double>;

// Near-duplicate detection for stories: the same event told by different
// outlets in their own words. A text becomes shingles (English and other
// Latin-script text: lower-cased words without stop words, a plural "s"
// dropped; a word with Hangul, kana or Han characters: its character
// bigrams, so that 오픈AI가 and 오픈AI는 share 오픈, 픈a and ai). Two texts
// are compared by weighted Jaccard, each shingle weighted by its inverse
// document frequency over the texts given to the clusterer (a word every
// article of the day shares says little). Texts at or above `threshold`
// are the same story; clusters are the connected components (union-find),
// so one story is a chain of such pairs.
class StoryClusterer
{
public:
    // Chosen on tests/fixtures/stories/pairs.jsonl (bench_stories prints
    // precision and recall per threshold).
    static constexpr double kThreshold = 0.13;
    static constexpr double kTitleWeight = 2.0;

    static Shingles shingles(const StoryText &text);

    // `corpus`: every text of the day (and any earlier stories compared
    // with it); the document frequencies come from it.
    explicit StoryClusterer(const QList<Shingles> &corpus, double threshold = kThreshold);

    double similarity(const Shingles &a, const Shingles &b) const;
    bool sameStory(const Shingles &a, const Shingles &b) const { return similarity(a, b) >= m_threshold; }

    struct Pair
    {
        int first = 0; // corpus indexes, first < second
        int second = 0;
        double similarity = 0.0;
    };
    // Every pair of corpus texts at or above the threshold (only texts that
    // share a shingle are compared). With `involving` (one flag per corpus
    // text), only pairs with at least one flagged text.
    QList<Pair> similarPairs(const QList<bool> &involving = {}) const;
    // The cluster of each corpus text: the index of its cluster's first text.
    QList<int> cluster() const;

    double threshold() const { return m_threshold; }
    const QList<Shingles> &corpus() const { return m_corpus; }

private:
    double idf(const QString &shingle) const;

    QList<Shingles> m_corpus;
    QHash<QString, int> m_documentFrequency;
    double m_threshold;
};

} // namespace digest
