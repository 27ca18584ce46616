#include "digest/PaperSelection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using digest::PaperCandidate;
using digest::selectPapers;

namespace {

PaperCandidate candidate(qint64 id, int upvotes, int listings, double confidence)
{
    PaperCandidate c;
    c.articleId = id;
    c.upvotes = upvotes;
    c.listings = listings;
    c.confidence = confidence;
    return c;
}

} // namespace

TEST(PaperSelection, RanksByUpvotesThenListingsThenConfidence)
{
    const QList<PaperCandidate> day = {
        candidate(1, -1, 3, 0.99), // unknown upvotes come after every known count, however cross-listed
        candidate(2, 5, 1, 0.10),
        candidate(3, 40, 1, 0.10),
        candidate(4, 5, 2, 0.10),  // upvote tie: more listings first
        candidate(5, 5, 2, 0.80),  // listings tie too: higher confidence first
        candidate(6, -1, 1, 0.95),
        candidate(7, -1, 1, 0.50),
        candidate(8, 0, 1, 0.00),  // zero upvotes is known
    };
    const digest::PaperSelection s = selectPapers(day, 0);
    EXPECT_EQ(s.articleIds, (QList<qint64>{3, 5, 4, 2, 8, 1, 6, 7}));
    EXPECT_EQ(s.leftOutTotal, 0);
    EXPECT_TRUE(s.leftOut.isEmpty());
}

TEST(PaperSelection, CapsAtTopNAndSaysHowManyWereLeftOutAndWhy)
{
    QList<PaperCandidate> day;
    for (int i = 1; i <= 45; ++i)
        day.append(candidate(i, i, 1, 0.5)); // more upvotes for higher ids
    const digest::PaperSelection s = selectPapers(day, 30);
    ASSERT_EQ(s.articleIds.size(), 30);
    EXPECT_EQ(s.articleIds.first(), 45);
    EXPECT_EQ(s.articleIds.last(), 16);
    EXPECT_EQ(s.leftOutTotal, 15);
    ASSERT_EQ(s.leftOut.size(), 1);
    EXPECT_EQ(s.leftOut.first().count, 15);
    EXPECT_EQ(s.leftOut.first().reason, QStringLiteral("below the top 30"));

    // A cap above the day's count leaves nothing out.
    const digest::PaperSelection all = selectPapers(day.mid(0, 10), 30);
    EXPECT_EQ(all.articleIds.size(), 10);
    EXPECT_EQ(all.leftOutTotal, 0);
    EXPECT_TRUE(all.leftOut.isEmpty());
}

TEST(PaperSelection, TopNZeroOrNegativeKeepsAll)
{
    QList<PaperCandidate> day;
    for (int i = 1; i <= 400; ++i)
        day.append(candidate(i, -1, 1 + i % 3, 0.5));
    for (const int topN : {0, -1}) {
        const digest::PaperSelection s = selectPapers(day, topN);
        EXPECT_EQ(s.articleIds.size(), 400) << topN;
        EXPECT_EQ(s.leftOutTotal, 0) << topN;
        EXPECT_TRUE(s.leftOut.isEmpty()) << topN;
    }
    EXPECT_TRUE(selectPapers({}, 30).articleIds.isEmpty());
    EXPECT_TRUE(selectPapers({}, 0).leftOut.isEmpty());
}

TEST(PaperSelection, FullTiesGoToTheSmallerArticleIdWhateverTheInputOrder)
{
    const QList<PaperCandidate> forward = {candidate(9, 3, 1, 0.5), candidate(10, 3, 1, 0.5),
                                           candidate(100, 3, 1, 0.5), candidate(2, 3, 1, 0.5)};
    const QList<PaperCandidate> backward(forward.rbegin(), forward.rend());
    EXPECT_EQ(selectPapers(forward, 0).articleIds, (QList<qint64>{2, 9, 10, 100}));
    EXPECT_EQ(selectPapers(backward, 0).articleIds, (QList<qint64>{2, 9, 10, 100}));
    EXPECT_EQ(selectPapers(backward, 2).articleIds, (QList<qint64>{2, 9}));
}

TEST(PaperSelection, DuplicateIdsCountOnceAndOddValuesAreSafe)
{
    const QList<PaperCandidate> day = {
        candidate(1, 10, 1, 0.5),
        candidate(1, 99, 9, 0.9), // the same article again: its first entry counts
        candidate(2, -7, 1, 0.5), // any negative count is unknown
        candidate(3, -1, 1, std::numeric_limits<double>::quiet_NaN()), // NaN confidence ranks as 0
        candidate(4, -1, 1, 0.1),
    };
    const digest::PaperSelection s = selectPapers(day, 3);
    EXPECT_EQ(s.articleIds, (QList<qint64>{1, 2, 4}));
    EXPECT_EQ(s.leftOutTotal, 1);
    ASSERT_EQ(s.leftOut.size(), 1);
    EXPECT_EQ(s.leftOut.first().reason, QStringLiteral("below the top 3"));
}
