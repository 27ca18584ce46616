// Issue 9 §4: the day's briefing in schema 5's `briefings` table.
#include "StorageTestUtil.h"

#include "storage/BriefingStore.h"

using namespace storage;
using namespace storagetest;

using BriefingStoreTest = DbFixture;

TEST_F(BriefingStoreTest, ABriefingRoundTripsAndReplacesTheDaysOne)
{
    BriefingStore store(m_db);
    EXPECT_FALSE(store.get(QStringLiteral("2026-11-20")).has_value());

    Briefing b;
    b.day = QStringLiteral("2026-11-20");
    b.items = {{QStringLiteral("첫째 소식."), {1, 2}}, {QStringLiteral("Second item."), {3}}};
    b.articleIds = {42, 7, 19};
    b.provenance.provider = QStringLiteral("anthropic");
    b.provenance.model = QStringLiteral("claude-test");
    b.provenance.promptVersion = QStringLiteral("briefing-v1");
    b.provenance.language = QStringLiteral("ko");
    b.provenance.inputHash = QStringLiteral("abc123");
    b.provenance.tokensIn = 900;
    b.provenance.tokensOut = 120;
    b.provenance.createdAt = utc(2026, 11, 20, 7, 30);
    store.put(b);
    ASSERT_TRUE(store.lastError().isEmpty()) << store.lastError().toStdString();

    const std::optional<Briefing> back = store.get(b.day);
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->items.size(), 2);
    EXPECT_EQ(back->items.at(0).text, QStringLiteral("첫째 소식."));
    EXPECT_EQ(back->items.at(0).citations, (QList<int>{1, 2}));
    EXPECT_EQ(back->articleIds, b.articleIds);
    EXPECT_EQ(back->articleIdsOf(back->items.at(1)), QList<qint64>{19});
    EXPECT_EQ(back->provenance.provider, QStringLiteral("anthropic"));
    EXPECT_EQ(back->provenance.model, QStringLiteral("claude-test"));
    EXPECT_EQ(back->provenance.promptVersion, QStringLiteral("briefing-v1"));
    EXPECT_EQ(back->provenance.inputHash, QStringLiteral("abc123"));
    EXPECT_EQ(back->provenance.tokensIn, 900);
    EXPECT_EQ(back->provenance.createdAt, b.provenance.createdAt);
    EXPECT_TRUE(back->error.isEmpty());

    // An offline stand-in with the LLM's error replaces it; offline is stored as provider ''.
    Briefing offline;
    offline.day = b.day;
    offline.items = {{QStringLiteral("Offline."), {1}}};
    offline.articleIds = {7};
    offline.provenance.provider = QStringLiteral("offline");
    offline.error = QStringLiteral("the answer is not a JSON object");
    store.put(offline);
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM briefings")), 1);
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM briefings WHERE provider = ''")), 1);
    const std::optional<Briefing> again = store.get(b.day);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->provenance.provider, QStringLiteral("offline"));
    EXPECT_EQ(again->error, offline.error);
    EXPECT_EQ(again->items.size(), 1);
}

TEST_F(BriefingStoreTest, AnUnreadableRowIsAnErrorNotABriefing)
{
    QSqlQuery q(m_db);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO briefings (day, doc_json) VALUES ('2026-11-21', '{broken')")));
    const std::optional<Briefing> b = BriefingStore(m_db).get(QStringLiteral("2026-11-21"));
    ASSERT_TRUE(b.has_value());
    EXPECT_TRUE(b->isEmpty());
    EXPECT_FALSE(b->error.isEmpty());
}
