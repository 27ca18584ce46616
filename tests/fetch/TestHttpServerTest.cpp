// Checks the shared in-process test server itself, with a bare QNAM.
#include "support/TestHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

std::unique_ptr<QNetworkReply> get(QNetworkAccessManager &nam, const QUrl &url, int timeoutMs = 5000)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setRawHeader("X-Probe", "abc");
    return std::unique_ptr<QNetworkReply>(nam.get(req));
}

bool waitFinished(QNetworkReply *reply, int ms = 30000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(ms);
}

} // namespace

TEST(TestHttpServer, RepliesAndLogsRequests)
{
    TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.route("/hello", [](const TestHttpRequest &req, TestHttpResponder &res) {
        res.reply(200, "hi " + req.header("x-probe"), {{"Content-Type", "text/plain"}});
    });
    QNetworkAccessManager nam;
    auto reply = get(nam, server.url("/hello?q=1"));
    ASSERT_TRUE(waitFinished(reply.get()));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError);
    EXPECT_EQ(reply->readAll(), "hi abc");
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.lastRequest().path, "/hello?q=1");
    EXPECT_EQ(server.lastRequest().pathOnly(), "/hello");
    EXPECT_EQ(server.lastRequest().host(), "127.0.0.1");
    EXPECT_EQ(server.lastRequest().header("X-PROBE"), "abc");

    auto missing = get(nam, server.url("/nothing", QStringLiteral("localhost")));
    ASSERT_TRUE(waitFinished(missing.get()));
    EXPECT_EQ(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    EXPECT_EQ(server.lastRequest().host(), "localhost");
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(TestHttpServer, ReadsPostBody)
{
    TestHttpServer server;
    server.setHandler([](const TestHttpRequest &req, TestHttpResponder &res) { res.reply(200, req.body); });
    QNetworkAccessManager nam;
    QNetworkRequest req(server.url("/echo"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QByteArray payload(100000, 'x');
    std::unique_ptr<QNetworkReply> reply(nam.post(req, payload));
    ASSERT_TRUE(waitFinished(reply.get()));
    EXPECT_EQ(reply->readAll(), payload);
    EXPECT_EQ(server.lastRequest().method, "POST");
    EXPECT_EQ(server.lastRequest().body.size(), payload.size());
}

TEST(TestHttpServer, StreamsChunksOverTime)
{
    TestHttpServer server;
    server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.startChunked(200, {{"Content-Type", "text/event-stream"}});
        res.streamRepeatedly("data: x\n\n", 5, 4);
    });
    QNetworkAccessManager nam;
    auto reply = get(nam, server.url("/sse"));
    ASSERT_TRUE(waitFinished(reply.get()));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError);
    EXPECT_EQ(reply->readAll(), QByteArray("data: x\n\n").repeated(4));
}

TEST(TestHttpServer, CloseDelimitedStream)
{
    TestHttpServer server;
    server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.startStream(200);
        res.write("part1-");
        res.write("part2");
        res.finish();
    });
    QNetworkAccessManager nam;
    auto reply = get(nam, server.url("/s"));
    ASSERT_TRUE(waitFinished(reply.get()));
    EXPECT_EQ(reply->readAll(), "part1-part2");
}

TEST(TestHttpServer, HangsUntilClientGivesUp)
{
    TestHttpServer server;
    server.setHandler([](const TestHttpRequest &, TestHttpResponder &) {}); // never answers
    QNetworkAccessManager nam;
    auto reply = get(nam, server.url("/hang"), 200);
    ASSERT_TRUE(waitFinished(reply.get()));
    EXPECT_EQ(reply->error(), QNetworkReply::OperationCanceledError);
    EXPECT_EQ(server.maxInFlight(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 0, 30000);
}

TEST(TestHttpServer, AbortMidStream)
{
    TestHttpServer server;
    QPointer<TestHttpResponder> held;
    int calls = 0;
    server.setHandler([&](const TestHttpRequest &, TestHttpResponder &res) {
        res.startWithLength(200, 1000);
        res.write("only a little");
        if (calls++ == 0)
            held = &res;
    });
    QNetworkAccessManager nam;
    auto reply = get(nam, server.url("/cut"));
    QSignalSpy readSpy(reply.get(), &QNetworkReply::readyRead);
    ASSERT_TRUE(readSpy.wait(30000));
    ASSERT_TRUE(held);
    held->abort();
    EXPECT_FALSE(held && held->isConnected());
    ASSERT_TRUE(waitFinished(reply.get()));
    // Qt 6.4 does not always flag a body cut short of its Content-Length as
    // an error (FeedFetcher checks the length itself), so only the bytes count.
    // (Qt may also resend the GET once on a new connection after the reset.)
    EXPECT_TRUE(reply->readAll().startsWith("only a little"));
    EXPECT_FALSE(held && held->isConnected());
}
