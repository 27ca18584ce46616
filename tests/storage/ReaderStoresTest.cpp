#include "StorageTestUtil.h"

#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/FullTextStore.h"
#include "storage/ImageStore.h"
#include "storage/SourceStore.h"
#include "storage/SummaryStore.h"

using namespace storage;
using namespace storagetest;

// The reader's stores over schema 5: reading options per source, full text
// per article, images by URL.
using ReaderStores = DbFixture;

namespace {

FullText okText(qint64 articleId, const QString &text, int words)
{
    FullText f;
    f.articleId = articleId;
    f.state = FullText::State::Ok;
    f.title = QStringLiteral("Title");
    f.byline = QStringLiteral("By A. Writer");
    f.excerpt = QStringLiteral("An excerpt");
    f.html = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    f.text = text;
    f.wordCount = words;
    f.attempts = 1;
    f.fetchedAt = utc(2026, 3, 10, 9);
    return f;
}

FullText failedText(qint64 articleId, const QString &error, int attempts, const QDateTime &next)
{
    FullText f;
    f.articleId = articleId;
    f.state = FullText::State::Failed;
    f.error = error;
    f.attempts = attempts;
    f.fetchedAt = utc(2026, 3, 10, 9);
    f.nextAttempt = next;
    return f;
}

} // namespace

TEST_F(ReaderStores, ReadingOptionsAreSetOnlyBySetReadingOptionsAndSurviveUpdates)
{
    SourceStore sources(m_db);
    const qint64 id = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    Source s = sources.byId(id);
    EXPECT_EQ(s.fullText, FullTextMode::Off);
    EXPECT_FALSE(s.loadImages);

    ASSERT_TRUE(sources.setReadingOptions(id, FullTextMode::Auto, true)) << sources.lastError().toStdString();
    s = sources.byId(id);
    EXPECT_EQ(s.fullText, FullTextMode::Auto);
    EXPECT_TRUE(s.loadImages);

    // The refresh pipeline's update() (fetch state) leaves them alone, even
    // with a stale copy of the source.
    Source stale = s;
    stale.fullText = FullTextMode::Off;
    stale.loadImages = false;
    stale.lastError = QStringLiteral("HTTP 500");
    ASSERT_TRUE(sources.update(stale));
    s = sources.byId(id);
    EXPECT_EQ(s.fullText, FullTextMode::Auto);
    EXPECT_TRUE(s.loadImages);
    EXPECT_EQ(s.lastError, QStringLiteral("HTTP 500"));

    ASSERT_TRUE(sources.setReadingOptions(id, FullTextMode::On, false));
    EXPECT_EQ(sources.byUrl(QStringLiteral("https://a.example/feed")).fullText, FullTextMode::On);
    EXPECT_FALSE(sources.byUrl(QStringLiteral("https://a.example/feed")).loadImages);

    EXPECT_FALSE(sources.setReadingOptions(id + 100, FullTextMode::On, true));
    EXPECT_FALSE(sources.lastError().isEmpty());
}

TEST_F(ReaderStores, FullTextRoundTripsAndReplacesAFailedTry)
{
    const qint64 src = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore articles(m_db, m_zone);
    articles.ingest(src, {item(QStringLiteral("https://a.example/1"), QStringLiteral("One"), utc(2026, 3, 10, 1))},
                    utc(2026, 3, 10, 2));
    const qint64 id = scalar(m_db, QStringLiteral("SELECT id FROM articles"));
    FullTextStore store(m_db);

    FullText none = store.forArticle(id);
    EXPECT_EQ(none.state, FullText::State::None);
    EXPECT_EQ(none.articleId, id);

    ASSERT_TRUE(store.save(failedText(id, QStringLiteral("HTTP 404"), 1, utc(2026, 3, 10, 9, 5))))
        << store.lastError().toStdString();
    FullText back = store.forArticle(id);
    EXPECT_EQ(back.state, FullText::State::Failed);
    EXPECT_EQ(back.error, QStringLiteral("HTTP 404"));
    EXPECT_EQ(back.attempts, 1);
    EXPECT_EQ(back.fetchedAt, utc(2026, 3, 10, 9));
    EXPECT_EQ(back.nextAttempt, utc(2026, 3, 10, 9, 5));
    EXPECT_TRUE(back.text.isEmpty());

    ASSERT_TRUE(store.save(okText(id, QStringLiteral("Full body of the article"), 5)));
    back = store.forArticle(id);
    EXPECT_EQ(back.state, FullText::State::Ok);
    EXPECT_EQ(back.title, QStringLiteral("Title"));
    EXPECT_EQ(back.byline, QStringLiteral("By A. Writer"));
    EXPECT_EQ(back.excerpt, QStringLiteral("An excerpt"));
    EXPECT_EQ(back.html, QStringLiteral("<p>Full body of the article</p>"));
    EXPECT_EQ(back.text, QStringLiteral("Full body of the article"));
    EXPECT_EQ(back.wordCount, 5);
    EXPECT_TRUE(back.error.isEmpty());
    EXPECT_FALSE(back.nextAttempt.isValid());
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM article_fulltext")), 1);
}

