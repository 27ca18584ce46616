#include "ExportFixtures.h"
#include "export/HtmlExporter.h"
#include "export/JsonExporter.h"
#include "export/SummaryHtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

using exporter::HtmlExporter;
using exporter::JsonExporter;
using exporter::SummaryHtml;

namespace {

QImage smallChart()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(QColor(QStringLiteral("#f28e2b")));
    return image;
}

} // namespace

TEST(HtmlExporter, SelfContainedPageWithEmbeddedChartAndLanguage)
{
    const QString html = HtmlExporter::render(exportfixtures::sampleDigest(), smallChart());
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"ko\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo")));
    EXPECT_TRUE(html.contains(QStringLiteral("default-src 'none'")));
    // Nothing is loaded from elsewhere.
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("<(script|link|iframe)\\b"))));
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("src=\"http"))));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2>⭐ LLM</h2>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<strong>주요 주제:</strong>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<li>소형 언어 모델의 효율 경쟁</li>")));
    EXPECT_TRUE(html.contains(QStringLiteral(
        "<a href=\"https://example.net/farmland?id=7&amp;lang=en\" rel=\"noopener noreferrer\">Segmenting farmland from orbit (part 2)</a>")));
    EXPECT_TRUE(html.contains(QStringLiteral("AI와 관련 없다고 판단된 기사 3건은 제외했습니다.")));
    EXPECT_FALSE(html.contains(QStringLiteral("Audio"))); // no sources, no section
    Digest en = exportfixtures::sampleDigest();
    en.language = QStringLiteral("en");
    EXPECT_TRUE(HtmlExporter::render(en, QImage()).contains(QStringLiteral("<html lang=\"en\">")));
    EXPECT_TRUE(HtmlExporter::render(en, QImage()).contains(QStringLiteral("The chart could not be drawn.")));
}

TEST(HtmlExporter, HostileContentIsEscapedAndOnlyHttpLinksRemain)
{
    const QString html = HtmlExporter::render(exportfixtures::hostileDigest(), smallChart());
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive) &&
                 html.contains(QRegularExpression(QStringLiteral("href=\"\\s*javascript:"), QRegularExpression::CaseInsensitiveOption)));
    EXPECT_FALSE(html.contains(QRegularExpression(QStringLiteral("href=\"(?!https?://)"))));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &amp;amp; done")));
    EXPECT_TRUE(html.contains(QStringLiteral("1. not a list <span class=\"note\">(link removed: not http/https)</span>")));
    EXPECT_TRUE(html.contains(QStringLiteral("line one line two ## injected heading")));
    EXPECT_TRUE(html.contains(QStringLiteral("<p class=\"error\">The summary could not be generated: model output broke the schema: "
                                             "&lt;b&gt;[1](javascript:x)&lt;/b&gt; second line</p>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<p class=\"offline\">(offline summary)</p>")));
    // Every anchor has rel="noopener noreferrer".
    EXPECT_EQ(html.count(QStringLiteral("<a ")), html.count(QStringLiteral("rel=\"noopener noreferrer\"")));
}

