#include "FakeLlmClient.h"
#include "digest/LlmSummarizer.h"
#include "digest/OfflineSummarizer.h"
#include "digest/SummaryRenderer.h"
#include "digest/SummaryPrompt.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

using digest::LlmSummarizer;
using digest::OfflineSummarizer;

namespace {

Article article(qint64 id, const QString &title, const QString &text)
{
    Article a;
    a.id = id;
    a.day = QStringLiteral("2024-11-10");
    a.item.title = title;
    a.item.summary = text;
    return a;
}

QList<Article> englishSection()
{
    return {
        article(1, QStringLiteral("Lab releases open-weight language model"),
                QStringLiteral("An AI lab released an open-weight language model that matches larger systems. "
                               "The model is free for commercial use. Developers praised the license.")),
        article(2, QStringLiteral("Startup raises $300 million to build language model tools"),
                QStringLiteral("Investors poured $300 million into a startup building tools around language models. "
                               "The funding values the company at $2 billion.")),
        article(3, QStringLiteral("Lawmakers question language model makers on safety"),
                QStringLiteral("Senate lawmakers asked language model makers how they test for misuse. "
                               "The government may propose new regulation next year.")),
    };
}

QList<Article> koreanSection()
{
    return {
        article(11, QString::fromUtf8("국내 기업, 한국어 언어모델 공개"),
                QString::fromUtf8("국내 AI 기업이 한국어에 특화된 언어모델을 공개했다. 이 모델은 공공 문서 작성에 활용된다.")),
        article(12, QString::fromUtf8("언어모델 스타트업 500억 원 투자 유치"),
                QString::fromUtf8("언어모델을 개발하는 스타트업이 500억 원 규모의 투자를 유치했다. 회사는 인재 채용을 늘릴 계획이다.")),
    };
}

Category llmCategory()
{
    Category c;
    c.id = 7;
    c.key = QStringLiteral("llm");
    c.name = QStringLiteral("LLM");
    return c;
}

QJsonObject validSummary(int cite)
{
    return QJsonObject{
        {"themes", QJsonArray{"Open models"}},
        {"events", QJsonArray{QJsonObject{{"text", "A model was released"}, {"sources", QJsonArray{cite}}}}},
        {"impact", QJsonArray{QJsonObject{{"domain", "economy"}, {"text", "Tools get cheaper"}}}},
        {"conclusion", "A quiet day."}};
}

SectionSummary runSummarizer(FakeLlmClient &client, const QList<Article> &sources)
{
    LlmSummarizer summarizer(&client);
    QSignalSpy finished(&summarizer, &LlmSummarizer::finished);
    summarizer.summarize(sources, llmCategory(), QStringLiteral("ko"));
    EXPECT_TRUE(finished.wait(2000));
    EXPECT_EQ(finished.count(), 1);
    return finished.isEmpty() ? SectionSummary() : finished.first().first().value<SectionSummary>();
}

} // namespace

Q_DECLARE_METATYPE(SectionSummary)

TEST(LlmSummarizer, ValidAnswerIsRenderedWithProvenance)
{
    FakeLlmClient client([](const llm::Request &, int) { return okResult(validSummary(2)); });
    client.deltas = QStringLiteral("{\"themes\":");
    LlmSummarizer summarizer(&client);
    QSignalSpy progress(&summarizer, &LlmSummarizer::progress);
    QSignalSpy finished(&summarizer, &LlmSummarizer::finished);
    summarizer.summarize(englishSection(), llmCategory(), QStringLiteral("ko"));
    ASSERT_TRUE(finished.wait(2000));
    const SectionSummary s = finished.first().first().value<SectionSummary>();
    EXPECT_TRUE(s.error.isEmpty());
    EXPECT_EQ(client.requests.size(), 1);
    EXPECT_TRUE(s.markdown.contains(QString::fromUtf8("**주요 사건:**\n\n- A model was released [2]\n")));
    EXPECT_EQ(s.provenance.provider, QStringLiteral("openai"));
    EXPECT_EQ(s.provenance.model, QStringLiteral("fake-model"));
    EXPECT_EQ(s.provenance.promptVersion, QString::fromLatin1(digest::kPromptVersion));
    EXPECT_EQ(s.provenance.tokensIn, 100);
    EXPECT_EQ(s.provenance.tokensOut, 50);
    EXPECT_EQ(s.provenance.inputHash.size(), 64);
    EXPECT_EQ(s.categoryId, 7);
    EXPECT_EQ(s.day, QStringLiteral("2024-11-10"));
    ASSERT_EQ(progress.count(), 1);
    EXPECT_EQ(progress.first().first().toString(), QStringLiteral("{\"themes\":"));
}

