// Stories across sources and days (issue 11, item 4): the clusterer on the
// labelled pairs, the linker's merges and threads, and how a story's
// sources are grouped and cited in the summary and the briefing.
#include "StoryPairs.h"

#include "digest/BriefingPrompt.h"
#include "digest/BriefingStories.h"
#include "digest/OfflineBriefing.h"
#include "digest/OfflineSummarizer.h"
#include "digest/StoryClusterer.h"
#include "digest/StoryLinker.h"
#include "digest/SummaryPrompt.h"

#include <gtest/gtest.h>

using digest::StoryClusterer;
using digest::StoryLinker;
using digest::StoryMember;

namespace {

// The precision and recall stated in the notes (bench_stories prints them).
constexpr double kStatedPrecision = 0.95;
constexpr double kStatedRecall = 0.85;

Article article(qint64 id, qint64 story, const QString &title, const QString &summary, const QString &source)
{
    Article a;
    a.id = id;
    a.storyId = story;
    a.day = QStringLiteral("2026-11-20");
    a.item.title = title;
    a.item.summary = summary;
    a.sourceTitles = {source};
    a.isAi = true;
    a.origin = CategoryOrigin::Offline;
    a.categoryId = 1;
    a.firstSeen = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC).addSecs(id * 60);
    return a;
}

} // namespace

TEST(StoryClusterer, LabelledPairsMeetTheStatedPrecisionAndRecall)
{
    const QList<StoryPair> pairs = loadStoryPairs();
    ASSERT_GE(pairs.size(), 150);
    int english = 0, korean = 0, positives = 0;
    for (const StoryPair &p : pairs) {
        english += p.lang == QLatin1String("en");
        korean += p.lang == QLatin1String("ko");
        positives += p.same;
    }
    EXPECT_GE(english, 50);
    EXPECT_GE(korean, 50);
    EXPECT_GE(positives, 50);
    EXPECT_GE(pairs.size() - positives, 50); // hard negatives: same company or topic, another event
    const PairScore score = scoreStoryPairs(pairs, StoryClusterer::kThreshold);
    EXPECT_GE(score.precision(), kStatedPrecision)
        << score.truePositives << " true, " << score.falsePositives << " false positives";
    EXPECT_GE(score.recall(), kStatedRecall) << score.truePositives << " of " << positives;
}

TEST(StoryClusterer, KoreanWordsMeetThroughCharacterBigramsWhateverTheirParticle)
{
    const digest::Shingles a = StoryClusterer::shingles({QStringLiteral("오픈AI가 발표"), QString()});
    const digest::Shingles b = StoryClusterer::shingles({QStringLiteral("오픈AI는 발표"), QString()});
    for (const QString &shared : {QStringLiteral("오픈"), QStringLiteral("ai"), QStringLiteral("발표")}) {
        EXPECT_TRUE(a.contains(shared)) << qPrintable(shared);
        EXPECT_TRUE(b.contains(shared)) << qPrintable(shared);
    }
    EXPECT_FALSE(b.contains(QStringLiteral("i가")));
    // English: lower case, stop words out, a plural "s" dropped; titles weigh more.
    const digest::Shingles en =
        StoryClusterer::shingles({QStringLiteral("The Chips of Nvidia"), QStringLiteral("chips and more")});
    EXPECT_EQ(en.value(QStringLiteral("chip")), StoryClusterer::kTitleWeight);
    EXPECT_FALSE(en.contains(QStringLiteral("the")));
    EXPECT_FALSE(en.contains(QStringLiteral("and")));
}

TEST(StoryClusterer, ClustersTheSameEventAndKeepsAnotherEventOfTheSameCompanyApart)
{
    const QList<digest::StoryText> texts{
        {QStringLiteral("OpenAI launches GPT-5 with stronger reasoning and fewer hallucinations"),
         QStringLiteral("OpenAI released GPT-5, saying the model makes fewer factual errors and reasons better.")},
        {QStringLiteral("Nvidia beats estimates as AI chip sales soar"),
         QStringLiteral("Data center revenue hit a record at the chipmaker.")},
        {QStringLiteral("OpenAI raises $40 billion in funding round led by SoftBank"),
         QStringLiteral("The round values the ChatGPT maker at $300 billion.")},
        {QStringLiteral("OpenAI unveils GPT-5, claims big gains in coding and fewer hallucinations"),
         QStringLiteral("The company said GPT-5 reasons better than any previous OpenAI model.")},
    };
    QList<digest::Shingles> corpus;
    for (const digest::StoryText &t : texts)
        corpus.append(StoryClusterer::shingles(t));
    const QList<int> clusters = StoryClusterer(corpus).cluster();
    EXPECT_EQ(clusters, (QList<int>{0, 1, 2, 0}));
}

