#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "model/Clock.h"

#include <QCryptographicHash>

using namespace storage;
using namespace storagetest;

namespace {

class Ingest : public DbFixture
{
protected:
    const QDateTime now = utc(2026, 3, 10, 9);
};

} // namespace

TEST_F(Ingest, InsertsNewArticlesWithTheirSource)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore store(m_db, m_zone);
    const auto stats = store.ingest(a, {item(QStringLiteral("https://x.example/1"), QStringLiteral("First story about models"), utc(2026, 3, 10, 1)),
                                        item(QStringLiteral("https://x.example/2"), QStringLiteral("Second story about chips"), utc(2026, 3, 10, 2))},
                                    now);
    EXPECT_TRUE(stats.error.isEmpty()) << stats.error.toStdString();
    EXPECT_EQ(stats.inserted, 2);
    EXPECT_EQ(stats.duplicates, 0);
    const QList<Article> day = store.articlesForDay(QStringLiteral("2026-03-10"));
    ASSERT_EQ(day.size(), 2);
    EXPECT_EQ(day.at(0).item.title, QStringLiteral("Second story about chips")); // newest first
    EXPECT_EQ(day.at(0).sourceTitles, QStringList{QStringLiteral("Alpha")});
    EXPECT_EQ(day.at(1).firstSeen, now);
    EXPECT_EQ(store.days(), QStringList{QStringLiteral("2026-03-10")});
}

TEST_F(Ingest, SameUrlOrGuidFromAnotherSourceIsOneArticleWithBothSources)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    const qint64 b = addSource(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    ArticleStore store(m_db, m_zone);
    const QDateTime t = utc(2026, 3, 10, 1);
    store.ingest(a, {item(QStringLiteral("https://x.example/post"), QStringLiteral("A model launch"), t),
                     item(QStringLiteral("https://x.example/other"), QStringLiteral("Unrelated"), t,
                          QStringLiteral("tag:x.example,2026:42"))},
                 now);
    // Same canonical URL (the parser already stripped utm_*), and the same
    // worldwide GUID under a different URL.
    const auto stats = store.ingest(
        b, {item(QStringLiteral("https://x.example/post"), QStringLiteral("A model launch"), t),
            item(QStringLiteral("https://mirror.example/other"), QStringLiteral("Unrelated"), t,
                 QStringLiteral("tag:x.example,2026:42"))},
        now);
    EXPECT_EQ(stats.inserted, 0);
    EXPECT_EQ(stats.duplicates, 2);
    EXPECT_EQ(store.articleCount(), 2);
    const QList<Article> day = store.articlesForDay(QStringLiteral("2026-03-10"));
    ASSERT_EQ(day.size(), 2);
    for (const Article &art : day) {
        QStringList titles = art.sourceTitles;
        titles.sort();
        EXPECT_EQ(titles, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    }
    // Seeing it again from the same source is neither new nor a duplicate.
    const auto again = store.ingest(b, {item(QStringLiteral("https://x.example/post"), QStringLiteral("A model launch"), t)}, now);
    EXPECT_EQ(again.inserted + again.duplicates + again.updated, 0);
}

TEST_F(Ingest, ShortLocalGuidsOnlyMatchWithinTheirOwnSource)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    const qint64 b = addSource(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    ArticleStore store(m_db, m_zone);
    FeedItem one = item(QString(), QStringLiteral("Post one from alpha"), utc(2026, 3, 10, 1), QStringLiteral("17"));
    FeedItem other = item(QString(), QStringLiteral("Post from beta"), utc(2026, 3, 10, 1), QStringLiteral("17"));
    EXPECT_EQ(store.ingest(a, {one}, now).inserted, 1);
    EXPECT_EQ(store.ingest(b, {other}, now).inserted, 1); // "17" is not the same post elsewhere
    one.title = QStringLiteral("Post one from alpha (updated)");
    const auto stats = store.ingest(a, {one}, now);
    EXPECT_EQ(stats.inserted, 0);
    EXPECT_EQ(stats.updated, 1);
    EXPECT_EQ(store.articleCount(), 2);
}

TEST_F(Ingest, NearIdenticalTitlesOnTheSameDayShareAStory)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    const qint64 b = addSource(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    ArticleStore store(m_db, m_zone);
    const QDateTime t = utc(2026, 3, 10, 1);
    store.ingest(a, {item(QStringLiteral("https://a.example/gpt"), QStringLiteral("OpenAI releases GPT-6 with longer context"), t),
                     item(QStringLiteral("https://a.example/other"), QStringLiteral("Robots learn to fold laundry"), t)},
                 now);
    const auto stats = store.ingest(
        b, {item(QStringLiteral("https://b.example/gpt6"), QStringLiteral("OpenAI Releases GPT‑6, With Longer Context! - Beta News"), t),
            // same title, another day: another story
            item(QStringLiteral("https://b.example/old"), QStringLiteral("Robots learn to fold laundry"), utc(2026, 3, 1, 1))},
        now);
    EXPECT_EQ(stats.inserted, 2);
    EXPECT_EQ(stats.linkedStories, 1);
    const QList<Article> day = store.articlesForDay(QStringLiteral("2026-03-10"));
    ASSERT_EQ(day.size(), 3);
    QMap<QString, qint64> story;
    for (const Article &art : day) {
        EXPECT_NE(art.storyId, 0);
        story[art.item.url] = art.storyId;
    }
    EXPECT_EQ(story[QStringLiteral("https://a.example/gpt")], story[QStringLiteral("https://b.example/gpt6")]);
    EXPECT_NE(story[QStringLiteral("https://a.example/gpt")], story[QStringLiteral("https://a.example/other")]);
    const QList<Article> older = store.articlesForDay(QStringLiteral("2026-03-01"));
    ASSERT_EQ(older.size(), 1);
    EXPECT_NE(older.at(0).storyId, story[QStringLiteral("https://a.example/other")]);
}

TEST_F(Ingest, ShortGenericTitlesAreNotMergedIntoOneStory)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore store(m_db, m_zone);
    const QDateTime t = utc(2026, 3, 10, 1);
    const auto stats = store.ingest(a, {item(QStringLiteral("https://a.example/1"), QStringLiteral("Update"), t),
                                        item(QStringLiteral("https://a.example/2"), QStringLiteral("Update"), t)},
                                    now);
    EXPECT_EQ(stats.linkedStories, 0);
}

