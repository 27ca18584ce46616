#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SearchBacklog.h"
#include "storage/SqliteStatement.h"
#include "storage/SummaryStore.h"

#include <QSqlError>

using namespace storage;
using namespace storagetest;

namespace {

class Search : public DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
        CategoryStore categories(m_db);
        categories.seedDefaults(defaultCategories());
        m_llm = categories.byKey(QStringLiteral("llm")).id;
        ArticleStore store(m_db, m_zone);
        FeedItem en = item(QStringLiteral("https://a.example/en"), QStringLiteral("Diffusion transformers scale up"), utc(2026, 3, 9, 1));
        en.content = QStringLiteral("Researchers trained a diffusion transformer on video.");
        FeedItem ko = item(QStringLiteral("https://a.example/ko"), QStringLiteral("네이버, 초거대 언어모델 공개"), utc(2026, 3, 10, 1));
        ko.content = QStringLiteral("네이버가 새로운 언어모델을 공개했다. 투자를 늘린다.");
        store.ingest(a, {en, ko}, utc(2026, 3, 10, 2));
        store.setClassification(2, m_llm, true, 0.9, CategoryOrigin::Llm, QString());
        SummaryStore summaries(m_db);
        SectionSummary s;
        s.day = QStringLiteral("2026-03-08");
        s.categoryId = m_llm;
        s.markdown = QStringLiteral("**최종 요약:** 추론 비용이 크게 줄었다. Inference costs fell.");
        summaries.put(s);
    }
    qint64 m_llm = 0;
};

} // namespace

TEST_F(Search, FindsEnglishWordsAndPrefixesWithHighlightedSnippets)
{
    ArticleStore store(m_db, m_zone);
    const auto hits = store.search(QStringLiteral("diffusion transform"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).articleId, 1);
    EXPECT_EQ(hits.at(0).day, QStringLiteral("2026-03-09"));
    EXPECT_FALSE(hits.at(0).isSummary);
    EXPECT_TRUE(hits.at(0).snippet.contains(ArticleStore::snippetOpen()));
    EXPECT_TRUE(ArticleStore::snippetToHtml(hits.at(0).snippet).contains(QStringLiteral("<b>")));
    EXPECT_TRUE(store.search(QStringLiteral("diffusion robots")).isEmpty()); // every word must match
}

TEST_F(Search, FindsKoreanWordsDespiteParticles)
{
    ArticleStore store(m_db, m_zone);
    const auto hits = store.search(QStringLiteral("언어모델"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).articleId, 2);
    EXPECT_EQ(hits.at(0).categoryId, m_llm);
    EXPECT_EQ(store.search(QStringLiteral("투자")).size(), 1); // "투자를" in the text
    EXPECT_EQ(store.search(QStringLiteral("네이버")).size(), 1);
}

TEST_F(Search, FindsSectionSummariesToo)
{
    ArticleStore store(m_db, m_zone);
    const auto hits = store.search(QStringLiteral("추론 비용"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_TRUE(hits.at(0).isSummary);
    EXPECT_EQ(hits.at(0).articleId, 0);
    EXPECT_EQ(hits.at(0).day, QStringLiteral("2026-03-08"));
    EXPECT_EQ(hits.at(0).categoryId, m_llm);
    EXPECT_EQ(hits.at(0).title, QStringLiteral("LLM"));
    EXPECT_EQ(store.search(QStringLiteral("inference")).size(), 1);
}

TEST_F(Search, QueriesWithFtsSyntaxAreTakenAsText)
{
    ArticleStore store(m_db, m_zone);
    const QStringList hostile = {QStringLiteral("\"diffusion"), QStringLiteral("diffusion*"),
                                 QStringLiteral("diffusion:"), QStringLiteral("(diffusion"),
                                 QStringLiteral("diffusion +"), QStringLiteral("diffusion)"),
                                 QStringLiteral("-diffusion"), QStringLiteral("^diffusion'")};
    for (const QString &q : hostile) {
        const auto hits = store.search(q);
        EXPECT_TRUE(store.lastError().isEmpty()) << q.toStdString() << ": " << store.lastError().toStdString();
        EXPECT_GE(hits.size(), 1) << q.toStdString();
    }
    for (const QString &q : {QStringLiteral("AND"), QStringLiteral("NEAR(a b)"), QStringLiteral("OR NOT")}) {
        store.search(q);
        EXPECT_TRUE(store.lastError().isEmpty()) << q.toStdString();
    }
    EXPECT_TRUE(store.search(QStringLiteral("\"*()^:")).isEmpty());
    EXPECT_TRUE(store.search(QString()).isEmpty());
    EXPECT_EQ(ArticleStore::ftsQuery(QStringLiteral("a\"b c")), QStringLiteral("\"a\"* \"b\"* \"c\"*"));
}

TEST_F(Search, ReIngestedContentIsReindexed)
{
    ArticleStore store(m_db, m_zone);
    FeedItem en = item(QStringLiteral("https://a.example/en"), QStringLiteral("Diffusion transformers scale up"), utc(2026, 3, 9, 1));
    en.content = QStringLiteral("Now about protein folding instead.");
    store.ingest(1, {en}, utc(2026, 3, 10, 5));
    EXPECT_EQ(store.search(QStringLiteral("protein")).size(), 1);
    EXPECT_TRUE(store.search(QStringLiteral("video")).isEmpty());
}

TEST_F(Search, ArticlesLeftForTheCommitAreIndexedOnceWhenTheBacklogCatchesUp)
{
    ArticleStore store(m_db, m_zone);
    const QList<FeedItem> items = {
        item(QStringLiteral("https://a.example/q1"), QStringLiteral("Quantum annealing benchmark"), utc(2026, 3, 10, 3)),
        item(QStringLiteral("https://a.example/q2"), QStringLiteral("Quantum error correction"), utc(2026, 3, 10, 4))};
    ASSERT_EQ(store.ingest(1, items, utc(2026, 3, 10, 5), ArticleStore::Indexing::BeforeCommit).inserted, 2);
    EXPECT_TRUE(store.search(QStringLiteral("quantum")).isEmpty()); // stored, not yet indexed
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT indexed_up_to FROM search_state")), 2);

    QString error;
    ASSERT_TRUE(SearchBacklog::catchUp(SqliteStatement::handle(m_db), &error)) << error.toStdString();
    EXPECT_EQ(store.search(QStringLiteral("quantum")).size(), 2);
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT indexed_up_to FROM search_state")), 4);

    // Catching up again, or ingesting with Now afterwards, indexes nothing twice.
    ASSERT_TRUE(SearchBacklog::catchUp(SqliteStatement::handle(m_db), &error));
    store.ingest(1, {item(QStringLiteral("https://a.example/q3"), QStringLiteral("Quantum sensing"), utc(2026, 3, 10, 6))},
                 utc(2026, 3, 10, 7));
    EXPECT_EQ(store.search(QStringLiteral("quantum")).size(), 3);
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM articles_fts_docsize")),
              scalar(m_db, QStringLiteral("SELECT count(*) FROM articles")));
    QSqlQuery check(m_db);
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")))
        << check.lastError().text().toStdString();
}
