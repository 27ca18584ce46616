// Behaviour shared by the three wire formats, each against a server that
// speaks that format as its provider documents it.
#include "FakeLlmServer.h"
#include "LlmTestUtil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace llmtest;
using llm::Provider;

namespace {

class WireTest : public ::testing::TestWithParam<Provider>
{
protected:
    Provider provider() const { return GetParam(); }
    bool streams() const { return provider() != Provider::Gemini; }
    QString name() const
    {
        switch (provider()) {
        case Provider::OpenAI: return QStringLiteral("OpenAI");
        case Provider::Anthropic: return QStringLiteral("Anthropic");
        case Provider::Gemini: return QStringLiteral("Gemini");
        }
        return {};
    }
    Outcome run(FakeLlmServer &server, const llm::Config &config)
    {
        auto client = llm::createClient(config, &m_network);
        Outcome o = await(client->send(sampleRequest()));
        EXPECT_FALSE(o.result.error.contains(kKey)) << o.result.error.toStdString();
        for (const TestHttpRequest &r : server.http().requests()) {
            EXPECT_FALSE(r.path.contains(kKey.toUtf8())) << "key in the URL";
            EXPECT_FALSE(r.body.contains(kKey.toUtf8())) << "key in the body";
        }
        return o;
    }
    QNetworkAccessManager m_network;
};

std::string providerLabel(const ::testing::TestParamInfo<Provider> &info)
{
    return llm::providerName(info.param).toStdString();
}

} // namespace

TEST_P(WireTest, AnswerIsParsedWithUsageAndStreamedText)
{
    FakeLlmServer server(provider());
    const Outcome o = run(server, server.config(kKey));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(o.result.json, server.answer);
    EXPECT_EQ(o.result.tokensIn, server.promptTokens);
    EXPECT_EQ(o.result.tokensOut, server.completionTokens);
    EXPECT_EQ(o.result.attempts, 1);
    EXPECT_EQ(o.result.httpStatus, 200);
    EXPECT_EQ(o.deltas.join(QString()), server.answerText());
    if (streams()) {
        EXPECT_GE(o.deltas.size(), 3); // text arrived in pieces
    }
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_P(WireTest, ChunksSplitInsideJsonTokensUtf8AndCrLf)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::SplitAnswer});
    const Outcome o = run(server, server.config(kKey));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(o.result.json, server.answer);
    EXPECT_EQ(o.result.tokensIn, server.promptTokens);
    EXPECT_EQ(o.result.tokensOut, server.completionTokens);
    EXPECT_EQ(o.deltas.join(QString()), server.answerText());
}

TEST_P(WireTest, KeyOnlyInTheProvidersHeader)
{
    FakeLlmServer server(provider());
    ASSERT_TRUE(run(server, server.config(kKey)).result.ok);
    const TestHttpRequest r = server.http().lastRequest();
    const QByteArray key = kKey.toUtf8();
    int headersWithKey = 0;
    for (const auto &h : r.headers)
        headersWithKey += h.second.contains(key) ? 1 : 0;
    EXPECT_EQ(headersWithKey, 1);
    switch (provider()) {
    case Provider::OpenAI:
        EXPECT_EQ(r.header("Authorization"), "Bearer " + key);
        break;
    case Provider::Anthropic:
        EXPECT_EQ(r.header("x-api-key"), key);
        EXPECT_EQ(r.header("anthropic-version"), QByteArray("2023-06-01"));
        EXPECT_FALSE(r.hasHeader("Authorization"));
        break;
    case Provider::Gemini:
        EXPECT_EQ(r.header("x-goog-api-key"), key);
        EXPECT_FALSE(r.hasHeader("Authorization"));
        EXPECT_FALSE(r.path.contains("key="));
        break;
    }
    EXPECT_TRUE(r.header("Content-Type").startsWith("application/json"));
}

TEST_P(WireTest, RateLimitedThenAnswerRetries)
{
    FakeLlmServer server(provider());
    server.retryAfterSeconds = 0;
    server.setSteps({Step::RateLimited, Step::RateLimited, Step::Answer});
    const Outcome o = run(server, server.config(kKey));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(o.result.attempts, 3);
    EXPECT_EQ(o.retries, 2);
}

TEST_P(WireTest, RateLimitedForeverGivesUpAfterMaxRetries)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::RateLimited});
    llm::Config config = server.config(kKey);
    config.maxRetries = 2;
    const Outcome o = run(server, config);
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(o.result.httpStatus, 429);
    EXPECT_EQ(o.result.error, name() + QStringLiteral(": rate limited (HTTP 429), gave up after 3 attempt(s)"));
}

TEST_P(WireTest, ServerErrorThenSuccess)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::ServerError, Step::Answer});
    const Outcome o = run(server, server.config(kKey));
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(o.result.json, server.answer);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(o.result.attempts, 2);
}