TEST_F(Ingest, DayIsTheLocalDateOfPublicationElseOfFirstSight)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    // 23:30 UTC on 9 March is 08:30 on 10 March in Seoul, still 9 March in London,
    // and 18:30 on 9 March in New York.
    const QDateTime late = utc(2026, 3, 9, 23, 30);
    const FeedItem undated = item(QStringLiteral("https://a.example/undated"), QStringLiteral("No date on this one at all"));
    const FixedClock clock(utc(2026, 3, 10, 20, 0)); // 05:00 on the 11th in Seoul
    {
        ArticleStore seoul(m_db, QTimeZone("Asia/Seoul"));
        seoul.ingest(a, {item(QStringLiteral("https://a.example/late"), QStringLiteral("Late night launch"), late), undated},
                     clock.nowUtc());
        EXPECT_EQ(seoul.article(1).day, QStringLiteral("2026-03-10"));
        EXPECT_EQ(seoul.article(2).day, QStringLiteral("2026-03-11"));
        EXPECT_EQ(seoul.dayFor(late), dayOf(late, QTimeZone("Asia/Seoul")));
    }
    // The time-zone setting changes: every day is recomputed.
    ArticleStore london(m_db, QTimeZone("Europe/London"));
    london.recomputeDays(QTimeZone("Europe/London"));
    EXPECT_EQ(london.article(1).day, QStringLiteral("2026-03-09"));
    EXPECT_EQ(london.article(2).day, QStringLiteral("2026-03-10"));
    EXPECT_EQ(london.articlesForDay(QStringLiteral("2026-03-09")).size(), 1);
    ArticleStore ny(m_db, QTimeZone("America/New_York"));
    ny.recomputeDays(QTimeZone("America/New_York"));
    EXPECT_EQ(ny.article(1).day, QStringLiteral("2026-03-09"));
    EXPECT_EQ(ny.article(2).day, QStringLiteral("2026-03-10"));
    EXPECT_EQ(ny.days(), (QStringList{QStringLiteral("2026-03-10"), QStringLiteral("2026-03-09")}));
    const auto counts = ny.dayCounts(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    ASSERT_EQ(counts.size(), 2);
    EXPECT_EQ(counts.at(0), qMakePair(QStringLiteral("2026-03-09"), 1));
}

