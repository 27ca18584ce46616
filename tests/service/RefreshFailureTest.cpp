// A refresh where something other than the network fails: the parser throws
// (F3), the disk is full (item 8). Each failure stays with its source, is
// reported, and nothing rolled back is counted as stored.

#include "RefreshFixture.h"

#include "feed/FeedParser.h"

#include <QSemaphore>
#include <QSqlQuery>

#include <new>
#include <stdexcept>

namespace {

using Outcome = service::SourceReport::Outcome;

// A feed whose articles need fresh pages in the database and in its
// full-text index (thousands of distinct words each).
QByteArray bulkyFeed(const QString &tag, int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bulky "
                     + tag.toUtf8() + "</title><link>https://bulky.example/</link>";
    for (int i = 0; i < items; ++i) {
        QStringList words;
        for (int w = 0; w < 3000; ++w)
            words << QStringLiteral("%1w%2x%3").arg(tag).arg(i).arg(w);
        xml += "<item><title>Bulky " + tag.toUtf8() + " " + QByteArray::number(i)
               + "</title><link>https://bulky.example/" + tag.toUtf8() + "/" + QByteArray::number(i)
               + "</link><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate><description>"
               + words.join(QLatin1Char(' ')).toUtf8() + "</description></item>";
    }
    return xml + "</channel></rss>";
}

// Runs on the writer's connection: no page may be added to the file from
// now on, as on a full disk.
void fillTheDisk(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
        q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong()));
}

void roomAgain(QSqlDatabase &db) { QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = 1073741823")); }

class RefreshFailureTest : public RefreshServiceTest
{
protected:
    void serve(const QByteArray &path, const QByteArray &body)
    {
        m_server.route(path, [body](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, body, {{"Content-Type", "application/rss+xml"}});
        });
        addSource(QString::fromLatin1(path));
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_context->profile().database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

TEST_F(RefreshFailureTest, AFeedWhoseParserThrowsFailsAloneAndTheOthersAreStored)
{
    serve("/good.xml", rss(QStringLiteral("Good"), {{QStringLiteral("Stored anyway"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}));
    serve("/throws.xml", rss(QStringLiteral("T"), {{QStringLiteral("Never stored"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}));
    serve("/oom.xml", rss(QStringLiteral("O"), {{QStringLiteral("Never stored either"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")}}));
    m_context->refresh().setParser([](const QByteArray &bytes, const feed::ParseContext &context) {
        const QString path = context.documentUrl.path();
        if (path == QLatin1String("/throws.xml"))
            throw std::runtime_error("parser exploded");
        if (path == QLatin1String("/oom.xml"))
            throw std::bad_alloc();
        return feed::FeedParser::parse(bytes, context);
    });

    const service::RefreshSummary summary = refresh();
    ASSERT_EQ(summary.sources.size(), 3);
    EXPECT_EQ(reportFor(summary, QStringLiteral("/good.xml")).outcome, Outcome::Ok);
    const service::SourceReport thrown = reportFor(summary, QStringLiteral("/throws.xml"));
    EXPECT_EQ(thrown.outcome, Outcome::Failed);
    EXPECT_TRUE(thrown.message.contains(QStringLiteral("parser exploded"))) << thrown.message.toStdString();
    const service::SourceReport oom = reportFor(summary, QStringLiteral("/oom.xml"));
    EXPECT_EQ(oom.outcome, Outcome::Failed);
    EXPECT_TRUE(oom.message.contains(QStringLiteral("memory"))) << oom.message.toStdString();
    EXPECT_EQ(summary.newArticles, 1);
    EXPECT_TRUE(summary.storageError.isEmpty());
    const QList<Article> stored = day(QStringLiteral("2026-11-20"));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().item.title, QStringLiteral("Stored anyway"));
    // The failure is remembered like any other: the source backs off.
    const Source t = storage::SourceStore(m_context->profile().database()).byUrl(m_server.url(QStringLiteral("/throws.xml")).toString());
    EXPECT_EQ(t.consecutiveFailures, 1);
    EXPECT_TRUE(t.lastError.contains(QStringLiteral("parser exploded")));
}

TEST_F(RefreshFailureTest, AFullDiskFailsTheSourceWithTheReasonAndTheNextRefreshStoresIt)
{
    serve("/bulky.xml", bulkyFeed(QStringLiteral("a"), 3));
    m_context->writer().post(fillTheDisk);

    const service::RefreshSummary full = refresh();
    ASSERT_EQ(full.sources.size(), 1);
    EXPECT_EQ(full.sources.first().outcome, Outcome::Failed);
    EXPECT_TRUE(full.sources.first().message.contains(QStringLiteral("full"))) << full.sources.first().message.toStdString();
    EXPECT_EQ(full.newArticles, 0);
    EXPECT_TRUE(full.storageError.contains(QStringLiteral("full"))) << full.storageError.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles")), 0);

    // Nothing of the feed was kept (not even its body hash), so with room
    // again the same body is stored rather than skipped as unchanged.
    m_context->writer().post(roomAgain);
    const service::RefreshSummary next = refresh();
    ASSERT_EQ(next.sources.size(), 1);
    EXPECT_EQ(next.sources.first().outcome, Outcome::Ok) << next.sources.first().message.toStdString();
    EXPECT_EQ(next.newArticles, 3);
    EXPECT_TRUE(next.storageError.isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles")), 3);
}

TEST_F(RefreshFailureTest, ARolledBackCommitIsAFailureNotNewArticles)
{
    serve("/bulky.xml", bulkyFeed(QStringLiteral("b"), 3));
    storage::StorageWriter &writer = m_context->writer();
    // Hold the writer so that the refresh's ingest job queues up; then fill
    // the disk right after it, in the same batch: the articles are written,
    // and indexing them for search at commit time fails.
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); });
    ASSERT_TRUE(QTest::qWaitFor([&writer] { return writer.queuedJobs() == 0; }, 10000));
    QSignalSpy finished(&m_context->refresh(), &service::RefreshService::finished);
    m_context->refresh().start();
    ASSERT_TRUE(QTest::qWaitFor([&writer] { return writer.queuedJobs() == 1; }, 10000)); // the ingest
    writer.post(fillTheDisk);
    gate.release();
    ASSERT_TRUE(finished.wait(20000));
    const auto summary = finished.first().first().value<service::RefreshSummary>();

    ASSERT_EQ(summary.sources.size(), 1);
    EXPECT_EQ(summary.sources.first().outcome, Outcome::Failed);
    EXPECT_EQ(summary.sources.first().newArticles, 0);
    EXPECT_EQ(summary.newArticles, 0);
    EXPECT_TRUE(summary.storageError.contains(QStringLiteral("Could not save"))) << summary.storageError.toStdString();
    EXPECT_EQ(writer.failedCommitCount(), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM articles")), 0);
}

} // namespace
