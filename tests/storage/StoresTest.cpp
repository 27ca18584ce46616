#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SourceStore.h"
#include "storage/SummaryStore.h"

using namespace storage;
using namespace storagetest;

using Stores = DbFixture;

TEST_F(Stores, SourcesKeepTheirFetchStateAndRefuseDuplicates)
{
    SourceStore sources(m_db);
    Source s;
    s.url = QStringLiteral("https://feeds.example/ai.xml");
    s.title = QStringLiteral("AI feed");
    s.group = QStringLiteral("Labs");
    bool existed = true;
    const qint64 id = sources.add(s, &existed);
    ASSERT_GT(id, 0);
    EXPECT_FALSE(existed);
    EXPECT_EQ(sources.add(s, &existed), id);
    EXPECT_TRUE(existed);

    Source stored = sources.byId(id);
    stored.etag = QStringLiteral("\"abc\"");
    stored.lastModified = QStringLiteral("Tue, 10 Mar 2026 09:00:00 GMT");
    stored.bodyHash = QStringLiteral("0123abcd");
    stored.lastSuccess = utc(2026, 3, 10, 9);
    stored.lastAttempt = utc(2026, 3, 10, 10);
    stored.lastError = QStringLiteral("HTTP 404");
    stored.consecutiveFailures = 3;
    stored.nextAttempt = utc(2026, 3, 10, 18);
    stored.enabled = false;
    sources.update(stored);
    const Source back = sources.byUrl(s.url);
    EXPECT_EQ(back.group, QStringLiteral("Labs"));
    EXPECT_EQ(back.etag, stored.etag);
    EXPECT_EQ(back.lastModified, stored.lastModified);
    EXPECT_EQ(back.bodyHash, stored.bodyHash);
    EXPECT_EQ(back.lastSuccess, stored.lastSuccess);
    EXPECT_EQ(back.lastAttempt, stored.lastAttempt);
    EXPECT_EQ(back.lastError, stored.lastError);
    EXPECT_EQ(back.consecutiveFailures, 3);
    EXPECT_EQ(back.nextAttempt, stored.nextAttempt);
    EXPECT_FALSE(back.enabled);
    EXPECT_EQ(sources.all().size(), 1);
}

TEST_F(Stores, RemovingASourceKeepsArticlesThatOtherSourcesCarry)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    const qint64 b = addSource(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    ArticleStore store(m_db, m_zone);
    const FeedItem it = item(QStringLiteral("https://x.example/1"), QStringLiteral("Shared article"), utc(2026, 3, 10, 1));
    store.ingest(a, {it}, utc(2026, 3, 10, 2));
    store.ingest(b, {it}, utc(2026, 3, 10, 2));
    EXPECT_TRUE(SourceStore(m_db).remove(a));
    const QList<Article> day = store.articlesForDay(QStringLiteral("2026-03-10"));
    ASSERT_EQ(day.size(), 1);
    EXPECT_EQ(day.at(0).sourceTitles, QStringList{QStringLiteral("Beta")});
}

TEST_F(Stores, CategoriesAreSeededOnceAndKeepTheirOrder)
{
    CategoryStore categories(m_db);
    const QList<Category> defaults = defaultCategories();
    ASSERT_GE(defaults.size(), 5);
    categories.seedDefaults(defaults);
    categories.seedDefaults(defaults); // no second copy
    const QList<Category> all = categories.all();
    ASSERT_EQ(all.size(), defaults.size());
    for (int i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all.at(i).key, defaults.at(i).key);
        EXPECT_EQ(all.at(i).position, i);
        EXPECT_EQ(all.at(i).keywords, defaults.at(i).keywords);
    }
    EXPECT_EQ(categories.byName(all.at(1).name.toUpper()).id, all.at(1).id);

    Category mine;
    mine.name = QStringLiteral("AI Policy");
    mine.emoji = QStringLiteral("⚖️");
    mine.keywords = {QStringLiteral("regulation"), QStringLiteral("규제")};
    const qint64 id = categories.add(mine);
    ASSERT_GT(id, 0);
    const Category added = categories.byKey(QStringLiteral("ai-policy"));
    EXPECT_EQ(added.id, id);
    EXPECT_EQ(added.position, int(defaults.size()));
    EXPECT_EQ(added.keywords, mine.keywords);
    EXPECT_GT(categories.add(mine), id); // a second one gets another key
    EXPECT_EQ(categories.byKey(QStringLiteral("ai-policy-2")).name, mine.name);

    ASSERT_TRUE(categories.move(id, 0));
    const QList<Category> moved = categories.all();
    EXPECT_EQ(moved.at(0).id, id);
    EXPECT_EQ(moved.at(1).key, defaults.at(0).key);
    for (int i = 0; i < moved.size(); ++i)
        EXPECT_EQ(moved.at(i).position, i);

    Category edited = categories.byId(id);
    edited.name = QStringLiteral("Policy");
    EXPECT_TRUE(categories.update(edited));
    EXPECT_EQ(categories.byId(id).name, QStringLiteral("Policy"));
}

