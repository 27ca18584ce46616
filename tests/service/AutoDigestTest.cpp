// Issue 9 §3: the digest builds itself after a refresh. The days that got
// new articles are classified and summarised offline at once; with an LLM
// (a real OpenAI wire format server in this process) only the sections whose
// input changed are regenerated, within the daily budget.
#include "ServiceFixture.h"

#include "FakeOpenAiServer.h"
#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/AutoDigest.h"
#include "service/DigestService.h"
#include "service/LlmBudget.h"
#include "service/RefreshService.h"
#include "storage/ArticleStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "storage/SummaryStore.h"

#include <QSignalSpy>

namespace {

const QString kDay = QStringLiteral("2026-11-20");
using State = service::SectionStatus::State;

class AutoDigestTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        m_server.route("/feed.xml", [this](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, rss(QStringLiteral("AI news"), m_items), {{"Content-Type", "application/rss+xml"}});
        });
        Source source;
        source.url = m_server.url(QStringLiteral("/feed.xml")).toString();
        ASSERT_GT(storage::SourceStore(m_context->profile().database()).add(source), 0);
    }

    void configureLlm(int dailyRequests)
    {
        Settings &s = m_context->profile().settings();
        ASSERT_TRUE(s.set(SettingKey::Provider, QStringLiteral("openai")));
        ASSERT_TRUE(s.set(SettingKey::BaseUrl, m_llm.baseUrl().toString()));
        ASSERT_TRUE(s.set(SettingKey::Model, QStringLiteral("test-model")));
        ASSERT_TRUE(s.set(SettingKey::LlmDailyRequests, dailyRequests));
        bool stored = false;
        service::ApiKeyStore(m_secrets).store(QStringLiteral("openai"), QStringLiteral("sk-autodigest-test"),
                                              service::originOf(m_llm.baseUrl()),
                                              [&](secrets::SecretStore::Status, const QString &) { stored = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return stored; }, 5000));
        bool loaded = false;
        QString reason;
        m_context->loadLlmClient([&](const QString &r) {
            reason = r;
            loaded = true;
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return loaded; }, 5000));
        ASSERT_TRUE(reason.isEmpty()) << reason.toStdString();
    }

    service::RefreshSummary refresh()
    {
        QSignalSpy finished(&m_context->refresh(), &service::RefreshService::finished);
        m_context->refresh().start();
        EXPECT_TRUE(finished.wait(10000));
        return finished.isEmpty() ? service::RefreshSummary()
                                  : finished.first().first().value<service::RefreshSummary>();
    }

    // What the window and `refresh --digest` do after a refresh.
    service::AutoDigestReport buildAffected(const QStringList &days)
    {
        service::AutoDigest &builder = m_context->autoDigest();
        QSignalSpy finished(&builder, &service::AutoDigest::finished);
        builder.start(days);
        EXPECT_TRUE(finished.wait(20000));
        m_context->writer().flush();
        return finished.isEmpty() ? service::AutoDigestReport()
                                  : finished.first().first().value<service::AutoDigestReport>();
    }

    QList<SectionSummary> summaries() const
    {
        return storage::SummaryStore(m_context->profile().database()).forDay(kDay);
    }

    int providerCount(const QString &provider) const
    {
        int n = 0;
        for (const SectionSummary &s : summaries())
            n += s.provenance.provider == provider ? 1 : 0;
        return n;
    }

    static int count(const service::DigestBuildReport &report, State state)
    {
        int n = 0;
        for (const service::SectionStatus &s : report.sections)
            n += s.state == state ? 1 : 0;
        return n;
    }

    // Six AI stories of kDay that the offline classifier puts in different categories.
    QList<QPair<QString, QString>> m_items{
        {QStringLiteral("AI startup raises $50M funding round"), QStringLiteral("Fri, 20 Nov 2026 09:00:00 GMT")},
        {QStringLiteral("Humanoid robot learns to fold laundry with AI"), QStringLiteral("Fri, 20 Nov 2026 08:00:00 GMT")},
        {QStringLiteral("New speech recognition model for voice assistants"), QStringLiteral("Fri, 20 Nov 2026 07:00:00 GMT")},
        {QStringLiteral("Quantization makes AI inference on GPUs cheaper"), QStringLiteral("Fri, 20 Nov 2026 06:00:00 GMT")},
        {QStringLiteral("AI safety regulation bill passes the senate"), QStringLiteral("Fri, 20 Nov 2026 05:00:00 GMT")},
        {QStringLiteral("Reinforcement learning agent masters a new AI benchmark game with RLHF"), QStringLiteral("Fri, 20 Nov 2026 04:00:00 GMT")}};
    clitest::FakeOpenAiServer m_llm;
};

} // namespace

TEST_F(AutoDigestTest, RefreshReportsTheDaysThatGotNewArticles)
{
    m_items.append({QStringLiteral("AI lab opens a new office"), QStringLiteral("Thu, 19 Nov 2026 10:00:00 GMT")});
    const service::RefreshSummary first = refresh();
    EXPECT_EQ(first.newArticles, 7);
    EXPECT_EQ(first.newDays, (QStringList{QStringLiteral("2026-11-19"), kDay}));
    // Nothing new: no day to build.
    EXPECT_TRUE(refresh().newDays.isEmpty());
}