TEST(LlmSummarizer, MalformedOnceIsRetriedThenAccepted)
{
    FakeLlmClient client([](const llm::Request &, int call) {
        return okResult(validSummary(call == 0 ? 9 : 1)); // [9] is out of range the first time
    });
    const SectionSummary s = runSummarizer(client, englishSection());
    EXPECT_EQ(client.requests.size(), 2);
    EXPECT_TRUE(client.requests[1].user.contains(QLatin1String("[9]")));
    EXPECT_TRUE(s.error.isEmpty()) << qPrintable(s.error);
    EXPECT_EQ(s.provenance.tokensIn, 200);
}

TEST(LlmSummarizer, MalformedTwiceIsAnErrorNeverASummary)
{
    FakeLlmClient client([](const llm::Request &, int call) {
        llm::Result r;
        if (call == 0) {
            r.ok = false; // the client could not parse the text as JSON
            r.rawText = QStringLiteral("Sure! Here is your summary: **not json**");
            r.error = QStringLiteral("openai: the answer is not valid JSON");
            return r;
        }
        QJsonObject json = validSummary(1);
        json.remove(QStringLiteral("conclusion"));
        return okResult(json);
    });
    const SectionSummary s = runSummarizer(client, englishSection());
    EXPECT_EQ(client.requests.size(), 2);
    EXPECT_FALSE(s.error.isEmpty());
    EXPECT_TRUE(s.error.contains(QLatin1String("conclusion"))) << qPrintable(s.error);
    EXPECT_TRUE(s.markdown.isEmpty());
    EXPECT_TRUE(s.doc.themes.isEmpty());
}

TEST(LlmSummarizer, TransportErrorIsNotRetriedHere)
{
    FakeLlmClient client([](const llm::Request &, int) {
        llm::Result r;
        r.error = QStringLiteral("openai: no server at http://127.0.0.1:1");
        return r;
    });
    const SectionSummary s = runSummarizer(client, englishSection());
    EXPECT_EQ(client.requests.size(), 1);
    EXPECT_EQ(s.error, QStringLiteral("openai: no server at http://127.0.0.1:1"));
    EXPECT_TRUE(s.markdown.isEmpty());
}

namespace {

void expectExtractive(const QList<Article> &sources, const QString &language)
{
    const SummaryDoc doc = OfflineSummarizer::summarize(sources, language);
    ASSERT_GE(doc.themes.size(), 1);
    ASSERT_EQ(doc.events.size(), sources.size());
    for (int i = 0; i < sources.size(); ++i) {
        EXPECT_EQ(doc.events[i].citations, QList<int>{i + 1});
        // the lead sentence of article i
        EXPECT_TRUE(sources[i].item.summary.startsWith(doc.events[i].text)) << qPrintable(doc.events[i].text);
    }
    EXPECT_FALSE(doc.conclusion.trimmed().isEmpty());
    // Issue 11 §5: only domains the articles touch, each citing its articles.
    for (const SummaryImpact &impact : doc.impacts) {
        EXPECT_FALSE(impact.citations.isEmpty()) << qPrintable(impact.domain);
        for (int n : impact.citations) {
            ASSERT_TRUE(n >= 1 && n <= sources.size());
            EXPECT_TRUE(impact.text.contains(sources[n - 1].item.title.left(40))) << qPrintable(impact.text);
        }
    }
}

QStringList domains(const SummaryDoc &doc)
{
    QStringList out;
    for (const SummaryImpact &i : doc.impacts)
        out.append(i.domain);
    return out;
}

} // namespace

TEST(OfflineSummarizer, EnglishSection)
{
    expectExtractive(englishSection(), QStringLiteral("en"));
    const SummaryDoc doc = OfflineSummarizer::summarize(englishSection(), QStringLiteral("en"));
    EXPECT_TRUE(doc.themes.first().contains(QLatin1String("anguage model"))) << qPrintable(doc.themes.join(" | "));
    // economy and politics vocabulary appear in the articles; nothing social
    EXPECT_EQ(domains(doc), (QStringList{QStringLiteral("economy"), QStringLiteral("politics")}));
    EXPECT_TRUE(doc.impactsByArticle);
    const QString md = digest::SummaryRenderer::render(doc, QStringLiteral("en"));
    EXPECT_FALSE(md.contains(QStringLiteral("Not applicable"))) << qPrintable(md);
}

TEST(OfflineSummarizer, KoreanSection)
{
    expectExtractive(koreanSection(), QStringLiteral("ko"));
    const SummaryDoc doc = OfflineSummarizer::summarize(koreanSection(), QStringLiteral("ko"));
    EXPECT_TRUE(doc.themes.first().contains(QString::fromUtf8("언어모델"))) << qPrintable(doc.themes.join(" | "));
    EXPECT_FALSE(doc.impacts.isEmpty());
    EXPECT_EQ(doc.impacts.first().domain, QStringLiteral("economy"));
    EXPECT_FALSE(domains(doc).contains(QStringLiteral("politics")));
    const QString md = digest::SummaryRenderer::render(doc, QStringLiteral("ko"));
    EXPECT_FALSE(md.contains(QString::fromUtf8("해당 없음"))) << qPrintable(md);
}

