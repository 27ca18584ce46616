// Issue 8 items 7 and 11: changing the LLM settings while a digest runs, and
// an API key bound to the origin it was stored for.
#include "ServiceFixture.h"

#include "llm/LlmClient.h"
#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/DigestService.h"
#include "service/RefreshService.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString kKey = QStringLiteral("sk-origin-test-5d1e");
const QString kDay = QStringLiteral("2026-11-20");

class LlmSafetyTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        // Any request to the fake LLM is recorded and left hanging.
        m_server.setHandler([this](const TestHttpRequest &req, TestHttpResponder &) { m_requests << req; });
    }

    void configure(const QUrl &baseUrl)
    {
        Settings &s = m_context->profile().settings();
        ASSERT_TRUE(s.set(SettingKey::Provider, QStringLiteral("openai")));
        ASSERT_TRUE(s.set(SettingKey::BaseUrl, baseUrl.toString()));
        ASSERT_TRUE(s.set(SettingKey::Model, QStringLiteral("test-model")));
    }

    void storeKey(const QString &origin)
    {
        bool done = false;
        service::ApiKeyStore(m_secrets).store(QStringLiteral("openai"), kKey, origin,
                                              [&](secrets::SecretStore::Status s, const QString &) {
                                                  EXPECT_EQ(s, secrets::SecretStore::Status::Ok);
                                                  done = true;
                                              });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    }

    // Two unclassified articles of kDay, through a real refresh.
    void addArticles()
    {
        m_server.route("/feed.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(
                200,
                rss(QStringLiteral("Feed"),
                    {{QStringLiteral("A new open model"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")},
                     {QStringLiteral("Robots learn to fold towels"), QStringLiteral("Fri, 20 Nov 2026 08:00:00 GMT")}}),
                {{"Content-Type", "application/rss+xml"}});
        });
        Source source;
        source.url = m_server.url(QStringLiteral("/feed.xml")).toString();
        storage::SourceStore(m_context->profile().database()).add(source);
        QSignalSpy refreshed(&m_context->refresh(), &service::RefreshService::finished);
        m_context->refresh().start();
        ASSERT_TRUE(refreshed.wait(10000));
        m_context->writer().flush();
    }

    QString serverOrigin() const { return service::originOf(m_server.url(QStringLiteral("/v1"))); }

    QList<TestHttpRequest> m_requests;
};

} // namespace

TEST(ApiKeyOrigin, OriginHasSchemeHostAndExplicitPort)
{
    EXPECT_EQ(service::originOf(QUrl(QStringLiteral("https://API.OpenAI.com/v1"))),
              QStringLiteral("https://api.openai.com:443"));
    EXPECT_EQ(service::originOf(QUrl(QStringLiteral("http://127.0.0.1:11434/v1"))),
              QStringLiteral("http://127.0.0.1:11434"));
    EXPECT_EQ(service::originOf(QUrl(QStringLiteral("http://[::1]/v1"))), QStringLiteral("http://[::1]:80"));
    EXPECT_EQ(service::originOf(QUrl(QStringLiteral("https://user:pw@api.example.com./x?y"))),
              QStringLiteral("https://api.example.com:443"));
    EXPECT_TRUE(service::originOf(QUrl(QStringLiteral("not a url"))).isEmpty());
}

TEST_F(LlmSafetyTest, AKeyStoredForItsOriginIsUsed)
{
    configure(m_server.url(QStringLiteral("/v1")));
    storeKey(serverOrigin());
    EXPECT_EQ(m_secrets.value(secrets::apiKeyOriginEntry(QStringLiteral("openai"))), serverOrigin());
    EXPECT_EQ(loadLlmClient(), QString());
    EXPECT_NE(m_context->llmClient(), nullptr);
    EXPECT_FALSE(m_context->keyRefused());
}

// The command line has no one to ask: it refuses, before any request.
TEST_F(LlmSafetyTest, AKeyForAnotherOriginIsRefusedWithoutAQuestion)
{
    storeKey(QStringLiteral("https://api.openai.com:443"));
    configure(m_server.url(QStringLiteral("/v1")));
    const QString reason = loadLlmClient();
    EXPECT_EQ(reason, QStringLiteral("The openai API key was stored for https://api.openai.com:443, but the base URL "
                                     "now points to %1: the key was not sent. Store a key for this server "
                                     "(`daily-insights key set` or Settings), or set the base URL back.")
                          .arg(serverOrigin()));
    EXPECT_EQ(m_context->llmClient(), nullptr);
    EXPECT_TRUE(m_context->keyRefused());
    EXPECT_TRUE(m_requests.isEmpty());
}

