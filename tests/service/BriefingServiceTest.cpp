// Issue 9 §4: the day's briefing is built at the end of a digest build,
// stored through the writer, read back with the Digest; through the LLM it
// is one request, cached by input hash, and a bad answer leaves the offline
// briefing in its place with the reason.

#include "ServiceFixture.h"

#include "digest/BriefingSchema.h"
#include "digest/FakeLlmClient.h"
#include "service/DigestService.h"
#include "storage/ArticleStore.h"
#include "storage/BriefingStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

namespace {

const QString kDay = QStringLiteral("2026-11-20");

class BriefingServiceTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        const QTimeZone zone = m_context->profile().timeZone();
        const QDateTime now = m_clock.nowUtc();
        // Two feeds carry the model launch (one story); the rest appear once.
        const auto item = [now](const QString &url, const QString &title, int hoursAgo) {
            FeedItem it;
            it.url = it.link = it.guid = url;
            it.title = title;
            it.summary = title + QStringLiteral(". The neural network was trained on new data this week, "
                                                "the report says.");
            it.published = now.addSecs(-3600 * hoursAgo);
            return it;
        };
        m_context->writer().post([=](QSqlDatabase &db) {
            storage::SourceStore sources(db);
            Source a, b;
            a.url = QStringLiteral("https://a.example/feed");
            a.title = QStringLiteral("Feed A");
            b.url = QStringLiteral("https://b.example/feed");
            b.title = QStringLiteral("Feed B");
            const qint64 sa = sources.add(a), sb = sources.add(b);
            storage::ArticleStore store(db, zone);
            store.ingest(sa,
                         {item(QStringLiteral("https://a.example/1"),
                               QStringLiteral("OpenAI releases a new large language model"), 6),
                          item(QStringLiteral("https://a.example/2"),
                               QStringLiteral("Robot arm learns to fold laundry with reinforcement learning"), 1)},
                         now);
            store.ingest(sb,
                         {item(QStringLiteral("https://b.example/1"),
                               QStringLiteral("OpenAI releases a new large language model"), 5),
                          item(QStringLiteral("https://b.example/2"),
                               QStringLiteral("Nvidia GPU prices fall as AI chip supply grows"), 2)},
                         now);
        });
        m_context->writer().flush();
    }

    service::DigestBuildReport build(bool offline = false)
    {
        service::DigestService &digests = m_context->digests();
        QSignalSpy finished(&digests, &service::DigestService::finished);
        service::DigestBuildOptions options;
        options.offline = offline;
        digests.build(kDay, options);
        EXPECT_TRUE(finished.wait(20000));
        return finished.isEmpty() ? service::DigestBuildReport()
                                  : finished.first().first().value<service::DigestBuildReport>();
    }

    std::optional<Briefing> stored() { return storage::BriefingStore(m_context->profile().database()).get(kDay); }

    // A client that answers summaries and the briefing; `garbageBriefings` first briefings get prose.
    std::unique_ptr<FakeLlmClient> client(int garbageBriefings = 0)
    {
        auto fake = std::make_unique<FakeLlmClient>([this, garbageBriefings](const llm::Request &r, int) {
            if (r.schemaName != digest::BriefingSchema::name()) {
                return okResult(
                    QJsonObject{{"themes", QJsonArray{"theme"}},
                                {"events", QJsonArray{QJsonObject{{"text", "event"}, {"sources", QJsonArray{1}}}}},
                                {"impact", QJsonArray{QJsonObject{{"domain", "economy"}, {"text", "none"}}}},
                                {"conclusion", "done"}});
            }
            if (m_briefingRequests++ < garbageBriefings) {
                llm::Result garbage;
                garbage.ok = true;
                garbage.rawText = QStringLiteral("I'd rather not.");
                return garbage;
            }
            QJsonArray items;
            static const QRegularExpression id(QStringLiteral("<article id=\"(\\d+)\">"));
            for (auto it = id.globalMatch(r.user); it.hasNext();) {
                const int n = it.next().captured(1).toInt();
                items.append(
                    QJsonObject{{"text", QStringLiteral("모델 브리핑 %1.").arg(n)}, {"sources", QJsonArray{n}}});
            }
            while (items.size() > 3)
                items.removeLast();
            return okResult(QJsonObject{{"items", items}});
        });
        return fake;
    }

    int m_briefingRequests = 0;
};

} // namespace