TEST_F(Ingest, ReFetchUpdatesContentButNeverUserState)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    CategoryStore categories(m_db);
    categories.seedDefaults(defaultCategories());
    const qint64 vision = categories.byKey(QStringLiteral("vision")).id;
    const qint64 llm = categories.byKey(QStringLiteral("llm")).id;
    ASSERT_GT(vision, 0);
    ArticleStore store(m_db, m_zone);
    FeedItem it = item(QStringLiteral("https://a.example/1"), QStringLiteral("A vision model"), utc(2026, 3, 10, 1));
    store.ingest(a, {it}, now);
    const qint64 id = store.articlesForDay(QStringLiteral("2026-03-10")).at(0).id;
    store.setRead(id, true);
    store.setStarred(id, true);
    store.setUserCategory(id, vision, true);

    it.content = QStringLiteral("Corrected text of the article");
    const auto stats = store.ingest(a, {it}, now.addSecs(3600));
    EXPECT_EQ(stats.updated, 1);
    // And the classifier runs again: the user's choice still wins.
    store.setClassification(id, llm, true, 0.9, CategoryOrigin::Llm, QStringLiteral("mentions a model"));
    store.setClassification(id, llm, false, 0.9, CategoryOrigin::Offline, QStringLiteral("keywords"));

    const Article art = store.article(id);
    EXPECT_EQ(art.item.content, QStringLiteral("Corrected text of the article"));
    EXPECT_EQ(art.firstSeen, now); // first sight is not moved by a re-fetch
    EXPECT_TRUE(art.read);
    EXPECT_TRUE(art.starred);
    EXPECT_EQ(art.categoryId, vision);
    EXPECT_EQ(art.origin, CategoryOrigin::User);
    EXPECT_TRUE(art.isAi);
    EXPECT_TRUE(store.unclassified(QStringLiteral("2026-03-10")).isEmpty());

    // Clearing the user's choice reveals the machine's latest verdict.
    store.setUserCategory(id, 0);
    const Article machine = store.article(id);
    EXPECT_EQ(machine.categoryId, llm);
    EXPECT_EQ(machine.origin, CategoryOrigin::Offline);
    EXPECT_FALSE(machine.isAi);
    EXPECT_EQ(machine.reason, QStringLiteral("keywords"));
}

TEST_F(Ingest, UnclassifiedListsOnlyArticlesWithoutAnyVerdict)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    CategoryStore categories(m_db);
    categories.seedDefaults(defaultCategories());
    const qint64 llm = categories.byKey(QStringLiteral("llm")).id;
    ArticleStore store(m_db, m_zone);
    store.ingest(a, {item(QStringLiteral("https://a.example/1"), QStringLiteral("One about language models"), utc(2026, 3, 10, 1)),
                     item(QStringLiteral("https://a.example/2"), QStringLiteral("Two about speech models"), utc(2026, 3, 10, 2)),
                     item(QStringLiteral("https://a.example/3"), QStringLiteral("Three about vision models"), utc(2026, 3, 10, 3))},
                 now);
    const QList<qint64> ids = store.unclassified(QStringLiteral("2026-03-10"));
    ASSERT_EQ(ids.size(), 3);
    store.setClassification(ids.at(0), llm, true, 0.8, CategoryOrigin::Offline, QStringLiteral("llm"));
    store.setUserCategory(ids.at(1), llm);
    EXPECT_EQ(store.unclassified(QStringLiteral("2026-03-10")), QList<qint64>{ids.at(2)});
}

