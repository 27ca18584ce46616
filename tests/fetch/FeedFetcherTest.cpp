// FeedFetcher against the in-process HTTP server on 127.0.0.1.
#include "FetchTestSupport.h"

#include "model/Clock.h"
#include "support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using fetch::FeedFetcher;
using fetch::FetchOptions;
using fetch::FetchRequest;
using fetch::FetchResult;
using Outcome = fetch::FetchResult::Outcome;
using fetchtest::request;
using fetchtest::runFetch;

namespace {

const QByteArray kFeed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";

class FeedFetcherTest : public ::testing::Test
{
protected:
    FeedFetcher &fetcher(FetchOptions options = {})
    {
        m_fetcher = std::make_unique<FeedFetcher>(&m_network, options, &m_clock);
        return *m_fetcher;
    }

    TestHttpServer m_server;
    QNetworkAccessManager m_network;
    FixedClock m_clock{QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<FeedFetcher> m_fetcher;
};

void replyFeed(const TestHttpRequest &, TestHttpResponder &res)
{
    res.reply(200, kFeed, {{"Content-Type", "application/rss+xml; charset=utf-8"}, {"ETag", "\"v2\""}});
}

} // namespace

TEST_F(FeedFetcherTest, OkWithBodyHeadersAndFeedRequestHeaders)
{
    m_server.route("/feed.xml", replyFeed);
    const auto run = runFetch(fetcher(), {request(m_server.url("/feed.xml"), 42)});
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 1);
    const FetchResult &r = run.results[0];
    EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
    EXPECT_EQ(r.sourceId, 42);
    EXPECT_EQ(r.httpStatus, 200);
    EXPECT_EQ(r.body, kFeed);
    EXPECT_EQ(r.contentType, "application/rss+xml; charset=utf-8");
    EXPECT_EQ(r.etag, QStringLiteral("\"v2\""));
    EXPECT_EQ(r.finalUrl, m_server.url("/feed.xml"));
    const TestHttpRequest sent = m_server.lastRequest();
    EXPECT_TRUE(sent.header("User-Agent").startsWith("DailyInsights/"));
    EXPECT_TRUE(sent.header("Accept").contains("application/atom+xml"));
    EXPECT_FALSE(sent.hasHeader("If-None-Match"));
    EXPECT_EQ(run.finishedAll, 1);
    EXPECT_EQ(run.progress.last(), qMakePair(1, 1));
    EXPECT_FALSE(m_fetcher->isRunning());
}

TEST_F(FeedFetcherTest, ConditionalGetGives304WithoutBody)
{
    m_server.route("/feed.xml", [](const TestHttpRequest &req, TestHttpResponder &res) {
        if (req.header("If-None-Match") == "\"v1\"")
            res.reply(304, {}, {{"ETag", "\"v1\""}});
        else
            replyFeed(req, res);
    });
    FetchRequest req = request(m_server.url("/feed.xml"));
    req.etag = QStringLiteral("\"v1\"");
    req.lastModified = QStringLiteral("Tue, 30 Apr 2024 08:00:00 GMT");
    const auto run = runFetch(fetcher(), {req});
    ASSERT_EQ(run.results.size(), 1);
    const FetchResult &r = run.results[0];
    EXPECT_EQ(r.outcome, Outcome::NotModified) << r.error.toStdString();
    EXPECT_EQ(r.httpStatus, 304);
    EXPECT_TRUE(r.body.isEmpty());
    EXPECT_EQ(r.etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(r.lastModified, req.lastModified); // kept when the server does not resend it
    EXPECT_EQ(m_server.lastRequest().header("If-None-Match"), "\"v1\"");
    EXPECT_EQ(m_server.lastRequest().header("If-Modified-Since"), "Tue, 30 Apr 2024 08:00:00 GMT");
}

TEST_F(FeedFetcherTest, FollowsRedirects)
{
    m_server.route("/old", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(301, {}, {{"Location", "/moved"}});
    });
    m_server.route("/moved", [this](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(302, {}, {{"Location", m_server.url("/feed.xml", "localhost").toEncoded()}});
    });
    m_server.route("/feed.xml", replyFeed);
    const auto run = runFetch(fetcher(), {request(m_server.url("/old"))});
    ASSERT_EQ(run.results.size(), 1);
    const FetchResult &r = run.results[0];
    EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
    EXPECT_EQ(r.body, kFeed);
    EXPECT_EQ(r.url, m_server.url("/old"));
    EXPECT_EQ(r.finalUrl, m_server.url("/feed.xml", "localhost"));
    EXPECT_EQ(m_server.requestCount(), 3);
}

TEST_F(FeedFetcherTest, RedirectLoopFails)
{
    m_server.route("/a", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(302, {}, {{"Location", "/b"}}); });
    m_server.route("/b", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(307, {}, {{"Location", "/a"}}); });
    const auto run = runFetch(fetcher(), {request(m_server.url("/a"))});
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Failed);
    EXPECT_EQ(run.results[0].error, QStringLiteral("redirect loop"));
    EXPECT_EQ(m_server.requestCount(), 2);
}

