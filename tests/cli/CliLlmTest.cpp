// The digest through an LLM end to end: the real executable talks to an
// OpenAI-compatible server in this process. The API key must reach the
// Authorization header and nowhere else (issue 3 §5); unchanged sections
// make no new request (§3 cache); malformed answers become that section's
// error, never a summary.

#include "CliRunner.h"
#include "DigestMarkdown.h"
#include "FakeOpenAiServer.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QRegularExpression>
#include <QUuid>

using clitest::CliEnv;
using clitest::CliResult;
using clitest::FakeOpenAiServer;

namespace {

const QString kDay = QStringLiteral("2026-11-20");

struct Report
{
    QList<QPair<QString, QString>> sections; // state, name
    int llmCalls = -1;
    qint64 tokensIn = -1;
    qint64 tokensOut = -1;
    QStringList states() const
    {
        QStringList out;
        for (const auto &s : sections)
            out.append(s.first);
        return out;
    }
};

Report parseReport(const CliResult &r)
{
    static const QRegularExpression line(
        QStringLiteral("^  (cached|generated|offline summary|failed)\\s+(.+?) \\(\\d+ source"));
    static const QRegularExpression totals(
        QStringLiteral("(\\d+) sections · (\\d+) LLM calls · tokens in (\\d+), out (\\d+)"));
    Report report;
    for (const QString &l : r.stdoutLines()) {
        const auto m = line.match(l);
        if (m.hasMatch())
            report.sections.append({m.captured(1), m.captured(2)});
        const auto t = totals.match(l);
        if (t.hasMatch()) {
            report.llmCalls = t.captured(2).toInt();
            report.tokensIn = t.captured(3).toLongLong();
            report.tokensOut = t.captured(4).toLongLong();
        }
    }
    return report;
}

class CliLlm : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_key = QStringLiteral("sk-di-test-") + QUuid::createUuid().toString(QUuid::Id128);
        m_env.setEnv(QStringLiteral("DAILY_INSIGHTS_API_KEY"), m_key);
        // The demo first: a profile created by --demo has no default (network) sources.
        ASSERT_EQ(run({QStringLiteral("refresh"), QStringLiteral("--demo")}).exitCode, 0);
        for (const QStringList &kv : {QStringList{QStringLiteral("llm.provider"), QStringLiteral("openai")},
                                      QStringList{QStringLiteral("llm.base_url"), m_server.baseUrl().toString()},
                                      QStringList{QStringLiteral("llm.model"), QStringLiteral("test-model")},
                                      QStringList{QStringLiteral("llm.timeout_s"), QStringLiteral("20")}})
            ASSERT_EQ(run({QStringLiteral("config"), QStringLiteral("set"), kv[0], kv[1]}).exitCode, 0);
        m_exportDir = m_env.makeDir(QStringLiteral("export"));
    }

    CliResult run(const QStringList &args)
    {
        const CliResult r = m_env.run(args);
        m_output += r.out + r.err;
        return r;
    }

    CliResult digest()
    {
        return run({QStringLiteral("digest"), QStringLiteral("--date"), kDay, QStringLiteral("--export"), m_exportDir});
    }

    clitest::MdDigest exported() const
    {
        return clitest::parseDigestMarkdown(QString::fromUtf8(
            testpaths::readAll(QDir(m_exportDir).filePath(QStringLiteral("news_%1.md").arg(kDay)))));
    }

    // The key appears in no file of the profile or the export, and in no output.
    void expectKeyNowhere()
    {
        const QByteArray key = m_key.toUtf8();
        const QByteArray secretPart = key.mid(int(QByteArrayLiteral("sk-di-test-").size()));
        QStringList files = clitest::filesUnder(m_env.profile()) + clitest::filesUnder(m_exportDir);
        ASSERT_GE(files.size(), 3);
        bool sawDatabase = false;
        for (const QString &f : files) {
            const QByteArray bytes = testpaths::readAll(f);
            sawDatabase |= f.endsWith(QLatin1String(".sqlite"));
            EXPECT_FALSE(bytes.contains(secretPart)) << "the key is in " << f.toStdString();
            EXPECT_FALSE(bytes.contains(secretPart.toBase64())) << "the key (base64) is in " << f.toStdString();
        }
        EXPECT_TRUE(sawDatabase) << "the database was searched";
        EXPECT_FALSE(m_output.contains(secretPart)) << "the key was printed";
    }

    FakeOpenAiServer m_server;
    CliEnv m_env;
    QString m_key;
    QString m_exportDir;
    QByteArray m_output;
};

} // namespace

