// Schema 10 (issue 13): a profile made before editions becomes the News
// edition with nothing lost, and Papers appears beside it, empty.
#include "StorageTestUtil.h"

#include "model/Category.h"
#include "storage/ArticleStore.h"
#include "storage/BriefingStore.h"
#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/EditionStore.h"
#include "storage/SearchTokenizer.h"
#include "storage/SourceStore.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"
#include "storage/SummaryStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

using namespace storage;
using namespace storagetest;

namespace {

const QString kDay = QStringLiteral("2026-11-18");

// A profile as the version before editions (schema 9) wrote it: its
// migrations as they were, then its rows written with its own SQL.
void makeSchema9Profile(const QString &path)
{
    const QString name = uniqueConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(migrateUpTo(db, 9, &error)) << error.toStdString();
        const QStringList rows{
            QStringLiteral("INSERT INTO sources (id, url, title) VALUES (1, 'https://example.org/feed', 'Example')"),
            QStringLiteral("INSERT INTO categories (id, key, name, emoji, color, position)"
                           " VALUES (1, 'llm', 'LLM', '⭐', '#e69f00', 0), (2, 'other', 'Other', '🗂️', '#f99379', 1)"),
            QStringLiteral("INSERT INTO articles (id, url, link, title, first_seen, day)"
                           " VALUES (1, 'https://example.org/a', 'https://example.org/a', 'A model ships', 1, '%1'),"
                           " (2, 'https://example.org/b', 'https://example.org/b', 'Something else', 2, '%1')")
                .arg(kDay),
            QStringLiteral("INSERT INTO article_sources (article_id, source_id, first_seen) VALUES (1, 1, 1), (2, 1, 2)"),
            QStringLiteral("INSERT INTO classifications (article_id, category_id, is_ai, confidence, origin, updated_at)"
                           " VALUES (1, 1, 1, 0.9, 'llm', 1), (2, 2, 1, 0.4, 'offline', 1)"),
            QStringLiteral("INSERT INTO article_state (article_id, read, starred) VALUES (1, 1, 1)"),
            QStringLiteral("INSERT INTO summaries (day, category_id, provider, markdown)"
                           " VALUES ('%1', 1, 'openai', 'The LLM section.')").arg(kDay),
            QStringLiteral("INSERT INTO briefings (day, provider, doc_json) VALUES ('%1', 'openai', '{\"items\":[]}')")
                .arg(kDay),
        };
        QSqlQuery q(db);
        for (const QString &sql : rows)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(EditionMigration, AnOlderProfileBecomesTheNewsEditionWithNothingLost)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.sqlite"));
    makeSchema9Profile(path);

    const QString name = uniqueConnection();
    const auto opened = Database::open(name, path);
    ASSERT_TRUE(opened.ok) << opened.error.toStdString();
    ASSERT_EQ(opened.fromVersion, 9);
    ASSERT_GE(opened.toVersion, 10);
    QSqlDatabase db = Database::connection(name);

    const QList<Edition> all = EditionStore(db).all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).id, editions::kNewsId);
    EXPECT_EQ(all.at(0).key, QStringLiteral("news"));
    EXPECT_EQ(all.at(0).filePrefix, QStringLiteral("news"));
    EXPECT_EQ(all.at(1).key, QStringLiteral("papers"));
    EXPECT_EQ(all.at(1).filePrefix, QStringLiteral("paper"));
    EXPECT_EQ(all.at(1).titleLine, QStringLiteral("Daily Artificial Intelligence Insights : Papers"));
    EXPECT_EQ(all.at(1).topN, 30);

    // News has every article with its verdict and the user's marks.
    const QList<Article> news = ArticleStore(db, QTimeZone::utc(), editions::kNewsId).articlesForDay(kDay);
    ASSERT_EQ(news.size(), 2);
    const Article first = news.at(0).id == 1 ? news.at(0) : news.at(1);
    EXPECT_EQ(first.categoryId, 1);
    EXPECT_TRUE(first.starred);
    EXPECT_TRUE(first.read);
    EXPECT_EQ(ArticleStore(db, QTimeZone::utc(), editions::kNewsId).days(), QStringList{kDay});
    EXPECT_EQ(CategoryStore(db, editions::kNewsId).all().size(), 2);
    EXPECT_EQ(SummaryStore(db, editions::kNewsId).forDay(kDay).size(), 1);
    EXPECT_EQ(SummaryStore(db, editions::kNewsId).daysWithSummaries(), QStringList{kDay});
    ASSERT_TRUE(BriefingStore(db, editions::kNewsId).get(kDay).has_value());
    const QList<Source> sources = SourceStore(db).all();
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(sources.at(0).editionId, editions::kNewsId);

    // Papers is there and empty; its categories come with the profile's next start.
    const qint64 papers = all.at(1).id;
    EXPECT_TRUE(ArticleStore(db, QTimeZone::utc(), papers).articlesForDay(kDay).isEmpty());
    EXPECT_TRUE(ArticleStore(db, QTimeZone::utc(), papers).days().isEmpty());
    EXPECT_TRUE(SummaryStore(db, papers).forDay(kDay).isEmpty());
    EXPECT_FALSE(BriefingStore(db, papers).get(kDay).has_value());
    EditionStore(db).seedCategories();
    const QList<Category> paperCategories = CategoryStore(db, papers).all();
    ASSERT_EQ(paperCategories.size(), defaultPaperCategories().size());
    EXPECT_EQ(paperCategories.first().name, QStringLiteral("LLM & NLP"));
    EXPECT_EQ(paperCategories.last().name, QStringLiteral("Other"));
    EXPECT_EQ(CategoryStore(db, editions::kNewsId).all().size(), 2); // News's own are untouched
}