TEST_F(ReaderStores, FullTextRefusesARowWithoutAState)
{
    const qint64 src = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore(m_db, m_zone).ingest(src, {item(QStringLiteral("https://a.example/1"), QStringLiteral("One"))},
                                      utc(2026, 3, 10, 2));
    const qint64 id = scalar(m_db, QStringLiteral("SELECT id FROM articles"));
    FullTextStore store(m_db);
    FullText f;
    f.articleId = id; // state None: nothing was tried, nothing to store
    EXPECT_FALSE(store.save(f));
    EXPECT_FALSE(store.lastError().isEmpty());
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM article_fulltext")), 0);
}

TEST_F(ReaderStores, OkWordCountsListOnlyArticlesWithFullText)
{
    const qint64 src = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore articles(m_db, m_zone);
    articles.ingest(src,
                    {item(QStringLiteral("https://a.example/1"), QStringLiteral("One")),
                     item(QStringLiteral("https://a.example/2"), QStringLiteral("Two")),
                     item(QStringLiteral("https://a.example/3"), QStringLiteral("Three"))},
                    utc(2026, 3, 10, 2));
    const qint64 first = scalar(m_db, QStringLiteral("SELECT min(id) FROM articles"));
    FullTextStore store(m_db);
    ASSERT_TRUE(store.save(okText(first, QStringLiteral("a b c"), 3)));
    ASSERT_TRUE(store.save(failedText(first + 1, QStringLiteral("not HTML"), 1, {})));
    ASSERT_TRUE(store.save(okText(first + 2, QStringLiteral("a b c d e f g"), 7)));

    const QHash<qint64, int> counts = store.okWordCounts({first, first + 1, first + 2, first + 99});
    EXPECT_EQ(counts.size(), 2);
    EXPECT_EQ(counts.value(first), 3);
    EXPECT_EQ(counts.value(first + 2), 7);
    EXPECT_FALSE(counts.contains(first + 1));
}