TEST(SummaryHtml, ConvertsTheSummarySubsetSafely)
{
    EXPECT_EQ(SummaryHtml::fromMarkdown(QStringLiteral("**주요 사건**\n\n1. 첫째 [1]\n2. 둘째 [2]")).toStdString(),
              "<p><strong>주요 사건</strong></p>\n<ol>\n<li>첫째 [1]</li>\n<li>둘째 [2]</li></ol>\n");
    EXPECT_EQ(SummaryHtml::fromMarkdown(QStringLiteral("1. **A**:\n   - x\n   - y\n2. **B**")).toStdString(),
              "<ol>\n<li><strong>A</strong>:<ul>\n<li>x</li>\n<li>y</li></ul>\n</li>\n<li><strong>B</strong></li></ol>\n");
    EXPECT_EQ(SummaryHtml::inlineHtml(QStringLiteral("[ok](https://example.com/a?b=1&c=2) [bad](javascript:alert(1))")).toStdString(),
              "<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">ok</a> bad");
    EXPECT_EQ(SummaryHtml::inlineHtml(QStringLiteral("<img src=x onerror=alert(1)> \\*not em\\* snake_case_name `<i>`")).toStdString(),
              "&lt;img src=x onerror=alert(1)&gt; *not em* snake_case_name <code>&lt;i&gt;</code>");
    EXPECT_EQ(SummaryHtml::inlineHtml(QStringLiteral("a ** b")).toStdString(), "a ** b");
    EXPECT_EQ(SummaryHtml::fromMarkdown(QStringLiteral("## 제목\ntext")).toStdString(), "<h4>제목</h4>\n<p>text</p>\n");
}

TEST(JsonExporter, StructuredDigestRoundTrips)
{
    const Digest d = exportfixtures::sampleDigest();
    const QByteArray bytes = JsonExporter::render(d);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QStringLiteral("day")).toString(), d.day);
    EXPECT_EQ(root.value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
    EXPECT_EQ(root.value(QStringLiteral("notAiCount")).toInt(), 3);
    EXPECT_EQ(root.value(QStringLiteral("schema_version")).toInt(), 1);
    EXPECT_FALSE(root.value(QStringLiteral("offline")).toBool());
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    ASSERT_EQ(sections.size(), 2); // the section without sources is left out
    const QJsonObject llm = sections.at(0).toObject();
    EXPECT_EQ(llm.value(QStringLiteral("category")).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("llm"));
    EXPECT_EQ(llm.value(QStringLiteral("category")).toObject().value(QStringLiteral("emoji")).toString(), QStringLiteral("⭐"));
    const QJsonObject summary = llm.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("themes")).toArray().size(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("events")).toArray().at(1).toObject()
                  .value(QStringLiteral("citations")).toArray().at(0).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("impacts")).toArray().at(1).toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("해당 없음"));
    const QJsonObject provenance = llm.value(QStringLiteral("provenance")).toObject();
    EXPECT_EQ(provenance.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-test"));
    EXPECT_EQ(provenance.value(QStringLiteral("tokensIn")).toInt(), 1200);
    EXPECT_EQ(provenance.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-18T23:10:00Z"));
    EXPECT_EQ(llm.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("예시 뉴스"));

    Digest back;
    QString parseError;
    ASSERT_TRUE(JsonExporter::parse(bytes, &back, &parseError)) << parseError.toStdString();
    EXPECT_EQ(back.sections.size(), 2);
    EXPECT_EQ(back.sections.at(0).summaryMarkdown, d.sections.at(0).summaryMarkdown);
    EXPECT_EQ(back.sections.at(0).summaryDoc.conclusion, d.sections.at(0).summaryDoc.conclusion);
    EXPECT_EQ(back.sections.at(0).provenance.createdAt, d.sections.at(0).provenance.createdAt);
    EXPECT_EQ(back.sections.at(1).sources.at(0).url, d.sections.at(1).sources.at(0).url);
    // Written again, the same bytes.
    EXPECT_EQ(JsonExporter::render(back), bytes);
}

TEST(JsonExporter, NonHttpUrlsAreBlankAndHostileTextStaysData)
{
    const QByteArray bytes = JsonExporter::render(exportfixtures::hostileDigest());
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_TRUE(root.value(QStringLiteral("offline")).toBool());
    const QJsonArray sources = root.value(QStringLiteral("sections")).toArray().at(0).toObject()
                                   .value(QStringLiteral("sources")).toArray();
    EXPECT_EQ(sources.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("[x](javascript:alert(1))"));
    EXPECT_TRUE(sources.at(5).toObject().value(QStringLiteral("url")).toString().isEmpty());
    EXPECT_FALSE(bytes.contains("javascript:alert(document"));
    Digest d;
    QString error;
    EXPECT_FALSE(JsonExporter::parse("{\"day\":1}", &d, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(JsonExporter::parse("not json", &d, &error));
}
