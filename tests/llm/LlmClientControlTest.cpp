// Concurrency, cancellation, Retry-After and connection errors.
#include "FakeLlmServer.h"
#include "LlmTestUtil.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace llmtest;
using llm::Provider;

TEST(LlmClientControl, AtMostMaxParallelInFlightTheRestQueued)
{
    FakeLlmServer server(Provider::OpenAI);
    server.chunkIntervalMs = 15; // each answer takes a while
    QNetworkAccessManager network;
    llm::Config config = server.config(kKey);
    config.maxParallel = 2;
    auto client = llm::createClient(config, &network);
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i)
        outcomes << watch(client->send(sampleRequest()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return allFinished(outcomes); }, 20000));
    int ok = 0;
    for (const auto &o : outcomes)
        ok += o->result.ok ? 1 : 0;
    EXPECT_EQ(ok, 5);
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_EQ(server.http().maxInFlight(), 2);
}

TEST(LlmClientControl, RetryAfterIsHonoured)
{
    FakeLlmServer server(Provider::OpenAI);
    server.retryAfterSeconds = 1;
    server.setSteps({Step::RateLimited, Step::Answer});
    QNetworkAccessManager network;
    llm::Config config = server.config(kKey);
    config.retryBaseDelayMs = 1; // backoff alone would retry at once
    auto client = llm::createClient(config, &network);
    QElapsedTimer clock;
    clock.start();
    const Outcome o = await(client->send(sampleRequest()));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_GE(clock.elapsed(), 950);
}

TEST(LlmClientControl, RetryAfterTooLongFailsAtOnce)
{
    FakeLlmServer server(Provider::Anthropic);
    server.retryAfterSeconds = 3600;
    server.setSteps({Step::RateLimited});
    QNetworkAccessManager network;
    auto client = llm::createClient(server.config(kKey), &network);
    const Outcome o = await(client->send(sampleRequest()));
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.error, QStringLiteral("Anthropic: rate limited (HTTP 429); the server asks to wait 3600 s"));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(LlmClientControl, AbortCancelsARunningRequest)
{
    FakeLlmServer server(Provider::OpenAI);
    server.setSteps({Step::Hang});
    QNetworkAccessManager network;
    auto client = llm::createClient(server.config(kKey), &network);
    llm::Reply *reply = client->send(sampleRequest());
    QSignalSpy received(&server.http(), &TestHttpServer::requestReceived);
    ASSERT_TRUE(received.wait(5000));
    QSignalSpy finished(reply, &llm::Reply::finished);
    reply->abort();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(reply->result().error, QStringLiteral("OpenAI: the request was cancelled"));
    EXPECT_FALSE(reply->result().ok);
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.http().connectionCount() == 0; }, 5000)); // dropped
}

TEST(LlmClientControl, CancelAllEndsRunningAndQueuedRequests)
{
    FakeLlmServer server(Provider::Anthropic);
    server.setSteps({Step::Hang});
    QNetworkAccessManager network;
    llm::Config config = server.config(kKey);
    config.maxParallel = 1;
    auto client = llm::createClient(config, &network);
    QList<llm::Reply *> replies;
    int cancelled = 0;
    for (int i = 0; i < 3; ++i) {
        llm::Reply *reply = client->send(sampleRequest());
        QObject::connect(reply, &llm::Reply::finished, [&cancelled](const llm::Result &r) {
            cancelled += r.error == QStringLiteral("Anthropic: the request was cancelled") ? 1 : 0;
        });
        replies << reply;
    }
    QSignalSpy received(&server.http(), &TestHttpServer::requestReceived);
    ASSERT_TRUE(received.wait(5000));
    client->cancelAll();
    EXPECT_EQ(cancelled, 3);
    EXPECT_EQ(server.requestCount(), 1); // the queued two were never sent
}