TEST(EditionStoreTest, TheSamePageInTwoEditionsIsTwoArticlesAndDaysStayApart)
{
    QTemporaryDir dir;
    const QString name = uniqueConnection();
    ASSERT_TRUE(Database::open(name, dir.filePath(QStringLiteral("p.sqlite"))).ok);
    QSqlDatabase db = Database::connection(name);
    EditionStore editionStore(db);
    const qint64 papers = editionStore.byKey(QStringLiteral("papers")).id;
    SourceStore sources(db);
    Source news;
    news.url = QStringLiteral("https://example.org/news");
    Source paper;
    paper.url = QStringLiteral("https://example.org/papers");
    paper.editionId = papers;
    const qint64 newsId = sources.add(news);
    const qint64 paperId = sources.add(paper);
    ASSERT_GT(newsId, 0);
    ASSERT_GT(paperId, 0);

    ArticleStore store(db, QTimeZone::utc());
    const FeedItem shared = item(QStringLiteral("https://arxiv.org/abs/2406.12345"), QStringLiteral("A paper"),
                                 utc(2026, 11, 18, 9));
    EXPECT_EQ(store.ingest(newsId, {shared}, utc(2026, 11, 18, 10)).inserted, 1);
    EXPECT_EQ(store.ingest(paperId, {shared}, utc(2026, 11, 18, 10)).inserted, 1); // not a duplicate of News's
    EXPECT_EQ(store.ingest(paperId, {shared}, utc(2026, 11, 18, 11)).inserted, 0); // but one within Papers
    EXPECT_EQ(ArticleStore(db, QTimeZone::utc(), editions::kNewsId).articlesForDay(QStringLiteral("2026-11-18")).size(), 1);
    EXPECT_EQ(ArticleStore(db, QTimeZone::utc(), papers).articlesForDay(QStringLiteral("2026-11-18")).size(), 1);
    ArticleStore(db, QTimeZone::utc(), papers).importArticle(QStringLiteral("2026-11-17"), QStringLiteral("Old"),
                                                             QStringLiteral("https://arxiv.org/abs/2406.1"), 0);
    EXPECT_EQ(ArticleStore(db, QTimeZone::utc(), papers).days(),
              (QStringList{QStringLiteral("2026-11-18"), QStringLiteral("2026-11-17")}));
    EXPECT_EQ(ArticleStore(db, QTimeZone::utc(), editions::kNewsId).days(), QStringList{QStringLiteral("2026-11-18")});
}

TEST(EditionStoreTest, AddRenameAndRemoveAUsersEditionButNeverNews)
{
    QTemporaryDir dir;
    const QString name = uniqueConnection();
    ASSERT_TRUE(Database::open(name, dir.filePath(QStringLiteral("p.sqlite"))).ok);
    QSqlDatabase db = Database::connection(name);
    EditionStore store(db);
    store.seedCategories();

    Edition robotics;
    robotics.name = QStringLiteral("Robotics watch");
    robotics.filePrefix = QStringLiteral("../robots");
    const qint64 id = store.add(robotics);
    ASSERT_GT(id, 0) << store.lastError().toStdString();
    Edition added = store.byId(id);
    EXPECT_EQ(added.key, QStringLiteral("robotics-watch"));
    EXPECT_EQ(added.filePrefix, QStringLiteral("robots")); // nothing that leaves the folder
    EXPECT_EQ(added.titleLine, QStringLiteral("Daily Artificial Intelligence Insights : Robotics watch"));
    // Its own categories (News's set), keys unique in the profile.
    const QList<Category> categories = CategoryStore(db, id).all();
    ASSERT_EQ(categories.size(), defaultCategories().size());
    EXPECT_NE(categories.first().key, CategoryStore(db).all().first().key);
    EXPECT_EQ(store.add(robotics), 0); // the name is taken
    EXPECT_FALSE(store.lastError().isEmpty());

    added.name = QStringLiteral("Robots");
    ASSERT_TRUE(store.update(added));
    EXPECT_EQ(store.byId(id).name, QStringLiteral("Robots"));

    Source s;
    s.url = QStringLiteral("https://example.org/robots");
    s.editionId = id;
    const qint64 source = SourceStore(db).add(s);
    ASSERT_GT(ArticleStore(db, QTimeZone::utc()).ingest(source, {item(QStringLiteral("https://example.org/r1"),
                                                                       QStringLiteral("Robot"), utc(2026, 11, 18, 9))},
                                                        utc(2026, 11, 18, 10)).inserted, 0);

    QString error;
    EXPECT_FALSE(store.remove(editions::kNewsId, &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(store.remove(id, &error)) << error.toStdString();
    EXPECT_EQ(store.byId(id).id, 0);
    EXPECT_EQ(SourceStore(db).byId(source).id, 0);
    EXPECT_TRUE(CategoryStore(db, id).all().isEmpty());
    EXPECT_TRUE(ArticleStore(db, QTimeZone::utc(), id).days().isEmpty());
    EXPECT_EQ(CategoryStore(db).all().size(), defaultCategories().size()); // News keeps everything
}