TEST_F(FeedFetcherTest, AtMostMaxRedirects)
{
    m_server.setHandler([](const TestHttpRequest &req, TestHttpResponder &res) {
        const int n = req.pathOnly().mid(5).toInt(); // /hop/N
        res.reply(302, {}, {{"Location", "/hop/" + QByteArray::number(n + 1)}});
    });
    FetchOptions options;
    options.maxRedirects = 3;
    const auto run = runFetch(fetcher(options), {request(m_server.url("/hop/0"))});
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Failed);
    EXPECT_EQ(run.results[0].error, QStringLiteral("too many redirects (more than 3)"));
    EXPECT_EQ(m_server.requestCount(), 4); // the first request and 3 redirects
}

TEST_F(FeedFetcherTest, RefusesRedirectToFile)
{
    m_server.route("/evil", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(302, {}, {{"Location", "file:///etc/passwd"}});
    });
    const auto run = runFetch(fetcher(), {request(m_server.url("/evil"))});
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Failed);
    EXPECT_EQ(run.results[0].error, QStringLiteral("refused redirect from http to file"));
    EXPECT_TRUE(run.results[0].body.isEmpty());
}

TEST_F(FeedFetcherTest, ServerThatNeverAnswersTimesOut)
{
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &) {}); // hang
    FetchOptions options;
    options.transferTimeoutMs = 300;
    const auto run = runFetch(fetcher(options), {request(m_server.url("/hang"))});
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Failed);
    EXPECT_EQ(run.results[0].error, QStringLiteral("timed out after 300 ms"));
    EXPECT_GE(run.results[0].elapsedMs, 250);
}

TEST_F(FeedFetcherTest, SlowDripHitsTheTotalTimeout)
{
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.startChunked(200, {{"Content-Type", "application/rss+xml"}});
        res.streamRepeatedly("x", 20); // a byte every 20 ms, for ever
    });
    FetchOptions options;
    // Far above any stall of a busy machine: only the total timeout can end it.
    options.transferTimeoutMs = 120000;
    options.totalTimeoutMs = 500;
    const auto run = runFetch(fetcher(options), {request(m_server.url("/drip"))});
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Failed);
    EXPECT_EQ(run.results[0].error, QStringLiteral("took longer than 500 ms"));
    EXPECT_GE(run.results[0].elapsedMs, 450);
}

TEST_F(FeedFetcherTest, EndlessStreamIsCutAtTheCap)
{
    QPointer<TestHttpResponder> stream;
    m_server.setHandler([&stream](const TestHttpRequest &, TestHttpResponder &res) {
        res.startChunked(200, {{"Content-Type", "application/rss+xml"}});
        res.streamRepeatedly(QByteArray(4096, 'x'), 1); // forever
        stream = &res;
    });
    FetchOptions options;
    options.maxBytes = 64 * 1024;
    const auto run = runFetch(fetcher(options), {request(m_server.url("/endless"))});
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Failed);
    EXPECT_EQ(run.results[0].error, QStringLiteral("larger than the 64 KiB limit"));
    EXPECT_TRUE(run.results[0].body.isEmpty());
    // The client hung up: the server's stream stops.
    QTRY_VERIFY_WITH_TIMEOUT(!stream || !stream->isConnected(), 30000);
}

TEST_F(FeedFetcherTest, AnnouncedLengthOverTheCapIsRefusedUpFront)
{
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.startWithLength(200, 50 * 1024 * 1024);
        res.write("<rss>"); // and then nothing: only the header can end this early
    });
    FetchOptions options;
    options.maxBytes = 1024 * 1024;
    options.transferTimeoutMs = 20000;
    const auto run = runFetch(fetcher(options), {request(m_server.url("/huge"))});
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].error, QStringLiteral("larger than the 1 MiB limit"));
    EXPECT_LT(run.results[0].elapsedMs, 10000);
}

TEST_F(FeedFetcherTest, GzipIsDecodedTransparently)
{
    const QByteArray plain = kFeed.repeated(50);
    m_server.route("/gz", [plain](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, fetchtest::gzip(plain), {{"Content-Type", "application/rss+xml"}, {"Content-Encoding", "gzip"}});
    });
    const auto run = runFetch(fetcher(), {request(m_server.url("/gz"))});
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_EQ(run.results[0].outcome, Outcome::Ok) << run.results[0].error.toStdString();
    EXPECT_EQ(run.results[0].body, plain);
    EXPECT_TRUE(m_server.lastRequest().header("Accept-Encoding").contains("gzip"));
}

