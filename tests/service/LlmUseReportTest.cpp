// Issue 12 item 2: a digest built without the LLM the settings chose says
// which provider was not used and why, in its report (the window and the
// command line show the same text).
#include "ServiceFixture.h"

#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/DigestService.h"
#include "service/LlmUse.h"
#include "service/RefreshService.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>

namespace {

const QString kDay = QStringLiteral("2026-11-20");

class LlmUseReportTest : public ServiceFixture
{
protected:
    void configure(const QString &provider, const QUrl &baseUrl)
    {
        Settings &s = m_context->profile().settings();
        ASSERT_TRUE(s.set(SettingKey::Provider, provider));
        ASSERT_TRUE(s.set(SettingKey::BaseUrl, baseUrl.toString()));
        ASSERT_TRUE(s.set(SettingKey::Model, QStringLiteral("test-model")));
    }

    // Two articles of kDay through a real refresh; every other path of the
    // local server answers `llmStatus` (the LLM's endpoint).
    void addArticles(int llmStatus)
    {
        m_server.setHandler([this, llmStatus](const TestHttpRequest &req, TestHttpResponder &res) {
            if (req.path == "/feed.xml") {
                res.reply(200,
                          rss(QStringLiteral("Feed"),
                              {{QStringLiteral("A new open language model beats GPT on reasoning benchmarks"),
                                QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")},
                               {QStringLiteral("Robots learn to fold towels with reinforcement learning"),
                                QStringLiteral("Fri, 20 Nov 2026 08:00:00 GMT")}}),
                          {{"Content-Type", "application/rss+xml"}});
                return;
            }
            ++m_llmRequests;
            res.reply(llmStatus, R"({"error":{"message":"invalid x-api-key"}})",
                      {{"Content-Type", "application/json"}});
        });
        Source source;
        source.url = m_server.url(QStringLiteral("/feed.xml")).toString();
        storage::SourceStore(m_context->profile().database()).add(source);
        QSignalSpy refreshed(&m_context->refresh(), &service::RefreshService::finished);
        m_context->refresh().start();
        ASSERT_TRUE(refreshed.wait(10000));
        m_context->writer().flush();
    }

    service::DigestBuildReport build(service::DigestBuildOptions options = {})
    {
        QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
        m_context->digests().build(kDay, options);
        EXPECT_TRUE(finished.count() == 1 || finished.wait(20000));
        return finished.isEmpty() ? service::DigestBuildReport()
                                  : finished.first().first().value<service::DigestBuildReport>();
    }

    int m_llmRequests = 0;
};

} // namespace

TEST_F(LlmUseReportTest, NoStoredKeyNamesTheProviderAndTheReason)
{
    addArticles(500);
    configure(QStringLiteral("anthropic"), QUrl(QStringLiteral("https://api.anthropic.com")));
    EXPECT_FALSE(loadLlmClient().isEmpty());
    EXPECT_EQ(m_context->llmUse().state, service::LlmUse::State::NoKey);

    const service::DigestBuildReport report = build();
    EXPECT_TRUE(report.offline);
    EXPECT_EQ(report.llm.state, service::LlmUse::State::NoKey);
    EXPECT_EQ(report.llm.provider, QStringLiteral("Anthropic"));
    EXPECT_TRUE(report.llm.problem());
    EXPECT_EQ(service::llmUseText(report.llm),
              QStringLiteral("Anthropic was not used: no API key is stored for it. Offline summaries were made."));
    EXPECT_TRUE(service::llmUseHint(report.llm).contains(QStringLiteral("Settings → LLM")));
    EXPECT_EQ(m_llmRequests, 0);
}

TEST_F(LlmUseReportTest, AnUnavailableKeychainIsSaidWithItsMessage)
{
    addArticles(500);
    configure(QStringLiteral("gemini"), QUrl());
    m_secrets.simulateFailure(secrets::SecretStore::Status::NoBackend, QStringLiteral("no Secret Service"));
    loadLlmClient();
    const service::DigestBuildReport report = build();
    EXPECT_EQ(report.llm.state, service::LlmUse::State::KeychainUnavailable);
    EXPECT_EQ(report.llm.provider, QStringLiteral("Gemini"));
    EXPECT_EQ(service::llmUseText(report.llm), QStringLiteral("Gemini was not used: its API key could not be read "
                                                              "from the keychain. Offline summaries were made."));
    // The keychain's own message says what to start.
    EXPECT_TRUE(service::llmUseHint(report.llm).contains(QStringLiteral("no Secret Service")))
        << service::llmUseHint(report.llm).toStdString();
}

TEST_F(LlmUseReportTest, AFailingServerIsNamedWithItsAnswer)
{
    addArticles(401);
    configure(QStringLiteral("openai"), m_server.url(QStringLiteral("/v1")));
    bool stored = false;
    service::ApiKeyStore(m_secrets).store(QStringLiteral("openai"), QStringLiteral("sk-wrong"),
                                          service::originOf(m_server.url(QStringLiteral("/v1"))),
                                          [&](secrets::SecretStore::Status, const QString &) { stored = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored; }, 5000));
    ASSERT_EQ(loadLlmClient(), QString());

    service::DigestBuildOptions force;
    force.force = true;
    const service::DigestBuildReport report = build(force);
    EXPECT_GT(m_llmRequests, 0);
    EXPECT_FALSE(report.offline);
    EXPECT_EQ(report.llm.state, service::LlmUse::State::RequestFailed);
    EXPECT_EQ(report.llm.provider, QStringLiteral("OpenAI"));
    EXPECT_TRUE(report.llm.detail.contains(QStringLiteral("HTTP 401"))) << report.llm.detail.toStdString();
    EXPECT_GT(report.llm.sectionsNotWritten, 0);
    const QString text = service::llmUseText(report.llm);
    EXPECT_TRUE(text.startsWith(QStringLiteral("OpenAI failed: the API key was rejected (HTTP 401)")))
        << text.toStdString();
}

TEST_F(LlmUseReportTest, OfflineByChoiceIsNoProblem)
{
    addArticles(500);
    ASSERT_FALSE(loadLlmClient().isEmpty()); // no provider configured
    EXPECT_EQ(build().llm.state, service::LlmUse::State::NotConfigured);
    service::DigestBuildOptions offline;
    offline.offline = true;
    offline.force = true;
    const service::DigestBuildReport report = build(offline);
    EXPECT_EQ(report.llm.state, service::LlmUse::State::OfflineRequested);
    EXPECT_FALSE(report.llm.problem());
    EXPECT_TRUE(service::llmUseText(report.llm).isEmpty());
}