TEST_F(AutoDigestTest, WithoutAnLlmTheAffectedDayIsClassifiedAndSummarisedOffline)
{
    const service::RefreshSummary refreshed = refresh();
    ASSERT_EQ(refreshed.newDays, QStringList{kDay});
    const service::AutoDigestReport report = buildAffected(refreshed.newDays);

    ASSERT_EQ(report.days.size(), 1);
    const service::AutoDigestDay &day = report.days.first();
    EXPECT_EQ(day.day, kDay);
    EXPECT_FALSE(day.usedLlm);
    EXPECT_FALSE(day.failed()) << day.error.toStdString();
    const QList<Article> articles =
        storage::ArticleStore(m_context->profile().database(), m_context->profile().timeZone()).articlesForDay(kDay);
    ASSERT_EQ(articles.size(), 6);
    for (const Article &a : articles)
        EXPECT_EQ(a.origin, CategoryOrigin::Offline) << a.item.title.toStdString();
    EXPECT_GE(count(day.offline, State::Offline), 3);
    EXPECT_EQ(providerCount(QStringLiteral("offline")), int(day.offline.sections.size()));
    EXPECT_EQ(m_llm.requestCount(), 0);
}

TEST_F(AutoDigestTest, TheLlmMakesExactlyTheBudgetsRequestsAndTheRestStayOffline)
{
    configureLlm(2);
    const service::AutoDigestReport report = buildAffected(refresh().newDays);

    ASSERT_EQ(report.days.size(), 1);
    const service::AutoDigestDay &day = report.days.first();
    ASSERT_TRUE(day.usedLlm);
    const int sections = int(day.llm.sections.size());
    ASSERT_GE(sections, 4);
    EXPECT_EQ(m_llm.requestCount(), 2);
    EXPECT_EQ(m_llm.classifyRequests(), 0); // classified offline in the first pass
    EXPECT_EQ(count(day.llm, State::Generated), 2);
    EXPECT_EQ(count(day.llm, State::OverBudget), sections - 2);
    EXPECT_EQ(day.overBudget(), sections - 2);
    for (const service::SectionStatus &s : day.llm.sections) {
        if (s.state == State::OverBudget) {
            EXPECT_EQ(s.message, QStringLiteral("over today's LLM budget"));
        }
    }
    EXPECT_EQ(providerCount(QStringLiteral("openai")), 2);
    EXPECT_EQ(providerCount(QStringLiteral("offline")), sections - 2);
    // The briefing keeps to the budget too: written offline, and it says why.
    EXPECT_EQ(day.llm.briefing.state, State::OverBudget);
    EXPECT_EQ(m_llm.requestCount(), 2);

    const service::LlmBudget budget = m_context->autoDigest().budgetToday();
    EXPECT_EQ(budget.usedRequests(), 2);
    EXPECT_EQ(budget.maxRequests(), 2);
    EXPECT_EQ(budget.usedTokens(), 2 * (clitest::FakeOpenAiServer::kPromptTokens
                                        + clitest::FakeOpenAiServer::kCompletionTokens));

    // The same input again, still over budget: no request, nothing changes.
    buildAffected({kDay});
    EXPECT_EQ(m_llm.requestCount(), 2);
    EXPECT_EQ(providerCount(QStringLiteral("openai")), 2);
}

TEST_F(AutoDigestTest, OnlySectionsWhoseInputChangedAreRegenerated)
{
    configureLlm(30);
    const service::AutoDigestReport first = buildAffected(refresh().newDays);
    ASSERT_EQ(first.days.size(), 1);
    const int sections = int(first.days.first().llm.sections.size());
    ASSERT_GE(sections, 4);
    // One request per section and one for the day's briefing.
    EXPECT_EQ(m_llm.requestCount(), sections + 1);
    EXPECT_EQ(providerCount(QStringLiteral("openai")), sections);

    // The feed unchanged: no new articles, no day to build, no request.
    const service::RefreshSummary same = refresh();
    EXPECT_TRUE(same.newDays.isEmpty());
    buildAffected(same.newDays);
    // Built again anyway: the offline pass keeps the LLM's sections and the LLM pass reuses them.
    const service::AutoDigestReport again = buildAffected({kDay});
    EXPECT_EQ(m_llm.requestCount(), sections + 1);
    EXPECT_EQ(again.days.first().llm.briefing.state, State::Cached);
    EXPECT_EQ(count(again.days.first().llm, State::Cached), sections);
    EXPECT_EQ(providerCount(QStringLiteral("openai")), sections);

    // One new robotics story: its section and the briefing go to the LLM.
    m_items.append({QStringLiteral("Robot arm startup shows humanoid robots at work"),
                    QStringLiteral("Fri, 20 Nov 2026 10:00:00 GMT")});
    const service::RefreshSummary more = refresh();
    ASSERT_EQ(more.newDays, QStringList{kDay});
    const service::AutoDigestReport third = buildAffected(more.newDays);
    EXPECT_EQ(m_llm.requestCount(), sections + 3);
    EXPECT_EQ(count(third.days.first().llm, State::Generated), 1);
    EXPECT_EQ(third.days.first().llm.briefing.state, State::Generated);
    EXPECT_EQ(providerCount(QStringLiteral("openai")), int(third.days.first().llm.sections.size()));
}

