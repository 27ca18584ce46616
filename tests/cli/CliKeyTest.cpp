// `key set | status | delete` without a usable keychain (the child's D-Bus
// address points nowhere): a clear error, and the key lands in no file.
// The round trip against a real Secret Service is tests/cli/key_roundtrip.sh.
#include "CliRunner.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace clitest;

namespace {

const QByteArray kKey = "sk-cli-key-test-93b1f0c7d2";

TEST(CliKey, NeedsAProvider)
{
    CliEnv env;
    const CliResult r = env.run({QStringLiteral("key"), QStringLiteral("status")});
    EXPECT_EQ(r.exitCode, 2) << r.describe().toStdString();
    EXPECT_TRUE(r.stderrText().contains(QStringLiteral("llm.provider"))) << r.describe().toStdString();
}

TEST(CliKey, NoKeychainSaysWhatToDoAndStoresNothing)
{
    CliEnv env;
    ASSERT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.provider"),
                       QStringLiteral("openai")}).exitCode, 0);
    const CliResult set = env.run({QStringLiteral("key"), QStringLiteral("set")}, kKey + "\n");
    EXPECT_EQ(set.exitCode, 1) << set.describe().toStdString();
    EXPECT_TRUE(set.stderrText().contains(QStringLiteral("DAILY_INSIGHTS_API_KEY"))) << set.describe().toStdString();
    EXPECT_FALSE(set.out.contains(kKey) || set.err.contains(kKey));
    for (const QString &path : filesUnder(env.root())) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        EXPECT_FALSE(f.readAll().contains(kKey)) << "the key is in " << path.toStdString();
    }
}

TEST(CliKey, TheEnvironmentVariableOverridesTheKeychain)
{
    CliEnv env;
    env.setEnv(QStringLiteral("DAILY_INSIGHTS_API_KEY"), QString::fromLatin1(kKey));
    ASSERT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.provider"),
                       QStringLiteral("gemini")}).exitCode, 0);
    const CliResult r = env.run({QStringLiteral("key"), QStringLiteral("status")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    EXPECT_TRUE(r.stdoutText().contains(QStringLiteral("DAILY_INSIGHTS_API_KEY is set"))) << r.describe().toStdString();
    EXPECT_FALSE(r.out.contains(kKey) || r.err.contains(kKey));
}

} // namespace