TEST(StoryClusterer, PairsInvolvingFlaggedTextsAreThoseOfTheFullComparison)
{
    const QList<StoryPair> pairs = loadStoryPairs();
    QList<digest::Shingles> corpus;
    QList<bool> flags;
    for (const StoryPair &p : pairs.mid(0, 60)) {
        for (const digest::StoryText &t : {p.a, p.b}) {
            corpus.append(StoryClusterer::shingles(t));
            flags.append(corpus.size() % 5 == 0);
        }
    }
    const StoryClusterer clusterer(corpus);
    QList<QPair<int, int>> expected, got;
    for (const StoryClusterer::Pair &p : clusterer.similarPairs()) {
        if (flags[p.first] || flags[p.second])
            expected.append({p.first, p.second});
    }
    for (const StoryClusterer::Pair &p : clusterer.similarPairs(flags))
        got.append({p.first, p.second});
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(got, expected);
}

TEST(StoryLinker, MergesTheDaysStoriesAndLinksThemToEarlierDays)
{
    const auto member = [](qint64 article, qint64 story, qint64 thread, const char *day, const char *title,
                           const char *summary) {
        return StoryMember{
            article, story, thread, QString::fromLatin1(day), {QString::fromUtf8(title), QString::fromUtf8(summary)}};
    };
    const QList<StoryMember> window{
        member(1, 10, 10, "2026-11-18", "Samsung wins Nvidia approval for HBM3E 12-high memory chips",
               "Samsung passed Nvidia's qualification tests for its HBM3E 12-high memory."),
        member(2, 11, 11, "2026-11-18", "Apple delays Siri AI upgrade until next year", "Siri features slip."),
        member(3, 20, 0, "2026-11-19", "Nvidia to buy Samsung HBM3E 12-high chips for AI accelerators",
               "Samsung's HBM3E 12-high memory will go into Nvidia accelerators after passing qualification."),
        member(4, 21, 0, "2026-11-19", "Samsung HBM3E 12-high passes Nvidia qualification tests",
               "Nvidia approved Samsung's HBM3E 12-high memory for its AI accelerators."),
        member(5, 22, 0, "2026-11-19", "Google adds AI Mode to Search for all US users", "Gemini answers."),
        member(6, 21, 0, "2026-11-19", "Samsung HBM3E 12-high passes Nvidia tests", "Same title key as 4."),
    };
    const digest::StoryLinks links = StoryLinker::link(QStringLiteral("2026-11-19"), window);
    // 3 and 4 (and 6, already 4's story) are one story now: the lowest id survives.
    EXPECT_EQ(links.merged, (QHash<qint64, qint64>{{21, 20}}));
    EXPECT_EQ(links.storyOfArticle.value(3), 20);
    EXPECT_EQ(links.storyOfArticle.value(4), 20);
    EXPECT_EQ(links.storyOfArticle.value(6), 20);
    EXPECT_EQ(links.storyOfArticle.value(5), 22);
    // …continuing day 1's story 10; Google's story starts its own thread.
    EXPECT_EQ(links.threads, (QHash<qint64, qint64>{{20, 10}, {22, 22}}));
}

TEST(StoryGroups, AStorysArticlesSitTogetherAtItsFirstPlace)
{
    const QList<Article> list{article(1, 7, QStringLiteral("A"), {}, QStringLiteral("S1")),
                              article(2, 8, QStringLiteral("B"), {}, QStringLiteral("S2")),
                              article(3, 7, QStringLiteral("A2"), {}, QStringLiteral("S3")),
                              article(4, 0, QStringLiteral("C"), {}, QStringLiteral("S4"))};
    EXPECT_EQ(digest::storyGroups(list), (QList<QList<int>>{{0, 2}, {1}, {3}}));
    QList<qint64> ids;
    for (const Article &a : digest::groupByStory(list))
        ids.append(a.id);
    EXPECT_EQ(ids, (QList<qint64>{1, 3, 2, 4}));
}