TEST_F(Stores, RemovingACategoryMovesItsArticlesToOtherAndRefusesTheLastOne)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    CategoryStore categories(m_db);
    categories.seedDefaults(defaultCategories());
    const qint64 vision = categories.byKey(QStringLiteral("vision")).id;
    const qint64 other = categories.byKey(QStringLiteral("other")).id;
    ArticleStore store(m_db, m_zone);
    store.ingest(a, {item(QStringLiteral("https://a.example/1"), QStringLiteral("Image model one"), utc(2026, 3, 10, 1)),
                     item(QStringLiteral("https://a.example/2"), QStringLiteral("Image model two"), utc(2026, 3, 10, 2))},
                 utc(2026, 3, 10, 3));
    store.setClassification(1, vision, true, 0.7, CategoryOrigin::Offline, QString());
    store.setUserCategory(2, vision);
    SummaryStore summaries(m_db);
    SectionSummary s;
    s.day = QStringLiteral("2026-03-10");
    s.categoryId = vision;
    s.markdown = QStringLiteral("vision summary");
    summaries.put(s);

    QString error;
    ASSERT_TRUE(categories.remove(vision, &error)) << error.toStdString();
    EXPECT_EQ(store.article(1).categoryId, other);
    EXPECT_EQ(store.article(2).categoryId, other);
    EXPECT_EQ(store.article(2).origin, CategoryOrigin::User);
    EXPECT_FALSE(summaries.get(QStringLiteral("2026-03-10"), vision).has_value());
    const QList<Category> left = categories.all();
    for (int i = 0; i < left.size(); ++i)
        EXPECT_EQ(left.at(i).position, i);

    for (const Category &c : left) {
        if (c.id != left.last().id) {
            ASSERT_TRUE(categories.remove(c.id, &error)) << error.toStdString();
        }
    }
    EXPECT_FALSE(categories.remove(left.last().id, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("last category")));
    EXPECT_EQ(categories.all().size(), 1);
    // "other" went too: articles landed on the remaining category.
    EXPECT_EQ(store.article(1).categoryId, left.last().id);
}

TEST_F(Stores, SummariesRoundTripWithProvenanceAndUsageAddsUp)
{
    CategoryStore categories(m_db);
    categories.seedDefaults(defaultCategories());
    const qint64 llm = categories.byKey(QStringLiteral("llm")).id;
    const qint64 business = categories.byKey(QStringLiteral("business")).id;
    SummaryStore summaries(m_db);
    SectionSummary s;
    s.day = QStringLiteral("2026-03-10");
    s.categoryId = llm;
    s.doc.themes = {QStringLiteral("긴 문맥"), QStringLiteral("에이전트")};
    s.doc.events = {{QStringLiteral("새 모델 공개 [1]"), {1}}, {QStringLiteral("벤치마크 [2][3]"), {2, 3}}};
    s.doc.impacts = {{QStringLiteral("경제"), QStringLiteral("해당 없음")}};
    s.doc.conclusion = QStringLiteral("정리");
    s.markdown = QStringLiteral("**주요 주제:** 긴 문맥");
    s.provenance.provider = QStringLiteral("openai");
    s.provenance.model = QStringLiteral("gpt-x");
    s.provenance.promptVersion = QStringLiteral("3");
    s.provenance.language = QStringLiteral("ko");
    s.provenance.tokensIn = 1200;
    s.provenance.tokensOut = 300;
    s.provenance.elapsedMs = 4200;
    s.provenance.createdAt = utc(2026, 3, 10, 9);
    s.provenance.inputHash = QStringLiteral("hash-1");
    summaries.put(s);
    SectionSummary failed;
    failed.day = s.day;
    failed.categoryId = business;
    failed.error = QStringLiteral("the model's answer was not valid JSON");
    summaries.put(failed);

    const auto got = summaries.get(s.day, llm);
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->doc.themes, s.doc.themes);
    ASSERT_EQ(got->doc.events.size(), 2);
    EXPECT_EQ(got->doc.events.at(1).citations, (QList<int>{2, 3}));
    EXPECT_EQ(got->doc.impacts.at(0).text, QStringLiteral("해당 없음"));
    EXPECT_EQ(got->doc.conclusion, s.doc.conclusion);
    EXPECT_EQ(got->markdown, s.markdown);
    EXPECT_EQ(got->provenance.model, QStringLiteral("gpt-x"));
    EXPECT_EQ(got->provenance.tokensIn, 1200);
    EXPECT_EQ(got->provenance.elapsedMs, 4200);
    EXPECT_EQ(got->provenance.createdAt, s.provenance.createdAt);
    EXPECT_EQ(got->provenance.inputHash, QStringLiteral("hash-1"));
    // forDay is in category order; business comes before llm.
    const auto day = summaries.forDay(s.day);
    ASSERT_EQ(day.size(), 2);
    EXPECT_EQ(day.at(0).categoryId, business);
    EXPECT_EQ(day.at(0).error, failed.error);

    s.markdown = QStringLiteral("replaced");
    summaries.put(s);
    EXPECT_EQ(summaries.get(s.day, llm)->markdown, QStringLiteral("replaced"));
    EXPECT_EQ(summaries.forDay(s.day).size(), 2);
    EXPECT_EQ(summaries.daysWithSummaries(), QStringList{s.day});

    summaries.recordUsage(s.day, QStringLiteral("openai"), QStringLiteral("gpt-x"), 100, 20);
    summaries.recordUsage(s.day, QStringLiteral("openai"), QStringLiteral("gpt-x"), 50, 5);
    summaries.recordUsage(QStringLiteral("2026-03-11"), QStringLiteral("openai"), QStringLiteral("gpt-x"), 7, 7);
    EXPECT_EQ(summaries.usageForDay(s.day), qMakePair(qint64(150), qint64(25)));

    summaries.removeDay(s.day);
    EXPECT_TRUE(summaries.forDay(s.day).isEmpty());
    EXPECT_TRUE(summaries.daysWithSummaries().isEmpty());
}
