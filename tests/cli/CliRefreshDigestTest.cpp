// `refresh --digest` (issue 9 §3): the real executable refreshes, then builds
// the days that got new articles, offline at once and through the LLM within
// the daily budget, for cron.

#include "CliRunner.h"
#include "FakeOpenAiServer.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using clitest::CliEnv;
using clitest::CliResult;
using clitest::FakeOpenAiServer;

namespace {

const QString kDay = QStringLiteral("2026-11-20");

QByteArray sixStories()
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>AI news</title>"
                     "<link>https://example.com/</link>";
    const char *titles[] = {"AI startup raises $50M funding round", "Humanoid robot learns to fold laundry with AI",
                            "New speech recognition model for voice assistants",
                            "Quantization makes AI inference on GPUs cheaper",
                            "AI safety regulation bill passes the senate",
                            "Reinforcement learning agent masters a new AI benchmark game with RLHF"};
    int hour = 9;
    for (const char *t : titles) {
        const QByteArray title(t);
        xml += "<item><title>" + title + "</title><link>https://example.com/" + QUrl::toPercentEncoding(title)
               + "</link><pubDate>Fri, 20 Nov 2026 0" + QByteArray::number(hour--)
               + ":00:00 GMT</pubDate><description>" + title + " in detail.</description></item>";
    }
    return xml + "</channel></rss>";
}

// "digest 2026-11-20: 7 section(s) (2 generated, 5 over today's LLM budget) · ..."
QString digestLine(const CliResult &r, const QString &day)
{
    for (const QString &line : r.stdoutLines()) {
        if (line.startsWith(QStringLiteral("digest %1:").arg(day)))
            return line;
    }
    return QString();
}

int sectionsIn(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(": (\\d+) section"));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

class CliRefreshDigest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_feeds.isListening());
        m_feeds.route("/ai.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, sixStories(), {{"Content-Type", "application/rss+xml"}});
        });
        ASSERT_EQ(m_env.run({QStringLiteral("sources"), QStringLiteral("add"), feedUrl()}).exitCode, 0);
    }

    QString feedUrl() const { return m_feeds.url(QStringLiteral("/ai.xml")).toString(); }

    CliResult refreshDigest()
    {
        return m_env.run({QStringLiteral("refresh"), QStringLiteral("--source"), feedUrl(), QStringLiteral("--digest")});
    }

    void configureLlm(int dailyRequests)
    {
        m_env.setEnv(QStringLiteral("DAILY_INSIGHTS_API_KEY"), QStringLiteral("sk-di-refresh-digest"));
        for (const QStringList &kv : {QStringList{QStringLiteral("llm.provider"), QStringLiteral("openai")},
                                      QStringList{QStringLiteral("llm.base_url"), m_llm.baseUrl().toString()},
                                      QStringList{QStringLiteral("llm.model"), QStringLiteral("test-model")},
                                      QStringList{QStringLiteral("llm.timeout_s"), QStringLiteral("20")},
                                      QStringList{QStringLiteral("llm.daily_requests"), QString::number(dailyRequests)}})
            ASSERT_EQ(m_env.run({QStringLiteral("config"), QStringLiteral("set"), kv[0], kv[1]}).exitCode, 0);
    }

    CliEnv m_env;
    TestHttpServer m_feeds;
    FakeOpenAiServer m_llm;
};

} // namespace

TEST_F(CliRefreshDigest, BuildsTheAffectedDayOfflineAndThenNothingWhenNothingIsNew)
{
    const CliResult r = refreshDigest();
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const QString line = digestLine(r, kDay);
    ASSERT_FALSE(line.isEmpty()) << r.describe().toStdString();
    const int sections = sectionsIn(line);
    EXPECT_GE(sections, 4) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("(%1 offline summary)").arg(sections))) << line.toStdString();
    EXPECT_TRUE(line.endsWith(QStringLiteral(" · offline"))) << line.toStdString();

    // Built: a digest run finds every section in the cache.
    const CliResult digest = m_env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), kDay});
    ASSERT_EQ(digest.exitCode, 0) << digest.describe().toStdString();
    EXPECT_EQ(digest.stdoutText().count(QStringLiteral("  cached ")), sections) << digest.describe().toStdString();

    const CliResult again = refreshDigest();
    EXPECT_EQ(again.exitCode, 0) << again.describe().toStdString();
    EXPECT_TRUE(again.stdoutText().contains(QStringLiteral("No new articles: no digest to build.")))
        << again.describe().toStdString();
    EXPECT_TRUE(digestLine(again, kDay).isEmpty());
}

TEST_F(CliRefreshDigest, TheLlmPassStaysWithinTheDailyBudget)
{
    configureLlm(2);
    const CliResult r = refreshDigest();
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    EXPECT_EQ(m_llm.requestCount(), 2);
    EXPECT_EQ(m_llm.classifyRequests(), 0);
    const QString line = digestLine(r, kDay);
    const int sections = sectionsIn(line);
    ASSERT_GE(sections, 4) << r.describe().toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("(2 generated, %1 over today's LLM budget)").arg(sections - 2)))
        << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral(" · 2 LLM calls"))) << line.toStdString();
    EXPECT_TRUE(r.stdoutText().contains(QStringLiteral("LLM budget today: 2/2 requests"))) << r.describe().toStdString();
}

TEST_F(CliRefreshDigest, FailedSectionsMakeTheExitStatusFail)
{
    configureLlm(30);
    m_llm.setGarbageSummaries(1000); // every answer is not JSON
    const CliResult r = refreshDigest();
    EXPECT_EQ(r.exitCode, 1) << r.describe().toStdString();
    const QString line = digestLine(r, kDay);
    EXPECT_TRUE(line.contains(QStringLiteral(" failed"))) << r.describe().toStdString();
    // The offline summaries made first are still there for the reader.
    const CliResult digest = m_env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), kDay});
    EXPECT_EQ(digest.stdoutText().count(QStringLiteral("  cached ")), sectionsIn(line)) << digest.describe().toStdString();
}

TEST(CliRefreshDigestHelp, TheOptionIsDocumented)
{
    CliEnv env;
    const CliResult help = env.runBare({QStringLiteral("refresh"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.stdoutText().contains(QStringLiteral("--digest"))) << help.describe().toStdString();
    const CliResult usage = env.runBare({QStringLiteral("--help")});
    EXPECT_TRUE(usage.stdoutText().contains(QStringLiteral("--digest"))) << usage.describe().toStdString();
}
