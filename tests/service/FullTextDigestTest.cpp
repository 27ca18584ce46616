#include "FullTextFixture.h"

#include "export/JsonExporter.h"
#include "service/DigestService.h"
#include "service/FullTextInput.h"
#include "storage/SummaryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kDay = QStringLiteral("2026-11-20");

// Summaries and classification read the full text when there is one.
class FullTextDigestTest : public FullTextTest
{
protected:
    void servePageText(const QString &slug, const QString &text)
    {
        const QByteArray page = "<html><head><title>" + slug.toUtf8() + "</title></head><body><article><p>"
                                + text.toUtf8() + "</p></article></body></html>";
        m_site->route(("/a/" + slug).toUtf8(), [page](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, page, {{"Content-Type", "text/html"}});
        });
    }

    service::DigestBuildReport buildOffline()
    {
        QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
        service::DigestBuildOptions options;
        options.offline = true;
        m_context->digests().build(kDay, options);
        EXPECT_TRUE(finished.wait(20000));
        return finished.isEmpty() ? service::DigestBuildReport() : finished.first().first().value<service::DigestBuildReport>();
    }
};

const QString kAiStory = QStringLiteral(
    "OpenAI released a new large language model trained on GPUs. The neural network uses reinforcement "
    "learning and a transformer architecture. Researchers say the model beats machine learning benchmarks "
    "for generative AI and deep learning.");

TEST_F(FullTextDigestTest, TheDigestReadsTheFullTextAndItsProvenanceSaysSo)
{
    // The same teaser for both; only one source fetches the full story.
    serveFeed(QStringLiteral("full"), {{QStringLiteral("full"), QStringLiteral("Read on for the details."), {}}});
    serveFeed(QStringLiteral("teaser"), {{QStringLiteral("teaser"), QStringLiteral("Read on for the details."), {}}});
    servePageText(QStringLiteral("full"), kAiStory);
    servePageText(QStringLiteral("teaser"), kAiStory);
    addSiteSource(QStringLiteral("full"), FullTextMode::Auto);
    addSiteSource(QStringLiteral("teaser"), FullTextMode::Off);
    ASSERT_EQ(refresh().fullText.ok, 1);
    const qint64 full = articleId(QStringLiteral("full"));
    const qint64 teaser = articleId(QStringLiteral("teaser"));

    const service::DigestBuildReport report = buildOffline();
    EXPECT_TRUE(report.error.isEmpty()) << report.error.toStdString();

    // Classified from its full text: an AI story; the teaser alone is not.
    Article fullArticle, teaserArticle;
    for (const Article &a : day(kDay))
        (a.id == full ? fullArticle : teaserArticle) = a;
    EXPECT_TRUE(fullArticle.isAi);
    EXPECT_GT(fullArticle.categoryId, 0);
    EXPECT_FALSE(teaserArticle.isAi && teaserArticle.categoryId == fullArticle.categoryId)
        << "the teaser alone should not look like the same AI story";

    // The section's summary was made from the full text and says so.
    const auto summary = storage::SummaryStore(m_context->profile().database()).get(kDay, fullArticle.categoryId);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->provenance.fullTextArticles, QList<qint64>{full});
    const QString rendered = summary->markdown;
    EXPECT_TRUE(rendered.contains(QStringLiteral("language model")) || rendered.contains(QStringLiteral("neural")))
        << rendered.toStdString();

    // The JSON export marks the source as read in full.
    const QJsonObject root = QJsonDocument::fromJson(
        exporter::JsonExporter::render(service::DigestReader::load(m_context->profile(), kDay))).object();
    bool marked = false;
    for (const QJsonValue &section : root.value(QLatin1String("sections")).toArray()) {
        for (const QJsonValue &src : section.toObject().value(QLatin1String("sources")).toArray()) {
            if (src.toObject().value(QLatin1String("articleId")).toInteger() == full)
                marked = src.toObject().value(QLatin1String("fullText")).toBool();
        }
    }
    EXPECT_TRUE(marked);
    (void)teaser;
}

TEST_F(FullTextDigestTest, TheFullTextReadByTheDigestIsBoundedPerArticle)
{
    serveFeed(QStringLiteral("long"), {{QStringLiteral("long"), QStringLiteral("Teaser."), {}}});
    servePage(QStringLiteral("long"), 4000);
    addSiteSource(QStringLiteral("long"), FullTextMode::On);
    ASSERT_EQ(refresh().fullText.ok, 1);
    ASSERT_EQ(fullText(QStringLiteral("long")).wordCount, 4000);

    QList<Article> articles = day(kDay);
    ASSERT_EQ(articles.size(), 1);
    const QSet<qint64> used = service::useFullText(articles, m_context->profile().database());
    EXPECT_EQ(used, QSet<qint64>{articles.first().id});
    EXPECT_EQ(service::countWords(articles.first().item.content), service::kDigestFullTextWords);
    EXPECT_EQ(service::countWords(articles.first().item.summary), service::kDigestFullTextWords);
    EXPECT_TRUE(articles.first().item.content.startsWith(QStringLiteral("word word")));
}

TEST(FullTextInput, FirstWordsKeepsTheTextUpToTheLastWholeWord)
{
    EXPECT_EQ(service::firstWords(QStringLiteral("  one two\nthree  four "), 3), QStringLiteral("one two\nthree"));
    EXPECT_EQ(service::firstWords(QStringLiteral("one two"), 5), QStringLiteral("one two"));
    EXPECT_EQ(service::firstWords(QString(), 5), QString());
}

} // namespace