// A key stored before origins were recorded belongs to the provider's server.
TEST_F(LlmSafetyTest, AKeyWithoutARecordedOriginBelongsToTheProvidersServer)
{
    bool written = false;
    m_secrets.write(secrets::apiKeyEntry(QStringLiteral("openai")), kKey,
                    [&](secrets::SecretStore::Status, const QString &) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
    configure(m_server.url(QStringLiteral("/v1")));
    EXPECT_TRUE(loadLlmClient().contains(QStringLiteral("was stored for https://api.openai.com:443")));
    EXPECT_TRUE(m_context->keyRefused());
}

// The window asks (the dialog is injected here); "no" keeps the key home,
// "yes" sends it and binds it to the new origin.
TEST_F(LlmSafetyTest, TheWindowAsksAndTheAnswerDecides)
{
    storeKey(QStringLiteral("https://api.openai.com:443"));
    configure(m_server.url(QStringLiteral("/v1")));
    QList<service::KeyOriginQuestion> asked;
    bool answer = false;
    m_context->setKeyOriginConfirmation([&](const service::KeyOriginQuestion &q, std::function<void(bool)> reply) {
        asked << q;
        reply(answer);
    });

    EXPECT_EQ(loadLlmClient(), QStringLiteral("The openai API key was not sent to %1 (it was stored for "
                                     "https://api.openai.com:443).")
                          .arg(serverOrigin()));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().provider, QStringLiteral("openai"));
    EXPECT_EQ(asked.first().storedOrigin, QStringLiteral("https://api.openai.com:443"));
    EXPECT_EQ(asked.first().requestedOrigin, serverOrigin());
    EXPECT_EQ(m_context->llmClient(), nullptr);
    EXPECT_EQ(m_secrets.value(secrets::apiKeyOriginEntry(QStringLiteral("openai"))),
              QStringLiteral("https://api.openai.com:443"));

    answer = true;
    EXPECT_EQ(loadLlmClient(), QString());
    EXPECT_EQ(asked.size(), 2);
    EXPECT_NE(m_context->llmClient(), nullptr);
    EXPECT_EQ(m_secrets.value(secrets::apiKeyOriginEntry(QStringLiteral("openai"))), serverOrigin());
    EXPECT_EQ(loadLlmClient(), QString()); // bound now: not asked again
    EXPECT_EQ(asked.size(), 2);
    EXPECT_TRUE(m_requests.isEmpty()); // loading a client sends nothing
}

// Item 7: new LLM settings while the digest waits for an answer. Before, the
// client and its replies were destroyed under the classifier, which then
// waited forever; now the run ends at once and says why.
TEST_F(LlmSafetyTest, ChangingTheLlmSettingsDuringADigestEndsItClearly)
{
    configure(m_server.url(QStringLiteral("/v1")));
    storeKey(serverOrigin());
    ASSERT_EQ(loadLlmClient(), QString());
    addArticles();

    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    m_context->digests().build(kDay);
    QTRY_VERIFY_WITH_TIMEOUT(!m_requests.isEmpty(), 10000); // the classifier is waiting for its answer
    ASSERT_TRUE(m_context->digests().isRunning());
    ASSERT_EQ(finished.count(), 0);

    ASSERT_TRUE(m_context->profile().settings().set(SettingKey::Model, QStringLiteral("other-model")));
    const QString reason = loadLlmClient();
    EXPECT_EQ(reason, QString());

    ASSERT_TRUE(finished.count() == 1 || finished.wait(10000));
    const auto report = finished.first().first().value<service::DigestBuildReport>();
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.error, QStringLiteral("The LLM settings changed while the digest was being made: it was "
                                           "stopped. Build it again to use the new settings."));
    EXPECT_FALSE(m_context->digests().isRunning());
    EXPECT_EQ(m_context->llmClient()->model(), QStringLiteral("other-model"));

    // Nothing of the old run is left to go off later.
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(finished.count(), 1);

    // The next digest runs with the new client.
    const int before = int(m_requests.size());
    m_context->digests().build(kDay);
    QTRY_VERIFY_WITH_TIMEOUT(int(m_requests.size()) > before, 10000);
    m_context->digests().cancel();
    // The run finishes once the writer has saved what it wrote.
    EXPECT_TRUE(finished.count() == 2 || finished.wait(10000));
    EXPECT_EQ(finished.count(), 2);
}

// Settings confirmed without a change (or the key stored again) do not stop
// the run: the client is loaded again once the run is over.
TEST_F(LlmSafetyTest, UnchangedSettingsLetTheRunFinishBeforeTheClientIsLoaded)
{
    configure(m_server.url(QStringLiteral("/v1")));
    storeKey(serverOrigin());
    ASSERT_EQ(loadLlmClient(), QString());
    addArticles();
    llm::Client *before = m_context->llmClient();

    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    m_context->digests().build(kDay);
    QTRY_VERIFY_WITH_TIMEOUT(!m_requests.isEmpty(), 10000);

    bool loaded = false;
    m_context->loadLlmClient([&](const QString &) { loaded = true; });
    // A wrong cancel would be immediate; a wrong reload takes two queued
    // keychain reads. Let every queued step run.
    for (int round = 0; round < 10; ++round)
        QCoreApplication::processEvents();
    EXPECT_TRUE(m_context->digests().isRunning());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(loaded);
    EXPECT_EQ(m_context->llmClient(), before);

    m_context->digests().cancel(); // the run ends (here by the user), once its writes are saved
    ASSERT_TRUE(finished.count() == 1 || finished.wait(10000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().first().value<service::DigestBuildReport>().error.contains(
        QStringLiteral("settings changed")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 5000);
    EXPECT_NE(m_context->llmClient(), nullptr);
}
