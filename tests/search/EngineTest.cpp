// One page of results: filters, orders, summaries, snippets, paging and
// cancellation.
#include "SearchFixture.h"

#include "search/Snippet.h"
#include "storage/CategoryStore.h"
#include "storage/SummaryStore.h"

using namespace searchtest;
using L = QList<qint64>;
using Order = search::SearchQuery::Order;

namespace {

QString plain(QString snippet)
{
    return snippet.remove(QChar(search::SearchHit::kOpen)).remove(QChar(search::SearchHit::kClose));
}

} // namespace

class Engine : public SearchFixture
{
protected:
    void SetUp() override
    {
        SearchFixture::SetUp();
        storage::CategoryStore categories(m_db);
        categories.seedDefaults(defaultCategories());
        m_llm = categories.byKey(QStringLiteral("llm")).id;
        m_vision = categories.byKey(QStringLiteral("vision")).id;
        ASSERT_GT(m_llm, 0);
        ASSERT_GT(m_vision, 0);
    }
    qint64 m_llm = 0, m_vision = 0;
};

TEST_F(Engine, NewestFirstFollowsTheDayNotTheOrderArticlesArrived)
{
    const qint64 march = add(QStringLiteral("Robot hands, March"), {}, QStringLiteral("2026-03-10"));
    const qint64 january = add(QStringLiteral("Robot hands, January"), {}, QStringLiteral("2026-01-05"));
    const qint64 may = add(QStringLiteral("Robot hands, May"), {}, QStringLiteral("2026-05-01"));
    EXPECT_EQ(ids(QStringLiteral("robot")), (L{may, march, january}));
    const auto r = find(QStringLiteral("robot"));
    EXPECT_EQ(r.articles.at(0).day, QStringLiteral("2026-05-01"));
    EXPECT_EQ(r.articles.at(0).source, QStringLiteral("Alpha"));
    EXPECT_EQ(r.articles.at(0).url, QStringLiteral("https://a.example/3"));
    EXPECT_EQ(r.indexPercent, 100);
}