TEST_F(FeedFetcherTest, FileUrlsAreRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("local feed.xml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kFeed);
    file.close();
    const QUrl url = QUrl::fromLocalFile(file.fileName());
    const QUrl missing = QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.xml")));
    const auto run = runFetch(fetcher(), {request(url, 1), request(missing, 2)});
    ASSERT_EQ(run.results.size(), 2);
    for (const FetchResult &r : run.results) {
        if (r.sourceId == 1) {
            EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
            EXPECT_EQ(r.body, kFeed);
        } else {
            EXPECT_EQ(r.outcome, Outcome::Failed);
            EXPECT_TRUE(r.error.startsWith(QStringLiteral("file not found"))) << r.error.toStdString();
        }
    }
}

// A FIFO, a device or a directory given as a file: source is refused with
// a clear error, never opened for reading: the refresh completes. (A FIFO
// opened for reading blocks until a writer comes; a valve thread plays that
// writer if anyone ever waits, so that a broken fetcher fails this test
// instead of hanging it.)
TEST_F(FeedFetcherTest, LocalFileThatIsNotARegularFileIsRefusedWithoutBlocking)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("feed.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath(QStringLiteral("link-to-fifo.xml"));
    ASSERT_TRUE(QFile::link(fifo, link));
    QFile good(dir.filePath(QStringLiteral("good.xml")));
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write(kFeed);
    good.close();

    std::atomic<bool> stop{false};
    std::atomic<bool> someoneWaited{false};
    std::thread valve([&] {
        while (!stop) {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) { // a reader has the FIFO open: release it with EOF
                someoneWaited = true;
                ::close(fd);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    const auto stopValve = qScopeGuard([&] {
        stop = true;
        valve.join();
    });

    const auto run = runFetch(fetcher(), {request(QUrl::fromLocalFile(fifo), 1), request(QUrl::fromLocalFile(link), 2),
                                          request(QUrl::fromLocalFile(QStringLiteral("/dev/null")), 3),
                                          request(QUrl::fromLocalFile(dir.path()), 4),
                                          request(QUrl::fromLocalFile(good.fileName()), 5)});
    ASSERT_TRUE(run.completed);
    EXPECT_FALSE(someoneWaited) << "the fetcher opened the FIFO for reading";
    ASSERT_EQ(run.results.size(), 5);
    for (const FetchResult &r : run.results) {
        SCOPED_TRACE(r.url.toString().toStdString());
        if (r.sourceId == 5) {
            EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
            EXPECT_EQ(r.body, kFeed);
            continue;
        }
        EXPECT_EQ(r.outcome, Outcome::Failed);
        EXPECT_TRUE(r.body.isEmpty());
        EXPECT_TRUE(r.error.startsWith(QStringLiteral("not a regular file: "))) << r.error.toStdString();
    }
}

// /dev/zero never ends, and a regular file may be larger than any feed: the
// same cap as over HTTP.
TEST_F(FeedFetcherTest, LocalFilesAreHeldToTheSizeCap)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.xml")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(64 * 1024 + 1)); // sparse: costs no disk
    big.close();
    QFile exact(dir.filePath(QStringLiteral("exact.xml")));
    ASSERT_TRUE(exact.open(QIODevice::WriteOnly));
    exact.write(QByteArray(64 * 1024, 'x'));
    exact.close();

    FetchOptions options;
    options.maxBytes = 64 * 1024;
    const auto run = runFetch(fetcher(options), {request(QUrl::fromLocalFile(big.fileName()), 1),
                                                 request(QUrl::fromLocalFile(QStringLiteral("/dev/zero")), 2),
                                                 request(QUrl::fromLocalFile(exact.fileName()), 3)});
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 3);
    for (const FetchResult &r : run.results) {
        SCOPED_TRACE(r.url.toString().toStdString());
        if (r.sourceId == 3) {
            EXPECT_EQ(r.outcome, Outcome::Ok) << r.error.toStdString();
            EXPECT_EQ(r.body.size(), 64 * 1024);
            continue;
        }
        EXPECT_EQ(r.outcome, Outcome::Failed);
        EXPECT_TRUE(r.body.isEmpty());
        EXPECT_EQ(r.error, r.sourceId == 1 ? QStringLiteral("larger than the 64 KiB limit")
                                           : QStringLiteral("not a regular file: /dev/zero"));
    }
}

TEST_F(FeedFetcherTest, BodyCutShortOfContentLengthIsAFailure)
{
    // Qt 6.4 sometimes reports no error when the server closes before the
    // announced length: the fetcher must not take the partial body for a
    // whole feed. Repeated, since Qt's outcome depends on timing.
    m_server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.startWithLength(200, 5000, {{"Content-Type", "application/rss+xml"}});
        res.write("<rss><channel><title>partial");
        QPointer<TestHttpResponder> p = &res;
        QTimer::singleShot(5, &res, [p] {
            if (p)
                p->abort();
        });
    });
    QList<FetchRequest> requests;
    for (int i = 0; i < 12; ++i)
        requests.append(request(m_server.url(QStringLiteral("/length?%1").arg(i))));
    const auto run = runFetch(fetcher(), requests);
    ASSERT_TRUE(run.completed);
    ASSERT_EQ(run.results.size(), 12);
    for (const FetchResult &r : run.results) {
        EXPECT_EQ(r.outcome, Outcome::Failed) << r.url.toString().toStdString();
        EXPECT_TRUE(r.body.isEmpty());
        EXPECT_FALSE(r.error.isEmpty());
    }
}