TEST_P(WireTest, ServerErrorEveryTimeNamesStatusAndUrl)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::ServerError});
    llm::Config config = server.config(kKey);
    config.maxRetries = 1;
    const Outcome o = run(server, config);
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_TRUE(o.result.error.startsWith(name() + QStringLiteral(": server error (HTTP 500) at http://127.0.0.1:")))
        << o.result.error.toStdString();
}

TEST_P(WireTest, HangingServerTimesOutAndRetries)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::Hang});
    llm::Config config = server.config(kKey);
    config.totalTimeoutMs = 300;
    config.maxRetries = 1;
    const Outcome o = run(server, config);
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.error, name() + QStringLiteral(": no answer in 0.3 s"));
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(o.result.attempts, 2);
    EXPECT_GE(o.result.elapsedMs, 500); // two attempts of 0.3 s (coarse timers)
}

TEST_P(WireTest, HangThenAnswer)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::Hang, Step::Answer});
    llm::Config config = server.config(kKey);
    config.totalTimeoutMs = 300;
    const Outcome o = run(server, config);
    ASSERT_TRUE(o.result.ok) << o.result.error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_P(WireTest, InvalidJsonFromTheModel)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::InvalidJson});
    const Outcome o = run(server, server.config(kKey));
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.error, name() + QStringLiteral(": the model's answer was not valid JSON"));
    EXPECT_TRUE(o.result.rawText.startsWith(QStringLiteral("{\"title\": \"unfinished")));
    EXPECT_EQ(server.requestCount(), 1); // malformed output is the caller's to retry
}

TEST_P(WireTest, StreamCutOffMidway)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::CutOff});
    const Outcome o = run(server, server.config(kKey));
    EXPECT_FALSE(o.result.ok);
    EXPECT_TRUE(o.result.error.startsWith(name() + QStringLiteral(": the answer was cut off")))
        << o.result.error.toStdString();
    EXPECT_TRUE(o.result.json.isEmpty());
}

TEST_P(WireTest, AnAnswerOverTheCapFailsClearly)
{
    FakeLlmServer server(provider());
    server.answer = QJsonObject{{QStringLiteral("title"), QString(20000, QLatin1Char('x'))}};
    llm::Config config = server.config(kKey);
    config.maxAnswerBytes = 4096;
    const Outcome o = run(server, config);
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.error,
              name() + QStringLiteral(": the answer is larger than 4 KiB; it was not read to the end"));
    EXPECT_TRUE(o.result.json.isEmpty());
    EXPECT_EQ(server.requestCount(), 1); // not retried: the same question gets the same answer

    // The same answer under the default cap is read in full.
    const Outcome whole = run(server, server.config(kKey));
    ASSERT_TRUE(whole.result.ok) << whole.result.error.toStdString();
    EXPECT_EQ(whole.result.json, server.answer);
}

TEST_P(WireTest, RejectedKeyIsNamedWithoutTheKey)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::Unauthorized});
    const Outcome o = run(server, server.config(kKey));
    EXPECT_FALSE(o.result.ok);
    const int status = provider() == Provider::Gemini ? 400 : 401;
    EXPECT_EQ(o.result.httpStatus, status);
    EXPECT_EQ(o.result.error, name() + QStringLiteral(": the API key was rejected (HTTP %1)").arg(status));
    EXPECT_EQ(server.requestCount(), 1); // not retried
}

TEST_P(WireTest, UnknownModel)
{
    FakeLlmServer server(provider());
    server.setSteps({Step::NotFound});
    const Outcome o = run(server, server.config(kKey));
    EXPECT_FALSE(o.result.ok);
    const TestHttpRequest r = server.http().lastRequest();
    const QString url = server.http().url(QString::fromUtf8(r.path)).toString();
    EXPECT_EQ(o.result.error, name() + QStringLiteral(": model test-model not found at ") + url);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_P(WireTest, PlainHttpToAnotherHostIsRefusedBeforeAnyRequest)
{
    FakeLlmServer server(provider());
    llm::Config config = server.config(kKey);
    config.baseUrl = QUrl(QStringLiteral("http://llm.example.com:%1/v1").arg(server.http().port()));
    const Outcome o = run(server, config);
    EXPECT_FALSE(o.result.ok);
    EXPECT_EQ(o.result.error, name() + QStringLiteral(": refusing to send the API key over plain HTTP to host "
                                                      "llm.example.com; use https or a local server"));
    EXPECT_EQ(o.result.attempts, 0);
    EXPECT_EQ(server.requestCount(), 0);
}

INSTANTIATE_TEST_SUITE_P(Providers, WireTest,
                         ::testing::Values(Provider::OpenAI, Provider::Anthropic, Provider::Gemini), providerLabel);