TEST_F(Engine, FiltersNarrowByDaysCategorySourceStarAndReadState)
{
    const qint64 beta = addSource(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    const qint64 a = add(QStringLiteral("Agent benchmark one"), {}, QStringLiteral("2026-03-01"));
    const qint64 b = add(QStringLiteral("Agent benchmark two"), {}, QStringLiteral("2026-03-05"), beta);
    const qint64 c = add(QStringLiteral("Agent benchmark three"), {}, QStringLiteral("2026-03-09"));
    storage::ArticleStore store(m_db, m_zone);
    store.setClassification(a, m_llm, true, 0.9, CategoryOrigin::Llm, {});
    store.setClassification(b, m_llm, true, 0.9, CategoryOrigin::Llm, {});
    store.setClassification(c, m_llm, true, 0.9, CategoryOrigin::Llm, {});
    store.setUserCategory(c, m_vision); // the user's choice wins
    ASSERT_TRUE(store.setStarred(b, true));
    ASSERT_TRUE(store.setRead(a, true));

    search::SearchQuery q;
    q.text = QStringLiteral("agent");
    EXPECT_EQ(idsOf(run(q)), (L{c, b, a}));
    q.fromDay = QStringLiteral("2026-03-02");
    EXPECT_EQ(idsOf(run(q)), (L{c, b}));
    q.toDay = QStringLiteral("2026-03-08");
    EXPECT_EQ(idsOf(run(q)), L{b});
    q.fromDay = q.toDay = QStringLiteral("2026-03-09"); // one day, inclusive
    EXPECT_EQ(idsOf(run(q)), L{c});
    q.fromDay = q.toDay = QString();

    q.categoryId = m_llm;
    EXPECT_EQ(idsOf(run(q)), (L{b, a}));
    q.categoryId = m_vision;
    EXPECT_EQ(idsOf(run(q)), L{c});
    q.categoryId = 0;

    q.sourceId = beta;
    EXPECT_EQ(idsOf(run(q)), L{b});
    q.sourceId = 0;
    q.starredOnly = true;
    const auto starred = run(q);
    EXPECT_EQ(idsOf(starred), L{b});
    EXPECT_TRUE(starred.articles.at(0).starred);
    q.starredOnly = false;
    q.unreadOnly = true;
    EXPECT_EQ(idsOf(run(q)), (L{c, b}));
    q.order = Order::Relevance;
    EXPECT_EQ(idsOf(run(q)).size(), 2);
}

TEST_F(Engine, RelevancePutsTitleMatchesFirstAndRecentBeforeOld)
{
    const qint64 body = add(QStringLiteral("Weekly roundup"), QStringLiteral("Also: a note on sparse attention."),
                            QStringLiteral("2026-03-10"));
    const qint64 title = add(QStringLiteral("Sparse attention, explained"), QStringLiteral("A long read."),
                             QStringLiteral("2026-03-09"));
    const qint64 oldTitle = add(QStringLiteral("Sparse attention, explained again"), QStringLiteral("A long read."),
                                QStringLiteral("2024-03-09"));
    EXPECT_EQ(ids(QStringLiteral("sparse attention"), Order::Newest), (L{body, title, oldTitle}));
    const L ranked = ids(QStringLiteral("sparse attention"), Order::Relevance);
    ASSERT_EQ(ranked.size(), 3);
    EXPECT_EQ(ranked.at(0), title);
    EXPECT_LT(ranked.indexOf(title), ranked.indexOf(oldTitle));
}

TEST_F(Engine, PagesFollowEachOtherWithoutGapsOrRepeats)
{
    QList<qint64> all;
    for (int i = 0; i < 7; ++i)
        all.prepend(add(QStringLiteral("Chip export rules %1").arg(i), {}, QStringLiteral("2026-03-%1").arg(10 + i)));
    for (const Order order : {Order::Newest, Order::Relevance}) {
        search::SearchQuery q;
        q.text = QStringLiteral("chip");
        q.order = order;
        q.limit = 3;
        QList<qint64> seen;
        QList<bool> more;
        for (q.offset = 0; q.offset < 9; q.offset += 3) {
            const auto r = run(q);
            seen += idsOf(r);
            more.append(r.more);
        }
        EXPECT_EQ(more, (QList<bool>{true, true, false}));
        if (order == Order::Newest) {
            EXPECT_EQ(seen, all);
        }
        std::sort(seen.begin(), seen.end());
        EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
        EXPECT_EQ(seen.size(), 7);
    }
}

TEST_F(Engine, SummariesAreFoundWithPlainTextSnippetsAndTheirFilters)
{
    storage::SummaryStore summaries(m_db);
    SectionSummary s;
    s.day = QStringLiteral("2026-03-08");
    s.categoryId = m_llm;
    s.markdown = QStringLiteral("**주요 주제:** 추론 비용이 크게 줄었다 [1].\n\n- [링크](https://x.example) "
                                "**최종 요약:** Inference costs fell.");
    summaries.put(s);
    add(QStringLiteral("추론 칩 출시"));

    const auto r = find(QStringLiteral("추론"));
    ASSERT_EQ(r.summaries.size(), 1);
    const auto &hit = r.summaries.at(0);
    EXPECT_TRUE(hit.isSummary);
    EXPECT_EQ(hit.day, QStringLiteral("2026-03-08"));
    EXPECT_EQ(hit.categoryId, m_llm);
    EXPECT_FALSE(hit.title.isEmpty());
    EXPECT_TRUE(hit.snippet.contains(QChar(search::SearchHit::kOpen) + QStringLiteral("추론")
                                     + QChar(search::SearchHit::kClose)));
    EXPECT_FALSE(hit.snippet.contains(QStringLiteral("**")));
    EXPECT_FALSE(hit.snippet.contains(QStringLiteral("](")));
    EXPECT_TRUE(plain(hit.snippet).contains(QStringLiteral("주요 주제: 추론 비용")));
    EXPECT_EQ(r.articles.size(), 1);

    search::SearchQuery q;
    q.text = QStringLiteral("추론");
    q.categoryId = m_vision;
    EXPECT_TRUE(run(q).summaries.isEmpty());
    q.categoryId = 0;
    q.fromDay = QStringLiteral("2026-03-09");
    EXPECT_TRUE(run(q).summaries.isEmpty());
    q.fromDay.clear();
    q.starredOnly = true; // an article-level filter: no summaries
    EXPECT_TRUE(run(q).summaries.isEmpty());
    q.starredOnly = false;
    q.withSummaries = false;
    EXPECT_TRUE(run(q).summaries.isEmpty());
}

TEST_F(Engine, SnippetsArePlainTextAroundTheMatchWithEveryMatchMarked)
{
    const QString text = QStringLiteral("Intro words here. ") + QStringLiteral("filler ").repeated(40)
        + QStringLiteral("The <b>GPU</b> shortage eased; GPU prices fell.") + QStringLiteral(" tail").repeated(40);
    add(QStringLiteral("Market update"), text);
    const auto r = find(QStringLiteral("gpu"));
    ASSERT_EQ(r.articles.size(), 1);
    const QString snippet = r.articles.at(0).snippet;
    EXPECT_EQ(snippet.count(QChar(search::SearchHit::kOpen)), 2);
    EXPECT_TRUE(snippet.startsWith(QChar(0x2026)));
    EXPECT_TRUE(snippet.endsWith(QChar(0x2026)));
    EXPECT_LE(plain(snippet).size(), 200);
    EXPECT_TRUE(plain(snippet).contains(QStringLiteral("<b>GPU</b> shortage"))); // text, as stored
    // Korean anywhere; Latin only where a word or part starts.
    EXPECT_EQ(search::Snippet::mark(QStringLiteral("언어모델의 gpus agpu OpenAI"),
                                    {QStringLiteral("모델"), QStringLiteral("gpu"), QStringLiteral("ai")}),
              QStringLiteral("언어\x02모델\x03의 \x02gpu\x03s agpu Open\x02" "AI\x03"));
}

TEST_F(Engine, ASetCancelFlagStopsTheSearch)
{
    for (int i = 0; i < 20; ++i)
        add(QStringLiteral("Cancel me %1").arg(i));
    search::SearchQuery q;
    q.text = QStringLiteral("cancel");
    std::atomic<bool> cancel{true};
    const auto r = search::SearchEngine(m_db).run(q, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.articles.isEmpty());
    cancel = false;
    const auto again = search::SearchEngine(m_db).run(q, &cancel);
    EXPECT_FALSE(again.cancelled);
    EXPECT_EQ(again.articles.size(), 20);
}

TEST_F(Engine, NoWordsNoResults)
{
    add(QStringLiteral("Anything"));
    for (const QString &q : {QString(), QStringLiteral("   "), QStringLiteral("!?*")}) {
        const auto r = find(q);
        EXPECT_TRUE(r.articles.isEmpty());
        EXPECT_TRUE(r.summaries.isEmpty());
        EXPECT_TRUE(r.error.isEmpty());
    }
}
