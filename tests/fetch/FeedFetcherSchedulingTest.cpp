// FeedFetcher scheduling against the in-process server: concurrency caps,
// host interleaving, Retry-After, failures among good sources, cancel.
#include "FetchTestSupport.h"

#include "model/Clock.h"
#include "support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using fetch::FeedFetcher;
using fetch::FetchOptions;
using fetch::FetchRequest;
using fetch::FetchResult;
using Outcome = fetch::FetchResult::Outcome;
using fetchtest::HoldingHandler;
using fetchtest::request;
using fetchtest::runFetch;

namespace {

const QByteArray kFeed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>";

class FeedFetcherSchedulingTest : public ::testing::Test
{
protected:
    FeedFetcher &fetcher(FetchOptions options = {})
    {
        m_fetcher = std::make_unique<FeedFetcher>(&m_network, options, &m_clock);
        return *m_fetcher;
    }
    QList<FetchRequest> batch(const QString &host, int count, const QString &prefix = QStringLiteral("/f"))
    {
        QList<FetchRequest> list;
        for (int i = 0; i < count; ++i)
            list.append(request(m_server.url(QStringLiteral("%1%2").arg(prefix).arg(i), host)));
        return list;
    }

    TestHttpServer m_server;
    fetchtest::RecordingNetwork m_network;
    FixedClock m_clock{QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<FeedFetcher> m_fetcher;
};

} // namespace

TEST_F(FeedFetcherSchedulingTest, RespectsGlobalAndPerHostCaps)
{
    HoldingHandler holder(m_server, m_network, kFeed);
    FetchOptions options;
    options.maxConcurrent = 3;
    options.maxPerHost = 2;
    const auto run = runFetch(fetcher(options), batch("127.0.0.1", 6) + batch("localhost", 6));
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 12);
    for (const FetchResult &r : run.results)
        EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
    // Over the whole run, on both sides: never more than the caps, and the
    // global cap reached while answers were held.
    EXPECT_EQ(m_network.maxInFlight, 3);
    EXPECT_EQ(m_server.maxInFlight(), 3);
    EXPECT_EQ(m_server.maxInFlightForHost("127.0.0.1"), 2);
    EXPECT_EQ(m_server.maxInFlightForHost("localhost"), 2);
    EXPECT_EQ(run.progress.size(), 12);
    EXPECT_EQ(run.progress.last(), qMakePair(12, 12));
}

TEST_F(FeedFetcherSchedulingTest, PerHostCapWithRoomOverall)
{
    HoldingHandler holder(m_server, m_network, kFeed);
    FetchOptions options;
    options.maxConcurrent = 6;
    options.maxPerHost = 2;
    const auto run = runFetch(fetcher(options), batch("127.0.0.1", 5));
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 5);
    for (const FetchResult &r : run.results)
        EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
    EXPECT_EQ(m_network.maxInFlight, 2);
    EXPECT_EQ(m_server.maxInFlight(), 2);
    EXPECT_EQ(holder.batches, QList<int>({2, 2, 1})); // the cap, while there was more to ask for
}

TEST_F(FeedFetcherSchedulingTest, InterleavesHosts)
{
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, kFeed); });
    FetchOptions options;
    options.maxConcurrent = 1;
    // One host's whole batch first, then the other's: the fetcher alternates.
    const auto run = runFetch(fetcher(options), batch("127.0.0.1", 3) + batch("localhost", 3));
    ASSERT_TRUE(run.completed);
    QByteArrayList hosts;
    for (const TestHttpRequest &r : m_server.requests())
        hosts << r.host();
    EXPECT_EQ(hosts, QByteArrayList({"127.0.0.1", "localhost", "127.0.0.1", "localhost", "127.0.0.1", "localhost"}));
}

TEST_F(FeedFetcherSchedulingTest, OneBadSourceAmongGoodOnes)
{
    m_server.route("/missing", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404, "no"); });
    m_server.route("/cut", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.startWithLength(200, 10000);
        res.write("<rss><channel>");
        res.abort(); // closes mid-body
    });
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, kFeed); });
    QTcpServer closed; // a port nobody listens on any more
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const QUrl refused(QStringLiteral("http://127.0.0.1:%1/feed").arg(closed.serverPort()));
    closed.close();

    QList<FetchRequest> requests = batch("127.0.0.1", 3);
    requests.insert(1, request(m_server.url("/missing")));
    requests.append(request(refused));
    requests.append(request(m_server.url("/cut", "localhost")));
    requests.append(request(QUrl("ftp://example.org/feed")));
    requests.append(request(QUrl()));
    const auto run = runFetch(fetcher(), requests);
    ASSERT_TRUE(run.completed);
    EXPECT_EQ(run.finishedAll, 1);
    ASSERT_EQ(run.results.size(), requests.size());
    for (int i = 0; i < 3; ++i) {
        const FetchResult *r = run.forPath(QStringLiteral("/f%1").arg(i));
        ASSERT_TRUE(r);
        EXPECT_EQ(r->outcome, Outcome::Ok);
        EXPECT_EQ(r->body, kFeed);
    }
    const FetchResult *notFound = run.forPath("/missing");
    ASSERT_TRUE(notFound);
    EXPECT_EQ(notFound->outcome, Outcome::Failed);
    EXPECT_EQ(notFound->httpStatus, 404);
    EXPECT_EQ(notFound->error, QStringLiteral("HTTP 404"));
    EXPECT_TRUE(notFound->body.isEmpty());

    const FetchResult *cut = run.forPath("/cut");
    ASSERT_TRUE(cut);
    EXPECT_EQ(cut->outcome, Outcome::Failed);
    EXPECT_TRUE(cut->body.isEmpty());
    EXPECT_FALSE(cut->error.isEmpty());

    for (const FetchResult &r : run.results) {
        if (r.url == refused) {
            EXPECT_EQ(r.error, QStringLiteral("connection refused by 127.0.0.1"));
        } else if (r.url.scheme() == QLatin1String("ftp")) {
            EXPECT_EQ(r.error, QStringLiteral("unsupported address scheme: ftp"));
        } else if (r.url.isEmpty()) {
            EXPECT_TRUE(r.error.startsWith(QStringLiteral("invalid address")));
        }
    }
}

