// Merging papers from several listings and ranking a day's papers
// (feed/PaperRanking.h).

#include "feed/PaperRanking.h"
#include "feed/ArxivListing.h"
#include "feed/HfDailyPapers.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <cmath>

using feed::MergedPaper;
using feed::Paper;

namespace {

Paper paper(const char *id, int version, const char *listing, int upvotes = -1)
{
    Paper p;
    p.arxivId = QString::fromLatin1(id);
    p.version = version;
    p.listing = QString::fromLatin1(listing);
    p.title = QStringLiteral("v%1 of %2").arg(version).arg(p.arxivId);
    p.abstract = QStringLiteral("abstract of v%1").arg(version);
    p.upvotes = upvotes;
    return p;
}

MergedPaper merged(const char *id, int upvotes, int listings, double confidence)
{
    MergedPaper m;
    m.paper = paper(id, 1, "cs.AI", upvotes);
    m.listings = listings;
    m.confidence = confidence;
    return m;
}

QStringList ids(const QList<MergedPaper> &papers)
{
    QStringList out;
    for (const MergedPaper &m : papers)
        out.append(m.paper.arxivId);
    return out;
}

} // namespace

TEST(PaperMerge, NewestVersionWinsWhicheverListingCameFirst)
{
    Paper v1 = paper("2406.12345", 1, "cs.AI");
    v1.categories = {QStringLiteral("cs.AI")};
    Paper v3 = paper("2406.12345", 3, "cs.CL");
    v3.categories = {QStringLiteral("cs.CL"), QStringLiteral("cs.AI")};
    Paper v2 = paper("2406.12345", 2, "cs.LG");
    v2.categories = {QStringLiteral("cs.LG")};
    const QList<MergedPaper> out = feed::mergePapers({v1, v3, v2}, {});
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].paper.version, 3);
    EXPECT_EQ(out[0].paper.title, v3.title);
    EXPECT_EQ(out[0].paper.abstract, v3.abstract);
    EXPECT_EQ(out[0].paper.categories,
              (QStringList{QStringLiteral("cs.CL"), QStringLiteral("cs.AI"), QStringLiteral("cs.LG")}));
}

TEST(PaperMerge, CrossListingCountsDistinctListings)
{
    const QList<MergedPaper> out = feed::mergePapers({paper("2406.1", 1, "cs.AI"), paper("2406.1", 1, "cs.AI"),
                                                      paper("2406.1", 1, "cs.CL"), paper("2406.2", 1, "cs.CV")},
                                                     {});
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out[0].paper.arxivId, QStringLiteral("2406.1"));
    EXPECT_EQ(out[0].listings, 2); // cs.AI twice counts once
    EXPECT_EQ(out[1].listings, 1);
}

TEST(PaperMerge, UpvotesComeFromHuggingFaceOnly)
{
    Paper listed = paper("2406.1", 2, "cs.AI", 999); // a listing's upvotes are not believed
    const QList<MergedPaper> noHf = feed::mergePapers({listed}, {});
    EXPECT_EQ(noHf[0].paper.upvotes, -1);
    EXPECT_FALSE(noHf[0].onHuggingFace);

    const QList<MergedPaper> out = feed::mergePapers({listed}, {paper("2406.1", 0, "hf-daily", 42)});
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].paper.upvotes, 42);
    EXPECT_TRUE(out[0].onHuggingFace);
    EXPECT_EQ(out[0].paper.version, 2); // the listing's metadata stays
    EXPECT_EQ(out[0].paper.listing, QStringLiteral("cs.AI"));
    EXPECT_EQ(out[0].listings, 1); // Hugging Face is not a cross-listing
}

TEST(PaperMerge, HuggingFaceFillsAMissingAbstractAndKeepsPapersOnlyItHas)
{
    Paper bare = paper("2406.1", 1, "cs.AI");
    bare.abstract.clear();
    bare.abstractMissing = true;
    const QList<MergedPaper> out =
        feed::mergePapers({bare}, {paper("2406.1", 0, "hf-daily", 5), paper("2406.9", 0, "hf-daily", 1)});
    ASSERT_EQ(out.size(), 2);
    EXPECT_FALSE(out[0].paper.abstractMissing);
    EXPECT_EQ(out[0].paper.abstract, QStringLiteral("abstract of v0"));
    EXPECT_EQ(out[1].paper.arxivId, QStringLiteral("2406.9"));
    EXPECT_EQ(out[1].listings, 0);
    EXPECT_EQ(out[1].paper.upvotes, 1);
}

TEST(PaperRank, KnownUpvotesFirstThenDescending)
{
    const feed::RankedPapers r = feed::rankAndCap({merged("2406.1", -1, 5, 0.9), merged("2406.2", 0, 1, 0.1),
                                                   merged("2406.3", 42, 1, 0.1), merged("2406.4", 7, 3, 0.1)},
                                                  10);
    EXPECT_EQ(ids(r.kept), (QStringList{QStringLiteral("2406.3"), QStringLiteral("2406.4"), QStringLiteral("2406.2"),
                                        QStringLiteral("2406.1")}));
    EXPECT_EQ(r.leftOutTotal, 0);
    EXPECT_TRUE(r.leftOut.isEmpty());
}

