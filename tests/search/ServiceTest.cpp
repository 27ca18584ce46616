// Search off the GUI thread: results arrive from the worker, a new search
// supersedes the previous one, and reading goes on while the writer commits.
#include "SearchFixture.h"

#include "service/SearchService.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>
#include <QTest>

using namespace searchtest;

namespace {

FeedItem robotItem(int n)
{
    FeedItem it;
    it.url = it.link = it.guid = QStringLiteral("https://w.example/%1").arg(n);
    it.title = QStringLiteral("Warehouse robot number %1").arg(n);
    it.summary = QStringLiteral("Logistics robotics keeps growing.");
    it.published = QDateTime(QDate(2026, 3, 1).addDays(n % 20), QTime(2, 0), Qt::UTC);
    return it;
}

} // namespace

class Service : public SearchFixture
{
};

TEST_F(Service, ResultsArriveFromTheWorkerThread)
{
    const qint64 id = add(QStringLiteral("Edge inference chip"));
    service::SearchService service(m_path);
    QSignalSpy finished(&service, &service::SearchService::finished);
    search::SearchQuery q;
    q.text = QStringLiteral("inference");
    const quint64 ticket = service.search(q);
    EXPECT_TRUE(service.isBusy());
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toULongLong(), ticket);
    const auto results = finished.at(0).at(1).value<search::SearchResults>();
    ASSERT_EQ(results.articles.size(), 1);
    EXPECT_EQ(results.articles.at(0).articleId, id);
    EXPECT_FALSE(service.isBusy());
}

TEST_F(Service, OnlyTheLatestSearchIsDelivered)
{
    add(QStringLiteral("Edge inference chip"));
    add(QStringLiteral("Robot vacuum"));
    service::SearchService service(m_path);
    QSignalSpy finished(&service, &service::SearchService::finished);
    search::SearchQuery q;
    quint64 last = 0;
    // As someone types: each keystroke supersedes the search before it.
    for (const QString &typed : {QStringLiteral("r"), QStringLiteral("ro"), QStringLiteral("rob"),
                                 QStringLiteral("inf"), QStringLiteral("infer")}) {
        q.text = typed;
        last = service.search(q);
    }
    ASSERT_TRUE(finished.wait(10000));
    QCoreApplication::processEvents(); // nothing else is queued behind it
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toULongLong(), last);
    const auto results = finished.at(0).at(1).value<search::SearchResults>();
    ASSERT_EQ(results.articles.size(), 1);
    EXPECT_EQ(results.articles.at(0).title, QStringLiteral("Edge inference chip"));

    // A cancelled search delivers nothing.
    q.text = QStringLiteral("robot");
    service.search(q);
    service.cancel();
    q.text = QStringLiteral("vacuum");
    const quint64 after = service.search(q);
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(finished.count(), 2);
    EXPECT_EQ(finished.at(1).at(0).toULongLong(), after);
}

TEST_F(Service, SearchesReadWhileTheWriterCommits)
{
    storage::StorageWriter writer(m_path, m_zone);
    QString error;
    ASSERT_TRUE(writer.start(&error)) << error.toStdString();
    const int batches = 30, perBatch = 40;
    for (int b = 0; b < batches; ++b) {
        QList<FeedItem> items;
        for (int i = 0; i < perBatch; ++i)
            items.append(robotItem(b * perBatch + i));
        writer.post([this, items](QSqlDatabase &db) {
            storage::ArticleStore(db, m_zone).ingest(m_source, items, QDateTime::currentDateTimeUtc(),
                                                     storage::ArticleStore::Indexing::BeforeCommit);
        });
    }
    service::SearchService service(m_path);
    QSignalSpy finished(&service, &service::SearchService::finished);
    search::SearchQuery q;
    q.text = QStringLiteral("warehouse robot");
    q.limit = batches * perBatch;
    qint64 seen = 0;
    int searches = 0;
    bool drained = false;
    writer.whenDrained(&service, [&](bool, const QString &) { drained = true; });
    while (true) {
        const bool last = drained; // one more search after the writer is done
        service.search(q);
        ASSERT_TRUE(finished.wait(10000));
        const auto results = finished.last().at(1).value<search::SearchResults>();
        ASSERT_TRUE(results.error.isEmpty()) << results.error.toStdString();
        // Whole batches only, never fewer than before.
        EXPECT_EQ(results.articles.size() % perBatch, 0);
        EXPECT_GE(results.articles.size(), seen);
        seen = results.articles.size();
        ++searches;
        if (last)
            break;
    }
    EXPECT_EQ(seen, batches * perBatch);
    EXPECT_GE(searches, 2);
}