TEST_F(AutoDigestTest, ATokenBudgetStopsTheLlmBeforeTheNextSection)
{
    configureLlm(30);
    ASSERT_TRUE(m_context->profile().settings().set(SettingKey::LlmDailyTokens, 0));
    const service::AutoDigestReport report = buildAffected(refresh().newDays);
    ASSERT_EQ(report.days.size(), 1);
    EXPECT_EQ(m_llm.requestCount(), 0);
    EXPECT_EQ(count(report.days.first().llm, State::OverBudget), int(report.days.first().llm.sections.size()));
    EXPECT_GE(providerCount(QStringLiteral("offline")), 4);
}

TEST_F(AutoDigestTest, CancelStopsTheBuildAndSaysSo)
{
    const service::RefreshSummary refreshed = refresh();
    service::AutoDigest &builder = m_context->autoDigest();
    QSignalSpy finished(&builder, &service::AutoDigest::finished);
    // Cancelled once the build is under way, as the status bar's button does.
    QObject::connect(&builder, &service::AutoDigest::progress, &builder, [&builder] { builder.cancel(); },
                     Qt::QueuedConnection);
    builder.start(refreshed.newDays);
    EXPECT_TRUE(builder.isRunning());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.first().first().value<service::AutoDigestReport>().cancelled);
    EXPECT_FALSE(builder.isRunning());
}

TEST(LlmBudgetTest, AllowsWhileRequestsAndEstimatedTokensFit)
{
    service::LlmBudget budget(2, 1000);
    EXPECT_TRUE(budget.allows(1000));
    EXPECT_FALSE(budget.allows(1001));
    budget.spend(1, 600);
    EXPECT_TRUE(budget.allows(400));
    EXPECT_FALSE(budget.allows(401));
    budget.spend(1, 0);
    EXPECT_FALSE(budget.allows(0)); // two requests made
    EXPECT_FALSE(service::LlmBudget(0, 1000).allows(0));
}

TEST_F(AutoDigestTest, TodaysUseCountsTheCallsMadeTodayWhateverDayTheyWereFor)
{
    storage::SummaryStore store(m_context->profile().database());
    const QDateTime now = m_clock.nowUtc();
    store.recordUsage(QStringLiteral("2026-11-18"), QStringLiteral("openai"), QStringLiteral("m"), 100, 10, now);
    store.recordUsage(kDay, QStringLiteral("openai"), QStringLiteral("m"), 0, 0, now.addSecs(-3600));
    store.recordUsage(kDay, QStringLiteral("openai"), QStringLiteral("m"), 500, 50, now.addDays(-1));
    const service::LlmBudget budget = m_context->autoDigest().budgetToday();
    EXPECT_EQ(budget.usedRequests(), 2);
    EXPECT_EQ(budget.usedTokens(), 110);
    EXPECT_EQ(budget.maxRequests(), 30);   // the defaults
    EXPECT_EQ(budget.maxTokens(), 200000);
}

TEST_F(AutoDigestTest, CancelBetweenTheOfflineAndTheLlmPassSendsNoRequest)
{
    configureLlm(30);
    const service::RefreshSummary refreshed = refresh();
    service::AutoDigest &builder = m_context->autoDigest();
    QSignalSpy finished(&builder, &service::AutoDigest::finished);
    // The offline pass is stored; the LLM pass is about to start.
    QObject::connect(&builder, &service::AutoDigest::dayUpdated, &builder, [&builder] { builder.cancel(); });
    builder.start(refreshed.newDays);
    ASSERT_TRUE(finished.wait(10000));
    const auto report = finished.first().first().value<service::AutoDigestReport>();
    EXPECT_TRUE(report.cancelled);
    ASSERT_EQ(report.days.size(), 1);
    EXPECT_TRUE(report.days.first().cancelled);
    EXPECT_EQ(m_llm.requestCount(), 0);
    EXPECT_FALSE(builder.isRunning());
}

TEST_F(AutoDigestTest, AManualBuildThatIsRunningIsWaitedFor)
{
    const service::RefreshSummary refreshed = refresh();
    service::DigestService &digests = m_context->digests();
    QSignalSpy manual(&digests, &service::DigestService::finished);
    service::DigestBuildOptions options;
    options.offline = true;
    digests.build(kDay, options);
    ASSERT_TRUE(digests.isRunning());
    const service::AutoDigestReport report = buildAffected(refreshed.newDays);
    ASSERT_GE(manual.count(), 2); // the manual build, then the automatic one
    EXPECT_FALSE(manual.first().first().value<service::DigestBuildReport>().automatic);
    ASSERT_EQ(report.days.size(), 1);
    EXPECT_FALSE(report.days.first().failed()) << report.days.first().error.toStdString();
    EXPECT_FALSE(report.days.first().offline.sections.isEmpty());
}
