// SearchQuery::editionId: articles and section summaries of one edition.
#include "SearchFixture.h"

#include "storage/CategoryStore.h"
#include "storage/EditionStore.h"
#include "storage/SummaryStore.h"

using namespace searchtest;

TEST_F(SearchFixture, EditionFilterKeepsArticlesAndSummariesOfThatEdition)
{
    storage::EditionStore editionStore(m_db);
    editionStore.seedCategories();
    const qint64 papers = editionStore.byKey(editions::kPapersKey).id;
    ASSERT_GT(papers, 0);
    Source paperSource;
    paperSource.url = QStringLiteral("https://p.example/feed");
    paperSource.title = QStringLiteral("Papers");
    paperSource.editionId = papers;
    const qint64 paperFeed = storage::SourceStore(m_db).add(paperSource);
    ASSERT_GT(paperFeed, 0);
    const qint64 news = add(QStringLiteral("Sparse attention in the news"));
    const qint64 paper =
        add(QStringLiteral("Sparse attention, the paper"), {}, QStringLiteral("2026-03-10"), paperFeed);
    const Category paperCategory = storage::CategoryStore(m_db, papers).all().value(0);
    ASSERT_GT(paperCategory.id, 0);
    SectionSummary s;
    s.day = QStringLiteral("2026-03-10");
    s.categoryId = paperCategory.id;
    s.markdown = QStringLiteral("Sparse attention wins [1].");
    storage::SummaryStore(m_db, papers).put(s);

    search::SearchQuery q;
    q.text = QStringLiteral("sparse");
    q.order = search::SearchQuery::Order::Newest;
    auto r = run(q);
    EXPECT_EQ(r.articles.size(), 2);
    EXPECT_EQ(r.summaries.size(), 1);
    q.editionId = editions::kNewsId;
    r = run(q);
    EXPECT_EQ(idsOf(r), QList<qint64>{news});
    EXPECT_TRUE(r.summaries.isEmpty());
    q.editionId = papers;
    r = run(q);
    EXPECT_EQ(idsOf(r), QList<qint64>{paper});
    EXPECT_EQ(r.summaries.size(), 1);
}
