// Issue 12 item 2 on the command line: `digest` names the provider that was
// not used and why, from the build's report (the window shows the same text).
#include "CliRunner.h"

#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

const QString kDay = QStringLiteral("2026-11-20");

// Every request to the LLM server is refused with HTTP 401.
TEST(CliLlmReason, AFailingServerIsNamedWithItsAnswer)
{
    TestHttpServer server;
    server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(401, R"({"error":{"message":"invalid api key"}})", {{"Content-Type", "application/json"}});
    });
    CliEnv env;
    env.setEnv(QStringLiteral("DAILY_INSIGHTS_API_KEY"), QStringLiteral("sk-wrong-key"));
    ASSERT_EQ(env.run({QStringLiteral("refresh"), QStringLiteral("--demo")}).exitCode, 0);
    for (const QStringList &kv :
         {QStringList{QStringLiteral("llm.provider"), QStringLiteral("openai")},
          QStringList{QStringLiteral("llm.base_url"), server.url(QStringLiteral("/v1")).toString()}})
        ASSERT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), kv[0], kv[1]}).exitCode, 0);

    const CliResult r = env.run({QStringLiteral("digest"), QStringLiteral("--date"), kDay});
    EXPECT_TRUE(r.stderrText().contains(QStringLiteral("warning: OpenAI failed: the API key was rejected (HTTP 401)")))
        << r.stderrText().toStdString();
    EXPECT_TRUE(r.stderrText().contains(QStringLiteral("Settings → LLM"))) << r.stderrText().toStdString();
}

// `refresh --digest` (cron, the systemd timer) says the same before it builds.
TEST(CliLlmReason, RefreshWithDigestNamesTheProviderItCouldNotUse)
{
    CliEnv env;
    ASSERT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.provider"),
                       QStringLiteral("anthropic")})
                  .exitCode,
              0);
    const CliResult r = env.run({QStringLiteral("refresh"), QStringLiteral("--demo"), QStringLiteral("--digest")});
    // No key in the environment: none stored, or no keychain to read it from; either way, said.
    EXPECT_TRUE(r.stderrText().contains(QStringLiteral("warning: Anthropic was not used:")))
        << r.stderrText().toStdString();
}

// An offline build by choice prints no such warning.
TEST(CliLlmReason, OfflineByChoiceIsNotAWarning)
{
    CliEnv env;
    ASSERT_EQ(env.run({QStringLiteral("refresh"), QStringLiteral("--demo")}).exitCode, 0);
    const CliResult r =
        env.run({QStringLiteral("digest"), QStringLiteral("--date"), kDay, QStringLiteral("--offline")});
    EXPECT_EQ(r.exitCode, 0) << r.stderrText().toStdString();
    EXPECT_FALSE(r.stderrText().contains(QStringLiteral("was not used"))) << r.stderrText().toStdString();
}

} // namespace