TEST(PaperRank, CrossListingBreaksUpvoteTies)
{
    const feed::RankedPapers r = feed::rankAndCap({merged("2406.1", 5, 1, 0.9), merged("2406.2", 5, 3, 0.1),
                                                   merged("2406.3", -1, 1, 0.9), merged("2406.4", -1, 2, 0.1)},
                                                  10);
    EXPECT_EQ(ids(r.kept), (QStringList{QStringLiteral("2406.2"), QStringLiteral("2406.1"), QStringLiteral("2406.4"),
                                        QStringLiteral("2406.3")}));
}

TEST(PaperRank, ConfidenceBreaksCrossListingTiesAndNaNCountsAsZero)
{
    const feed::RankedPapers r = feed::rankAndCap({merged("2406.1", -1, 2, 0.2), merged("2406.2", -1, 2, 0.8),
                                                   merged("2406.3", -1, 2, std::nan("")), merged("2406.4", -1, 2, 0.1)},
                                                  10);
    EXPECT_EQ(ids(r.kept), (QStringList{QStringLiteral("2406.2"), QStringLiteral("2406.1"), QStringLiteral("2406.4"),
                                        QStringLiteral("2406.3")}));
}

TEST(PaperRank, IdDecidesFullTiesWhateverTheInputOrder)
{
    const QList<MergedPaper> a{merged("2406.3", 1, 1, 0.5), merged("2406.1", 1, 1, 0.5), merged("2406.2", 1, 1, 0.5)};
    const QList<MergedPaper> b{a[2], a[0], a[1]};
    const QStringList expected{QStringLiteral("2406.1"), QStringLiteral("2406.2"), QStringLiteral("2406.3")};
    EXPECT_EQ(ids(feed::rankAndCap(a, 10).kept), expected);
    EXPECT_EQ(ids(feed::rankAndCap(b, 10).kept), expected);
}

TEST(PaperRank, CapsToTopNAndSaysHowManyWereLeftOutAndWhy)
{
    QList<MergedPaper> many;
    for (int i = 0; i < 45; ++i)
        many.append(merged(QStringLiteral("2406.%1").arg(10000 + i).toLatin1().constData(), i, 1, 0.5));
    const feed::RankedPapers r = feed::rankAndCap(many, 30);
    ASSERT_EQ(r.kept.size(), 30);
    EXPECT_EQ(r.kept.first().paper.upvotes, 44);
    EXPECT_EQ(r.kept.last().paper.upvotes, 15);
    EXPECT_EQ(r.leftOutTotal, 15);
    ASSERT_EQ(r.leftOut.size(), 1);
    EXPECT_EQ(r.leftOut[0].reason, QStringLiteral("below the top 30"));
    EXPECT_EQ(r.leftOut[0].count, 15);

    const feed::RankedPapers none = feed::rankAndCap(many, 0);
    EXPECT_TRUE(none.kept.isEmpty());
    EXPECT_EQ(none.leftOutTotal, 45);
    EXPECT_TRUE(feed::rankAndCap({}, 30).leftOut.isEmpty());
}

TEST(PaperRank, FixturesEndToEnd)
{
    const auto read = [](const char *f) {
        return testpaths::readAll(testpaths::fixture(QStringLiteral("papers/") + QLatin1String(f)));
    };
    const feed::PaperListing ai = feed::ArxivListing::parse(read("arxiv_cs.AI.xml"), QStringLiteral("cs.AI"));
    const feed::PaperListing cl = feed::ArxivListing::parse(read("arxiv_cs.CL.xml"), QStringLiteral("cs.CL"));
    const feed::PaperListing hf = feed::HfDailyPapers::parse(read("hf_daily_papers.json"));
    ASSERT_TRUE(ai.ok && cl.ok && hf.ok);
    const QList<MergedPaper> all = feed::mergePapers(ai.papers + cl.papers, hf.papers);
    EXPECT_EQ(all.size(), 7); // 5 + 2 - 1 shared + 1 only on Hugging Face
    const feed::RankedPapers r = feed::rankAndCap(all, 3);
    EXPECT_EQ(ids(r.kept),
              (QStringList{QStringLiteral("2406.12345"), QStringLiteral("2406.20002"), QStringLiteral("2406.13579")}));
    EXPECT_EQ(r.kept[0].paper.version, 2);
    EXPECT_EQ(r.kept[0].listings, 2);
    EXPECT_EQ(r.kept[0].paper.authors.size(), 4);
    EXPECT_EQ(r.kept[0].paper.upvotes, 42);
    EXPECT_EQ(r.leftOutTotal, 4);
    EXPECT_EQ(r.leftOut.value(0).reason, QStringLiteral("below the top 3"));
}