TEST_F(BriefingServiceTest, AnOfflineBuildEndsWithTheBriefingWhichTheDigestCarries)
{
    const service::DigestBuildReport report = build(true);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    ASSERT_TRUE(report.briefingBuilt);
    EXPECT_EQ(report.briefing.state, service::SectionStatus::State::Offline);
    EXPECT_EQ(report.briefing.sources, 3);

    const Digest digest = service::DigestReader::load(m_context->profile(), kDay);
    const Briefing &b = digest.briefing;
    ASSERT_EQ(b.items.size(), 3);
    EXPECT_EQ(b.provenance.provider, QStringLiteral("offline"));
    EXPECT_TRUE(b.error.isEmpty());
    // The story two feeds carry leads, citing both copies; the briefing's sources follow its [n].
    EXPECT_EQ(b.items.first().citations, (QList<int>{1, 2}));
    ASSERT_EQ(digest.briefingSources.size(), 4);
    EXPECT_EQ(digest.briefingSources.at(0).title, QStringLiteral("OpenAI releases a new large language model"));
    EXPECT_EQ(digest.briefingSources.at(1).title, QStringLiteral("OpenAI releases a new large language model"));
    EXPECT_EQ(digest.briefingSources.at(2).title,
              QStringLiteral("Robot arm learns to fold laundry with reinforcement learning"))
        << "then the newest";
    EXPECT_EQ(b.items.first().text,
              QStringLiteral("The neural network was trained on new data this week, the report says."));

    // Again: the same input reuses the stored briefing.
    const QDateTime made = stored()->provenance.createdAt;
    m_clock.advanceSecs(60);
    const service::DigestBuildReport again = build(true);
    EXPECT_EQ(again.briefing.state, service::SectionStatus::State::Cached);
    EXPECT_EQ(stored()->provenance.createdAt, made);
}

TEST_F(BriefingServiceTest, ThroughTheLlmOneRequestCachedByInputHash)
{
    build(true); // classified offline: the LLM is asked for summaries and the briefing only
    auto fake = client();
    m_context->digests().setClient(fake.get());
    const service::DigestBuildReport report = build();
    ASSERT_TRUE(report.briefingBuilt);
    EXPECT_EQ(report.briefing.state, service::SectionStatus::State::Generated) << report.briefing.message.toStdString();
    EXPECT_EQ(m_briefingRequests, 1);
    EXPECT_EQ(report.llmCalls, fake->requests.size());

    const Digest digest = service::DigestReader::load(m_context->profile(), kDay);
    ASSERT_EQ(digest.briefing.items.size(), 3);
    EXPECT_EQ(digest.briefing.items.first().text, QStringLiteral("모델 브리핑 1."));
    EXPECT_EQ(digest.briefing.provenance.provider, QStringLiteral("openai"));
    EXPECT_EQ(digest.briefing.provenance.model, QStringLiteral("fake-model"));
    EXPECT_EQ(digest.briefing.provenance.tokensIn, 100);
    EXPECT_EQ(digest.briefingSources.at(0).title, QStringLiteral("OpenAI releases a new large language model"));

    // Unchanged input: no request.
    const qsizetype requests = fake->requests.size();
    const service::DigestBuildReport again = build();
    EXPECT_EQ(again.briefing.state, service::SectionStatus::State::Cached);
    EXPECT_EQ(fake->requests.size(), requests);
    EXPECT_EQ(m_briefingRequests, 1);
    m_context->digests().setClient(nullptr);
}

TEST_F(BriefingServiceTest, AMalformedAnswerLeavesTheOfflineBriefingWithTheReasonAndIsAskedAgain)
{
    build(true);
    auto fake = client(1);
    m_context->digests().setClient(fake.get());
    const service::DigestBuildReport report = build();
    EXPECT_EQ(report.briefing.state, service::SectionStatus::State::Failed);
    EXPECT_TRUE(report.briefing.message.contains(QLatin1String("not a JSON object")))
        << report.briefing.message.toStdString();

    const Digest digest = service::DigestReader::load(m_context->profile(), kDay);
    EXPECT_EQ(digest.briefing.provenance.provider, QStringLiteral("offline"));
    EXPECT_EQ(digest.briefing.items.size(), 3) << "the offline briefing stands in";
    EXPECT_FALSE(digest.briefing.error.isEmpty());
    EXPECT_FALSE(digest.briefing.items.first().text.contains(QLatin1String("rather not")));

    // Not cached: the next build asks again, and this time the answer is good.
    const service::DigestBuildReport again = build();
    EXPECT_EQ(m_briefingRequests, 2);
    EXPECT_EQ(again.briefing.state, service::SectionStatus::State::Generated);
    EXPECT_TRUE(stored()->error.isEmpty());
    EXPECT_EQ(stored()->provenance.provider, QStringLiteral("openai"));
    m_context->digests().setClient(nullptr);
}