TEST(StoryCitations, TheOfflineSummaryCitesEverySourceOfAStoryInOneEvent)
{
    const QList<Article> sources{
        article(1, 7, QStringLiteral("OpenAI launches GPT-5 with stronger reasoning"),
                QStringLiteral("OpenAI released GPT-5 on Thursday with better reasoning."), QStringLiteral("Verge")),
        article(2, 7, QStringLiteral("GPT-5 is here: OpenAI's new flagship model"),
                QStringLiteral("The new model replaces GPT-4o as the default in ChatGPT."), QStringLiteral("Wired")),
        article(3, 9, QStringLiteral("Nvidia reports record quarterly revenue"),
                QStringLiteral("Nvidia said revenue rose 78% on data center demand."), QStringLiteral("Reuters"))};
    const SummaryDoc doc = digest::OfflineSummarizer::summarize(sources, QStringLiteral("en"));
    ASSERT_EQ(doc.events.size(), 2);
    EXPECT_EQ(doc.events[0].citations, (QList<int>{1, 2}));
    EXPECT_EQ(doc.events[1].citations, (QList<int>{3}));

    // The LLM's input says which articles tell one story, so it can cite them all.
    const llm::Request request = digest::SummaryPrompt::build(sources, Category(), QStringLiteral("en"));
    EXPECT_TRUE(request.user.contains(QStringLiteral("Same story as: article 2 (cite them all together)")))
        << qPrintable(request.user);
    EXPECT_TRUE(request.user.contains(QStringLiteral("Same story as: article 1 (cite them all together)")));
    EXPECT_EQ(request.user.count(QStringLiteral("Same story as")), 2);
}

TEST(StoryCitations, TheBriefingSaysWhichDayOfAStoryItIs)
{
    const QList<Article> articles{
        article(1, 7, QStringLiteral("OpenAI launches GPT-5 with stronger reasoning"),
                QStringLiteral("OpenAI released GPT-5 on Thursday with better reasoning."), QStringLiteral("Verge")),
        article(3, 9, QStringLiteral("Nvidia reports record quarterly revenue"),
                QStringLiteral("Nvidia said revenue rose 78% on data center demand."), QStringLiteral("Reuters"))};
    const QList<digest::BriefingStory> ranked = digest::rankBriefingStories(articles, {{7, 3}});
    ASSERT_EQ(ranked.size(), 2);
    const Briefing en = digest::OfflineBriefing::build(ranked, QStringLiteral("en"));
    const Briefing ko = digest::OfflineBriefing::build(ranked, QStringLiteral("ko"));
    ASSERT_EQ(en.items.size(), 2);
    QStringList texts;
    for (const BriefingItem &item : en.items)
        texts.append(item.text);
    EXPECT_EQ(texts.filter(QStringLiteral("[Day 3] ")).size(), 1) << qPrintable(texts.join(u'\n'));
    EXPECT_EQ(texts.filter(QStringLiteral("[Day")).size(), 1);
    EXPECT_EQ(ko.items.at(texts.indexOf(texts.filter(QStringLiteral("[Day 3]")).first())).text.left(5),
              QStringLiteral("[3일째]"));
    const llm::Request request =
        digest::BriefingPrompt::build(digest::BriefingPrompt::input(ranked), QStringLiteral("en"));
    EXPECT_TRUE(request.user.contains(QStringLiteral("day 3 of this story")) ||
                request.system.contains(QStringLiteral("day 3 of this story")));
}

TEST(StoryLinker, AStoryThatContinuesTwoEarlierThreadsJoinsThem)
{
    const auto member = [](qint64 article, qint64 story, qint64 thread, const char *day, const char *title) {
        return StoryMember{article, story, thread, QString::fromLatin1(day), {QString::fromLatin1(title), {}}};
    };
    // Days 1 and 2 told it too differently to meet; day 3 matches both.
    const QList<StoryMember> window{
        member(1, 10, 10, "2026-11-18", "Samsung HBM3E passes Nvidia qualification"),
        member(2, 11, 11, "2026-11-18", "Apple delays Siri upgrade"),
        member(3, 20, 20, "2026-11-19", "Nvidia orders 12-high memory stacks for Blackwell"),
        member(4, 30, 0, "2026-11-20", "Samsung ships HBM3E 12-high stacks to Nvidia for Blackwell"),
    };
    const digest::StoryLinks links = StoryLinker::link(QStringLiteral("2026-11-20"), window);
    EXPECT_EQ(links.threads.value(30), 10);
    EXPECT_EQ(links.joinedThreads, (QHash<qint64, qint64>{{20, 10}}));
    EXPECT_TRUE(links.merged.isEmpty());
}