TEST(LlmClientControl, NoServerAtUrl)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed: nothing listens there now
    llm::Config config;
    config.provider = Provider::OpenAI;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    config.model = QStringLiteral("m");
    config.apiKey = kKey;
    QNetworkAccessManager network;
    auto client = llm::createClient(config, &network);
    const Outcome o = await(client->send(sampleRequest()));
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.error, QStringLiteral("OpenAI: no server at http://127.0.0.1:%1/v1/chat/completions").arg(port));
    EXPECT_EQ(o.result.attempts, 1);
}

TEST(LlmClientControl, LocalhostByNameIsAllowedOverHttp)
{
    FakeLlmServer server(Provider::Gemini);
    QNetworkAccessManager network;
    llm::Config config = server.config(kKey);
    config.baseUrl = server.http().url(QStringLiteral("/v1beta"), QStringLiteral("localhost"));
    auto client = llm::createClient(config, &network);
    const Outcome o = await(client->send(sampleRequest()));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(server.http().lastRequest().host(), QByteArray("localhost"));
}

TEST(LlmClientControl, ClientDestroyedWhileRequestsRun)
{
    FakeLlmServer server(Provider::OpenAI);
    server.setSteps({Step::Hang});
    QNetworkAccessManager network;
    auto client = llm::createClient(server.config(kKey), &network);
    client->send(sampleRequest());
    client->send(sampleRequest());
    QSignalSpy received(&server.http(), &TestHttpServer::requestReceived);
    ASSERT_TRUE(received.wait(5000));
    client.reset(); // must not crash or leave callbacks behind
    EXPECT_TRUE(QTest::qWaitFor([&] { return server.http().connectionCount() == 0; }, 5000));
}

TEST(LlmClientControl, RefusedRequestShowsTheServersReasonWithoutTheKey)
{
    TestHttpServer server;
    server.setHandler([](const TestHttpRequest &request, TestHttpResponder &response) {
        // A server that quotes the whole request, key included.
        const QByteArray quoted = request.header("Authorization");
        response.reply(400, "{\"error\":{\"message\":\"schema rejected; you sent " + quoted + "\"}}",
                       {{"Content-Type", "application/json"}});
    });
    llm::Config config;
    config.baseUrl = server.url(QStringLiteral("/v1"));
    config.apiKey = kKey;
    QNetworkAccessManager network;
    auto client = llm::createClient(config, &network);
    const Outcome o = await(client->send(sampleRequest()));
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.httpStatus, 400);
    EXPECT_EQ(o.result.error,
              QStringLiteral("OpenAI: the server refused the request (HTTP 400): schema rejected; you sent Bearer [key]"));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(LlmClientControl, RedirectsAreNotFollowedWithTheKey)
{
    TestHttpServer server;
    server.setHandler([&server](const TestHttpRequest &, TestHttpResponder &response) {
        response.reply(307, {}, {{"Location", server.url(QStringLiteral("/elsewhere"), QStringLiteral("localhost"))
                                                  .toEncoded()}});
    });
    llm::Config config;
    config.provider = Provider::Anthropic;
    config.baseUrl = server.url(QStringLiteral("/v1"));
    config.apiKey = kKey;
    QNetworkAccessManager network;
    auto client = llm::createClient(config, &network);
    const Outcome o = await(client->send(sampleRequest()));
    EXPECT_FALSE(o.result.ok);
    EXPECT_TRUE(o.result.error.startsWith(QStringLiteral("Anthropic: %1 redirects to ")
                                              .arg(server.url(QStringLiteral("/v1/messages")).toString())))
        << o.result.error.toStdString();
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(LlmClientControl, AbortFromATextDeltaSlotStopsFurtherText)
{
    FakeLlmServer server(Provider::OpenAI);
    QNetworkAccessManager network;
    auto client = llm::createClient(server.config(kKey), &network);
    llm::Reply *reply = client->send(sampleRequest());
    int deltas = 0;
    QObject::connect(reply, &llm::Reply::textDelta, reply, [&deltas, reply](const QString &) {
        ++deltas;
        reply->abort();
    });
    const Outcome o = await(reply);
    EXPECT_EQ(o.result.error, QStringLiteral("OpenAI: the request was cancelled"));
    EXPECT_EQ(deltas, 1);
}