TEST_F(Ingest, ImportedArticlesBelongToTheirDayWithOriginImported)
{
    CategoryStore categories(m_db);
    categories.seedDefaults(defaultCategories());
    const qint64 llm = categories.byKey(QStringLiteral("llm")).id;
    ArticleStore store(m_db, m_zone);
    const qint64 id = store.importArticle(QStringLiteral("2025-11-02"), QStringLiteral("An old headline"),
                                          QStringLiteral("https://old.example/a"), llm);
    ASSERT_GT(id, 0);
    EXPECT_EQ(store.importArticle(QStringLiteral("2025-11-02"), QStringLiteral("An old headline"),
                                  QStringLiteral("https://old.example/a"), llm),
              id);
    const Article art = store.article(id);
    EXPECT_EQ(art.day, QStringLiteral("2025-11-02"));
    EXPECT_EQ(art.origin, CategoryOrigin::Imported);
    EXPECT_EQ(art.categoryId, llm);
    EXPECT_EQ(store.articleCount(), 1);
}

TEST_F(Ingest, AFailedBatchLeavesNothingBehind)
{
    ArticleStore store(m_db, m_zone);
    // Source 999 does not exist: the foreign key fails on the link, so the
    // whole batch is rolled back.
    const auto stats = store.ingest(999, {item(QStringLiteral("https://a.example/1"), QStringLiteral("Orphan article title"), utc(2026, 3, 10, 1))}, now);
    EXPECT_FALSE(stats.error.isEmpty());
    EXPECT_EQ(stats.inserted, 0);
    EXPECT_EQ(store.articleCount(), 0);
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM stories")), 0);
}

TEST_F(Ingest, AnArticleStoredWithAnOlderVersionsHashIsNotSeenAsChanged)
{
    // Older versions stored MD5 over the UTF-16 text; the current hash is
    // another. An unchanged article must not count as updated on its first
    // fetch after an upgrade, and a changed one still must.
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore store(m_db, m_zone);
    FeedItem it = item(QStringLiteral("https://a.example/1"), QStringLiteral("한국어 모델 launch"), utc(2026, 3, 10, 1));
    it.author = QStringLiteral("Kim");
    it.tags = {QStringLiteral("ai"), QStringLiteral("모델")};
    ASSERT_EQ(store.ingest(a, {it}, now).inserted, 1);
    EXPECT_EQ(store.ingest(a, {it}, now).updated, 0);

    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const QString &field : {it.link, it.title, it.summary, it.summaryHtml, it.content,
                                 it.contentHtml, it.author, it.tags.join(QChar(0x1f)),
                                 it.enclosure.url, it.enclosure.type,
                                 QString::number(it.enclosure.length),
                                 QString::number(it.published.toMSecsSinceEpoch()),
                                 QString::number(-1)}) {
        md5.addData(QByteArrayView(reinterpret_cast<const char *>(field.utf16()), field.size() * 2));
        md5.addData(QByteArrayView("\x1f", 1));
    }
    QSqlQuery q(m_db);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE articles SET content_hash = '%1'")
                           .arg(QString::fromLatin1(md5.result().toHex()))));
    EXPECT_EQ(store.ingest(a, {it}, now).updated, 0);

    it.summary = QStringLiteral("A corrected summary");
    EXPECT_EQ(store.ingest(a, {it}, now).updated, 1);
    EXPECT_EQ(store.ingest(a, {it}, now).updated, 0); // now stored with the current hash
}

TEST_F(Ingest, ItemsPreparedOffTheWriterThreadGiveTheSameResult)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore store(m_db, m_zone);
    // 20:00 UTC is already the next day in Seoul; items prepared for another
    // zone get their day from the store's zone.
    const FeedItem late = item(QStringLiteral("https://a.example/late"), QStringLiteral("Late evening model release"), utc(2026, 3, 10, 20));
    const FeedItem undated = item(QStringLiteral("https://a.example/undated"), QStringLiteral("An undated article about chips"));
    const auto stats = store.ingest(a, PreparedItems({late, undated}, QTimeZone::utc()), now);
    EXPECT_TRUE(stats.error.isEmpty()) << stats.error.toStdString();
    EXPECT_EQ(stats.inserted, 2);
    EXPECT_EQ(store.articlesForDay(QStringLiteral("2026-03-11")).size(), 1);
    EXPECT_EQ(store.articlesForDay(QStringLiteral("2026-03-10")).size(), 1); // first seen 09:00 UTC = 18:00 KST

    const auto again = store.ingest(a, PreparedItems({late, undated}, m_zone), now);
    EXPECT_EQ(again.inserted + again.updated + again.duplicates, 0);
}