TEST_F(ReaderStores, CountsBySourceSeparateOkFromFailed)
{
    const qint64 a = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    const qint64 b = addSource(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    const qint64 c = addSource(QStringLiteral("https://c.example/feed"), QStringLiteral("Gamma"));
    ArticleStore articles(m_db, m_zone);
    articles.ingest(a, {item(QStringLiteral("https://x.example/1"), QStringLiteral("One")),
                        item(QStringLiteral("https://x.example/2"), QStringLiteral("Two"))},
                    utc(2026, 3, 10, 2));
    articles.ingest(b, {item(QStringLiteral("https://x.example/3"), QStringLiteral("Three"))}, utc(2026, 3, 10, 2));
    const qint64 one = scalar(m_db, QStringLiteral("SELECT id FROM articles WHERE url = 'https://x.example/1'"));
    const qint64 two = scalar(m_db, QStringLiteral("SELECT id FROM articles WHERE url = 'https://x.example/2'"));
    const qint64 three = scalar(m_db, QStringLiteral("SELECT id FROM articles WHERE url = 'https://x.example/3'"));
    FullTextStore store(m_db);
    ASSERT_TRUE(store.save(okText(one, QStringLiteral("x"), 1)));
    ASSERT_TRUE(store.save(failedText(two, QStringLiteral("HTTP 404"), 1, {})));
    ASSERT_TRUE(store.save(failedText(three, QStringLiteral("no main content"), 2, {})));

    const auto counts = store.countsBySource();
    EXPECT_EQ(counts.value(a).ok, 1);
    EXPECT_EQ(counts.value(a).failed, 1);
    EXPECT_EQ(counts.value(b).ok, 0);
    EXPECT_EQ(counts.value(b).failed, 1);
    EXPECT_FALSE(counts.contains(c));
}

TEST_F(ReaderStores, FullTextGoesWithItsArticle)
{
    const qint64 src = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    ArticleStore(m_db, m_zone).ingest(src, {item(QStringLiteral("https://a.example/1"), QStringLiteral("One"))},
                                      utc(2026, 3, 10, 2));
    const qint64 id = scalar(m_db, QStringLiteral("SELECT id FROM articles"));
    ASSERT_TRUE(FullTextStore(m_db).save(okText(id, QStringLiteral("body"), 1)));
    QSqlQuery q(m_db);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM articles")));
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM article_fulltext")), 0);
}

TEST_F(ReaderStores, ImagesKeepBytesOrTheirError)
{
    ImageStore images(m_db);
    const QString png = QStringLiteral("https://img.example/a.png");
    const QString broken = QStringLiteral("https://img.example/b.png");
    EXPECT_FALSE(images.contains(png));
    EXPECT_TRUE(images.image(png).url.isEmpty());

    QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    ASSERT_TRUE(images.save({png, QStringLiteral("image/png"), bytes, {}, utc(2026, 3, 10, 9)}))
        << images.lastError().toStdString();
    ASSERT_TRUE(images.save({broken, {}, {}, QStringLiteral("HTTP 404"), {}}));

    EXPECT_TRUE(images.contains(png));
    EXPECT_TRUE(images.contains(broken));
    const ImageStore::Image back = images.image(png);
    EXPECT_EQ(back.url, png);
    EXPECT_EQ(back.contentType, QStringLiteral("image/png"));
    EXPECT_EQ(back.data, bytes); // binary, NUL bytes included
    EXPECT_EQ(back.fetchedAt, utc(2026, 3, 10, 9));
    EXPECT_TRUE(back.error.isEmpty());

    const ImageStore::Image failed = images.image(broken);
    EXPECT_EQ(failed.url, broken);
    EXPECT_TRUE(failed.data.isEmpty());
    EXPECT_EQ(failed.error, QStringLiteral("HTTP 404"));
    EXPECT_TRUE(failed.fetchedAt.isValid()); // stamped when not given

    // A later successful fetch replaces the failure.
    ASSERT_TRUE(images.save({broken, QStringLiteral("image/gif"), QByteArray("GIF89a"), {}, utc(2026, 3, 11, 9)}));
    EXPECT_EQ(images.image(broken).data, QByteArray("GIF89a"));
    EXPECT_TRUE(images.image(broken).error.isEmpty());
    EXPECT_EQ(scalar(m_db, QStringLiteral("SELECT count(*) FROM images")), 2);
}

TEST_F(ReaderStores, ASummaryRemembersWhichArticlesItReadInFull)
{
    Category c;
    c.key = QStringLiteral("models");
    c.name = QStringLiteral("Models");
    const qint64 category = CategoryStore(m_db).add(c);
    ASSERT_GT(category, 0);
    SummaryStore store(m_db);
    SectionSummary s;
    s.day = QStringLiteral("2026-03-10");
    s.categoryId = category;
    s.doc.themes = {QStringLiteral("Models")};
    s.doc.events = {{QStringLiteral("A lab trained a model."), {1, 2}}};
    s.doc.conclusion = QStringLiteral("Done.");
    s.markdown = QStringLiteral("## Models");
    s.provenance.provider = QStringLiteral("offline");
    s.provenance.fullTextArticles = {42, 7};
    store.put(s);
    ASSERT_TRUE(store.lastError().isEmpty()) << store.lastError().toStdString();

    auto back = store.get(s.day, category);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->provenance.fullTextArticles, (QList<qint64>{42, 7}));
    EXPECT_EQ(back->doc.themes, s.doc.themes); // the doc itself is unchanged
    EXPECT_EQ(back->doc.events.size(), 1);
    EXPECT_EQ(back->doc.events.first().citations, (QList<int>{1, 2}));
    EXPECT_EQ(back->doc.conclusion, QStringLiteral("Done."));

    // Made from feed texts only: nothing recorded.
    s.provenance.fullTextArticles.clear();
    store.put(s);
    back = store.get(s.day, category);
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->provenance.fullTextArticles.isEmpty());
}
