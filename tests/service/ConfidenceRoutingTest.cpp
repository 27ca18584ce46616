// Issue 11 §3: with an LLM, only the articles the local model is unsure of
// are asked about (in batches of at most 40); the rest are classified
// locally, and the LLM's verdicts are stored as examples to learn from.

#include "ServiceFixture.h"
#include "digest/ClassifyPrompt.h"
#include "digest/FakeLlmClient.h"
#include "digest/LocalClassifier.h"
#include "digest/ShippedClassifier.h"
#include "digest/TrainingSet.h"
#include "service/DigestService.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/ClassifierExampleStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

namespace {

const QString kDay = QStringLiteral("2026-11-20");

class ConfidenceRoutingTest : public ServiceFixture
{
protected:
    // The day: the held-out split's articles (never trained on), so the
    // local model is sure of some and unsure of others.
    void SetUp() override
    {
        ServiceFixture::SetUp();
        QString error;
        ASSERT_TRUE(digest::TrainingSet::read(testpaths::fixture(QStringLiteral("classifier/heldout.jsonl")),
                                              &m_labelled, &error))
            << error.toStdString();
        m_labelled = m_labelled.mid(0, 120);
        const QTimeZone zone = m_context->profile().timeZone();
        const QDateTime now = m_clock.nowUtc();
        const QList<digest::LabelledExample> labelled = m_labelled;
        m_context->writer().post([zone, now, labelled](QSqlDatabase &db) {
            Source s;
            s.url = QStringLiteral("https://news.example/feed");
            const qint64 source = storage::SourceStore(db).add(s);
            QList<FeedItem> items;
            for (const digest::LabelledExample &e : labelled) {
                FeedItem it;
                it.url = it.link = it.guid = QStringLiteral("https://news.example/%1").arg(items.size());
                it.title = e.title;
                it.summary = e.text;
                it.published = now.addSecs(-3600);
                items.append(it);
            }
            storage::ArticleStore(db, zone).ingest(source, items, now);
        });
        m_context->writer().flush();
    }

    // A client that labels every article it is asked to classify "research"
    // and notes its id; other requests (summaries) get a non-answer.
    std::unique_ptr<FakeLlmClient> client()
    {
        return std::make_unique<FakeLlmClient>([this](const llm::Request &r, int) {
            if (r.schemaName != QLatin1String("article_categories"))
                return okResult(QJsonObject{});
            QJsonArray items;
            static const QRegularExpression id(QStringLiteral("<article id=\"(\\d+)\">"));
            int batch = 0;
            for (auto it = id.globalMatch(r.user); it.hasNext(); ++batch) {
                const qint64 n = it.next().captured(1).toLongLong();
                m_asked.insert(n);
                items.append(QJsonObject{{"id", n}, {"category", "research"}, {"confidence", 0.9},
                                         {"reason", "fake"}});
            }
            m_largestBatch = std::max(m_largestBatch, batch);
            return okResult(QJsonObject{{"items", items}});
        });
    }

    QList<digest::LabelledExample> m_labelled;
    QSet<qint64> m_asked;
    int m_largestBatch = 0;
};

} // namespace

TEST_F(ConfidenceRoutingTest, OnlyUncertainArticlesGoToTheLlmAndItsVerdictsAreLearnt)
{
    QString error;
    const auto model = std::make_shared<const digest::LearnedClassifier>(digest::ShippedClassifier::load(&error));
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    m_context->digests().setLocalModel([model](const QList<Category> &) { return model; });
    const auto fake = client();
    m_context->digests().setClient(fake.get());

    // What the local model thinks of each article, before the build.
    QSqlDatabase db = m_context->profile().database();
    const digest::LocalClassifier local(storage::CategoryStore(db).all(), model);
    const QList<Article> before = storage::ArticleStore(db, m_context->profile().timeZone()).articlesForDay(kDay);
    ASSERT_EQ(before.size(), m_labelled.size());
    QSet<qint64> uncertain;
    for (const Article &a : before) {
        if (local.classify(a.item).confidence < digest::LocalClassifier::kAskLlmBelow)
            uncertain.insert(a.id);
    }
    ASSERT_FALSE(uncertain.isEmpty()) << "the day needs some hard articles";
    ASSERT_LT(uncertain.size(), before.size()) << "and some easy ones";

    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    m_context->digests().build(kDay);
    ASSERT_TRUE(finished.wait(60000));
    const auto report = finished.first().first().value<service::DigestBuildReport>();

    EXPECT_EQ(m_asked, uncertain) << "exactly the uncertain articles were asked about";
    EXPECT_LE(m_largestBatch, digest::ClassifyPrompt::kMaxBatch);
    EXPECT_EQ(report.classifiedByLlm, uncertain.size());
    EXPECT_EQ(report.classifiedLocally, before.size() - uncertain.size());

    // Every article has a verdict; the asked ones carry the LLM's.
    const QList<Article> after = storage::ArticleStore(db, m_context->profile().timeZone()).articlesForDay(kDay);
    for (const Article &a : after) {
        if (uncertain.contains(a.id)) {
            EXPECT_EQ(a.origin, CategoryOrigin::Llm) << a.item.title.toStdString();
        } else {
            EXPECT_EQ(a.origin, CategoryOrigin::Offline) << a.item.title.toStdString();
            EXPECT_TRUE(a.reason.contains(QLatin1String("local model"))) << a.reason.toStdString();
        }
    }

    // The LLM's answers are stored as examples for the local model to learn.
    const QList<storage::ClassifierExample> examples = storage::ClassifierExampleStore(db).after(0);
    QSet<qint64> learnt;
    for (const storage::ClassifierExample &e : examples) {
        EXPECT_EQ(e.origin, storage::ClassifierExample::Origin::Llm);
        EXPECT_TRUE(e.isAi);
        EXPECT_EQ(e.categoryKey, QStringLiteral("research"));
        learnt.insert(e.articleId);
    }
    EXPECT_EQ(learnt, uncertain);
}

TEST_F(ConfidenceRoutingTest, WithoutAnLlmEveryArticleIsClassifiedLocally)
{
    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    m_context->digests().build(kDay);
    ASSERT_TRUE(finished.wait(60000));
    const auto report = finished.first().first().value<service::DigestBuildReport>();
    EXPECT_EQ(report.classifiedLocally, m_labelled.size());
    EXPECT_EQ(report.classifiedByLlm, 0);
    EXPECT_EQ(report.llmCalls, 0);
}