TEST_F(CliLlm, DigestThroughTheServerNeverLeaksTheKeyAndIsCached)
{
    const CliResult first = digest();
    ASSERT_TRUE(first.finished) << first.describe().toStdString();
    ASSERT_EQ(first.exitCode, 0) << first.describe().toStdString();

    // The key went in the Authorization header of every request, and only there.
    ASSERT_GE(m_server.classifyRequests(), 1);
    ASSERT_GE(m_server.summaryRequests(), 3);
    for (const TestHttpRequest &req : m_server.http().requests()) {
        EXPECT_EQ(req.header("Authorization"), "Bearer " + m_key.toUtf8());
        for (const auto &h : req.headers) {
            if (h.first.toLower() != "authorization") {
                EXPECT_FALSE(h.second.contains(m_key.toUtf8())) << h.first.constData();
            }
        }
        EXPECT_FALSE(req.body.contains(m_key.toUtf8()));
        EXPECT_EQ(req.pathOnly(), QByteArray("/v1/chat/completions"));
    }

    // Every section was generated by the model, and the tokens are counted.
    const Report report = parseReport(first);
    // The sections are the categories the local model and the LLM chose.
    const qsizetype sections = report.sections.size();
    ASSERT_GE(sections, 2) << first.describe().toStdString();
    for (const auto &s : report.sections)
        EXPECT_EQ(s.first, QStringLiteral("generated")) << s.second.toStdString();
    EXPECT_EQ(report.llmCalls, m_server.requestCount()) << first.describe().toStdString();
    EXPECT_EQ(report.tokensIn, qint64(m_server.requestCount()) * FakeOpenAiServer::kPromptTokens);
    EXPECT_EQ(report.tokensOut, qint64(m_server.requestCount()) * FakeOpenAiServer::kCompletionTokens);
    EXPECT_FALSE(first.stdoutText().contains(QLatin1String("offline classifier")));

    const clitest::MdDigest md = exported();
    ASSERT_EQ(md.sections.size(), sections);
    for (const clitest::MdSection &s : md.sections) {
        EXPECT_TRUE(s.body.contains(QStringLiteral("가짜 서버 최종 요약."))) << s.name.toStdString();
        EXPECT_FALSE(s.body.contains(QStringLiteral("오프라인 요약"))) << s.name.toStdString();
    }
    // The model's verdicts were stored: articles carry the LLM's categories.
    const CliResult articles = run({QStringLiteral("articles"), QStringLiteral("--date"), kDay, QStringLiteral("--json")});
    EXPECT_TRUE(articles.stdoutText().contains(QLatin1String("\"category_origin\": \"llm\""))) << articles.describe().toStdString();

    // Again: nothing changed, so no request at all.
    const int requests = m_server.requestCount();
    const CliResult second = digest();
    ASSERT_EQ(second.exitCode, 0) << second.describe().toStdString();
    EXPECT_EQ(m_server.requestCount(), requests) << "the cache prevents repeated calls";
    const Report again = parseReport(second);
    EXPECT_EQ(again.states(), QStringList(sections, QStringLiteral("cached"))) << second.describe().toStdString();
    EXPECT_EQ(again.llmCalls, 0);

    // `key status` reports the override without printing it.
    const CliResult status = run({QStringLiteral("key"), QStringLiteral("status")});
    EXPECT_TRUE(status.finished) << status.describe().toStdString();

    expectKeyNowhere();
}