// Issue 11 §5: with nothing for the impact analysis, an offline summary says
// once that it needs an LLM, instead of "해당 없음" under every domain.
TEST(OfflineSummarizer, NothingToAnalyseSaysOnceThatTheAnalysisNeedsAnLlm)
{
    QList<Article> sources = koreanSection().mid(0, 1);
    sources[0].item.title = QString::fromUtf8("로봇 팔이 빨래를 개는 법을 배웠다");
    sources[0].item.summary = QString::fromUtf8("연구진은 시뮬레이션에서 배운 동작을 실제 로봇에 옮겼다.");
    const SummaryDoc doc = OfflineSummarizer::summarize(sources, QStringLiteral("ko"));
    EXPECT_TRUE(doc.impacts.isEmpty());
    EXPECT_TRUE(doc.impactsByArticle);
    const QString md = digest::SummaryRenderer::render(doc, QStringLiteral("ko"));
    EXPECT_EQ(md.count(QStringLiteral("LLM")), 1) << qPrintable(md);
    EXPECT_FALSE(md.contains(QString::fromUtf8("해당 없음"))) << qPrintable(md);
    EXPECT_TRUE(md.contains(QString::fromUtf8("**영향 분석:**"))) << "the heading stays";
    EXPECT_TRUE(md.contains(QString::fromUtf8("**최종 요약:**")));
}

TEST(OfflineSummarizer, SectionIsMarkedOfflineAndRendered)
{
    const SectionSummary s = OfflineSummarizer::summarizeSection(koreanSection(), llmCategory(), QStringLiteral("ko"));
    EXPECT_EQ(s.provenance.provider, QStringLiteral("offline"));
    EXPECT_TRUE(s.provenance.model.isEmpty());
    EXPECT_EQ(s.provenance.language, QStringLiteral("ko"));
    EXPECT_FALSE(s.provenance.inputHash.isEmpty());
    EXPECT_TRUE(s.markdown.startsWith(QString::fromUtf8("**주요 주제:**")));
    EXPECT_TRUE(s.markdown.contains(QStringLiteral("[2]\n")));
    EXPECT_TRUE(s.error.isEmpty());
}

TEST(OfflineSummarizer, ArticleWithoutTextUsesTitle)
{
    const QList<Article> sources = {article(5, QStringLiteral("Only a title here"), QString())};
    const SummaryDoc doc = OfflineSummarizer::summarize(sources, QStringLiteral("en"));
    ASSERT_EQ(doc.events.size(), 1);
    EXPECT_EQ(doc.events[0].text, QStringLiteral("Only a title here"));
    EXPECT_FALSE(doc.conclusion.isEmpty());
    EXPECT_FALSE(doc.themes.isEmpty());
}

TEST(OfflineSummarizer, ThemesAreSharedPhrasesThatNeverSpanAStopWord)
{
    const QList<Article> sources{
        article(1, QStringLiteral("Agents for invoice processing reach banks"),
                QStringLiteral("Invoice processing agents now run at three banks.")),
        article(2, QStringLiteral("Startup automates invoice processing with agents"),
                QStringLiteral("The startup says invoice processing is its first market.")),
    };
    const SummaryDoc doc = digest::OfflineSummarizer::summarize(sources, QStringLiteral("en"));
    ASSERT_FALSE(doc.themes.isEmpty());
    EXPECT_TRUE(doc.themes.first().startsWith(QStringLiteral("Invoice processing"))) << doc.themes.first().toStdString();
    for (const QString &theme : doc.themes) {
        EXPECT_FALSE(theme.contains(QStringLiteral("agents invoice"), Qt::CaseInsensitive)) << theme.toStdString();
        EXPECT_TRUE(theme.contains(QStringLiteral("(2 articles)"))) << theme.toStdString();
    }
}

TEST(OfflineSummarizer, ASingleArticleSectionUsesItsTitleAsTheTheme)
{
    const QList<Article> sources{article(1, QStringLiteral("Insurers start pricing AI liability coverage"),
                                         QStringLiteral("New policies cover damages from faulty AI decisions."))};
    const SummaryDoc doc = digest::OfflineSummarizer::summarize(sources, QStringLiteral("ko"));
    ASSERT_EQ(doc.themes.size(), 1);
    EXPECT_EQ(doc.themes.first(), QStringLiteral("Insurers start pricing AI liability coverage"));
}