TEST_F(FeedFetcherSchedulingTest, ShortRetryAfterMakesOnlyThatHostWait)
{
    QElapsedTimer clock;
    clock.start();
    QList<QPair<QByteArray, qint64>> seen; // path, ms since start
    bool limited = false;
    m_server.setHandler([&](const TestHttpRequest &req, TestHttpResponder &res) {
        seen.append({req.host() + req.pathOnly(), clock.elapsed()});
        if (req.pathOnly() == "/f0" && req.host() == "127.0.0.1" && !limited) {
            limited = true;
            res.reply(429, "slow down", {{"Retry-After", "1"}});
            return;
        }
        res.reply(200, kFeed);
    });
    FetchOptions options;
    options.maxPerHost = 1;
    const auto run = runFetch(fetcher(options), batch("127.0.0.1", 2) + batch("localhost", 2));
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 4);
    for (const FetchResult &r : run.results)
        EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString(); // the 429 was retried after the wait
    ASSERT_EQ(seen.size(), 5);
    EXPECT_EQ(seen[0].first, "127.0.0.1/f0");
    // localhost went on while 127.0.0.1 waited...
    const auto firstRetry = std::find_if(seen.begin() + 1, seen.end(),
                                         [](const auto &s) { return s.first.startsWith("127.0.0.1"); });
    ASSERT_NE(firstRetry, seen.end());
    EXPECT_EQ(firstRetry->first, "127.0.0.1/f0");
    EXPECT_EQ(std::count_if(seen.begin(), firstRetry, [](const auto &s) { return s.first.startsWith("localhost"); }), 2);
    // ...and 127.0.0.1 was asked again only after the second it asked for.
    EXPECT_GE(firstRetry->second - seen[0].second, 950);
}

TEST_F(FeedFetcherSchedulingTest, LongRetryAfterFailsThatHostsQueue)
{
    m_server.setHandler([](const TestHttpRequest &req, TestHttpResponder &res) {
        if (req.host() == "127.0.0.1")
            res.reply(429, {}, {{"Retry-After", "3600"}});
        else
            res.reply(200, kFeed);
    });
    FetchOptions options;
    options.maxPerHost = 1;
    const auto run = runFetch(fetcher(options), batch("127.0.0.1", 3) + batch("localhost", 2));
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 5);
    const QDateTime expected = m_clock.nowUtc().addSecs(3600);
    int failed = 0;
    for (const FetchResult &r : run.results) {
        if (r.url.host() == QLatin1String("localhost")) {
            EXPECT_EQ(r.outcome, Outcome::Ok);
            continue;
        }
        ++failed;
        EXPECT_EQ(r.outcome, Outcome::Failed);
        EXPECT_EQ(r.retryAfter, expected);
        EXPECT_TRUE(r.error.contains(QStringLiteral("429"))) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(QStringLiteral("1 h"))) << r.error.toStdString();
    }
    EXPECT_EQ(failed, 3);
    int askedOfLimitedHost = 0;
    for (const TestHttpRequest &r : m_server.requests())
        askedOfLimitedHost += r.host() == "127.0.0.1";
    EXPECT_EQ(askedOfLimitedHost, 1); // the queued two never went out
}

TEST_F(FeedFetcherSchedulingTest, ServiceUnavailableWithHttpDate)
{
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(503, "maintenance", {{"Retry-After", "Wed, 01 May 2024 14:00:00 GMT"}});
    });
    const auto run = runFetch(fetcher(), {request(m_server.url("/feed"))});
    ASSERT_EQ(run.results.size(), 1);
    const FetchResult &r = run.results[0];
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_EQ(r.httpStatus, 503);
    EXPECT_EQ(r.retryAfter, QDateTime(QDate(2024, 5, 1), QTime(14, 0), QTimeZone::utc()));
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("HTTP 503"))) << r.error.toStdString();
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(FeedFetcherSchedulingTest, CancelStopsEverythingAtOnce)
{
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &) {}); // hang
    FetchOptions options;
    options.maxConcurrent = 2;
    FeedFetcher &f = fetcher(options);
    QList<FetchResult> results;
    QObject::connect(&f, &FeedFetcher::fetched, [&](const FetchResult &r) { results.append(r); });
    QSignalSpy done(&f, &FeedFetcher::finishedAll);
    f.enqueue(batch("127.0.0.1", 3) + batch("localhost", 2));
    EXPECT_TRUE(f.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(), 2, 30000);
    f.cancel();
    EXPECT_EQ(done.count(), 1);
    EXPECT_FALSE(f.isRunning());
    ASSERT_EQ(results.size(), 5);
    for (const FetchResult &r : results)
        EXPECT_EQ(r.outcome, Outcome::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.inFlight(), 0, 30000); // connections really closed
    EXPECT_EQ(m_server.requestCount(), 2);

    // The fetcher is reusable after a cancel.
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, kFeed); });
    const auto run = runFetch(f, batch("localhost", 1, QStringLiteral("/again")));
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Ok);
}