TEST_F(CliLlm, MalformedAnswersTwiceMakeThatSectionFailNeverASummary)
{
    m_server.setGarbageSummaries(2); // the first section's attempt and its one retry
    const CliResult first = digest();
    ASSERT_TRUE(first.finished) << first.describe().toStdString();
    EXPECT_NE(first.exitCode, 0) << "a failed section is a failure";

    const Report report = parseReport(first);
    const qsizetype sections = report.sections.size();
    ASSERT_GE(sections, 2) << first.describe().toStdString();
    EXPECT_EQ(report.states(), QStringList{QStringLiteral("failed")} + QStringList(sections - 1, QStringLiteral("generated")))
        << first.describe().toStdString();
    const QString failedName = report.sections.first().second;
    EXPECT_EQ(m_server.summaryRequests(), 2 + (sections - 1)) << "retried once, then given up";

    const clitest::MdDigest md = exported();
    ASSERT_EQ(md.sections.size(), sections);
    for (const clitest::MdSection &s : md.sections) {
        if (s.name == failedName) {
            EXPECT_TRUE(s.body.contains(QStringLiteral("요약을 만들지 못했습니다"))) << s.body.toStdString();
            EXPECT_FALSE(s.body.contains(QStringLiteral("가짜 서버"))) << s.body.toStdString();
            EXPECT_FALSE(s.body.contains(QStringLiteral("Sure! Here is"))) << "the garbage is not shown as a summary";
            EXPECT_FALSE(s.sources.isEmpty()) << "the sources are still listed";
        } else {
            EXPECT_TRUE(s.body.contains(QStringLiteral("가짜 서버 최종 요약."))) << s.name.toStdString();
        }
    }

    // A failed section is not cached: the next run asks again (and now succeeds);
    // the others are reused.
    const int summaries = m_server.summaryRequests();
    const CliResult second = digest();
    EXPECT_EQ(second.exitCode, 0) << second.describe().toStdString();
    EXPECT_EQ(m_server.summaryRequests(), summaries + 1);
    const Report again = parseReport(second);
    ASSERT_EQ(again.sections.size(), sections);
    for (const auto &s : again.sections)
        EXPECT_EQ(s.first, s.second == failedName ? QStringLiteral("generated") : QStringLiteral("cached"));

    expectKeyNowhere();
}

// Issue 9 §4: the briefing is one more request per day, cached by its input
// hash; a bad answer leaves the offline briefing with the reason, and the
// next build asks again.
TEST_F(CliLlm, TheBriefingIsOneRequestCachedAndFallsBackOfflineOnGarbage)
{
    m_server.setGarbageBriefings(1);
    const CliResult first = digest();
    ASSERT_EQ(first.exitCode, 0) << first.describe().toStdString();
    EXPECT_EQ(m_server.briefingRequests(), 1);
    EXPECT_TRUE(first.stdoutText().contains(QStringLiteral("  briefing: offline, the model's failed (5 item(s)): ")))
        << first.describe().toStdString();
    EXPECT_TRUE(first.stdoutText().contains(QLatin1String("not a JSON object"))) << first.describe().toStdString();

    const CliResult second = run({QStringLiteral("digest"), QStringLiteral("--date"), kDay, QStringLiteral("--export"),
                                  m_exportDir, QStringLiteral("--briefing")});
    ASSERT_EQ(second.exitCode, 0) << second.describe().toStdString();
    EXPECT_EQ(m_server.briefingRequests(), 2) << "a failed briefing is not cached";
    EXPECT_TRUE(second.stdoutText().contains(QStringLiteral("  briefing: generated (3 item(s))")))
        << second.describe().toStdString();
    const QString md =
        QString::fromUtf8(testpaths::readAll(QDir(m_exportDir).filePath(QStringLiteral("news_%1.md").arg(kDay))));
    EXPECT_TRUE(md.contains(QStringLiteral("## 📌 오늘의 핵심\n\n- 가짜 서버 브리핑 1. [1]\n"))) << md.toStdString();

    const int requests = m_server.requestCount();
    const CliResult third = digest();
    EXPECT_EQ(m_server.requestCount(), requests) << "nothing changed: no request";
    EXPECT_TRUE(third.stdoutText().contains(QStringLiteral("  briefing: cached (3 item(s))")))
        << third.describe().toStdString();
    expectKeyNowhere();
}
