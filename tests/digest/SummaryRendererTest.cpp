#include "model/MarkdownInline.h"
#include "digest/SummaryRenderer.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using digest::SummaryRenderer;

namespace {

SummaryDoc sampleDoc()
{
    SummaryDoc doc;
    doc.themes = {QStringLiteral("Open models catch up"), QStringLiteral("Cheaper inference")};
    doc.events = {{QStringLiteral("A lab released a small model."), {1, 3}},
                  {QStringLiteral("A chip maker cut prices."), {2}}};
    doc.impacts = {{QStringLiteral("politics"), QStringLiteral("NONE")},
                   {QStringLiteral("economy"), QStringLiteral("Prices fall for developers.")}};
    doc.conclusion = QStringLiteral("The week was about cost.");
    return doc;
}

} // namespace

TEST(SummaryRenderer, GoldenKorean)
{
    const QString expected = QString::fromUtf8(
        "**주요 주제:**\n\n"
        "- Open models catch up\n"
        "- Cheaper inference\n\n"
        "**주요 사건:**\n\n"
        "- A lab released a small model. [1][3]\n"
        "- A chip maker cut prices. [2]\n\n"
        "**영향 분석:**\n\n"
        "- **경제**: Prices fall for developers.\n"
        "- **사회**: 해당 없음\n"
        "- **정치**: 해당 없음\n\n"
        "**최종 요약:**\n\n"
        "The week was about cost.\n");
    EXPECT_EQ(SummaryRenderer::render(sampleDoc(), QStringLiteral("ko")), expected);
}

TEST(SummaryRenderer, GoldenEnglish)
{
    const QString expected = QStringLiteral(
        "**Key themes:**\n\n"
        "- Open models catch up\n"
        "- Cheaper inference\n\n"
        "**Main events:**\n\n"
        "- A lab released a small model. [1][3]\n"
        "- A chip maker cut prices. [2]\n\n"
        "**Impact analysis:**\n\n"
        "- **Economy**: Prices fall for developers.\n"
        "- **Society**: Not applicable\n"
        "- **Politics**: Not applicable\n\n"
        "**Final summary:**\n\n"
        "The week was about cost.\n");
    EXPECT_EQ(SummaryRenderer::render(sampleDoc(), QStringLiteral("en")), expected);
}

TEST(SummaryRenderer, SameHeadingsInEverySection)
{
    SummaryDoc sparse;
    sparse.themes = {QStringLiteral("x")};
    sparse.events = {{QStringLiteral("y"), {1}}};
    sparse.conclusion = QStringLiteral("z");
    for (const QString &lang : {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("ja")}) {
        auto headings = [](const QString &md) {
            QStringList out;
            for (const QString &line : md.split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("**")) && line.endsWith(QLatin1String(":**")))
                    out.append(line);
            return out;
        };
        const QStringList a = headings(SummaryRenderer::render(sampleDoc(), lang));
        const QStringList b = headings(SummaryRenderer::render(sparse, lang));
        EXPECT_EQ(a.size(), 4) << qPrintable(lang);
        EXPECT_EQ(a, b) << qPrintable(lang);
    }
    EXPECT_TRUE(SummaryRenderer::render(sparse, QStringLiteral("ja")).contains(QString::fromUtf8("**主なテーマ:**")));
}

TEST(SummaryRenderer, HostileTextCannotChangeStructure)
{
    SummaryDoc doc;
    doc.themes = {QStringLiteral("# heading"), QStringLiteral("[x](javascript:alert(1))")};
    doc.events = {{QStringLiteral("**bold** <script>alert(1)</script>\n# injected\n- item"), {2}}};
    doc.impacts = {{QStringLiteral("economy"), QStringLiteral("1. ordered `code` ![img](http://x/y.png)")}};
    doc.conclusion = QStringLiteral("[1]: javascript:alert(1)\n\n## Another heading");
    const QString md = SummaryRenderer::render(doc, QStringLiteral("en"));
    const QStringList lines = md.split(QLatin1Char('\n'));
    // Exactly our structure: 4 headings, no line from the doc starts a block.
    for (const QString &line : lines) {
        EXPECT_FALSE(line.startsWith(QLatin1Char('#'))) << qPrintable(line);
        EXPECT_FALSE(line.startsWith(QLatin1Char('['))) << qPrintable(line);
    }
    EXPECT_FALSE(md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)\\]\\("))));
    EXPECT_FALSE(md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<script"))));
    EXPECT_TRUE(md.contains(QLatin1String("- \\# heading\n")));
    EXPECT_TRUE(md.contains(QLatin1String("- \\[x\\](javascript:alert(1))\n")));
    EXPECT_TRUE(md.contains(QLatin1String("- \\*\\*bold\\*\\* \\<script\\>alert(1)\\</script\\> \\# injected - item [2]\n")));
    EXPECT_TRUE(md.contains(QLatin1String("- **Economy**: 1\\. ordered \\`code\\` !\\[img\\](http://x/y.png)\n")));
    EXPECT_TRUE(md.contains(QLatin1String("\\[1\\]: javascript:alert(1) \\#\\# Another heading\n")));
    EXPECT_EQ(md.count(QLatin1String("\n**")), 3);
}

TEST(MarkdownInline, LeadingListAndQuoteMarkers)
{
    EXPECT_EQ(markdown::escapeInline(QStringLiteral("- a")), QStringLiteral("\\- a"));
    EXPECT_EQ(markdown::escapeInline(QStringLiteral("+ a")), QStringLiteral("\\+ a"));
    EXPECT_EQ(markdown::escapeInline(QStringLiteral("> a")), QStringLiteral("\\> a"));
    EXPECT_EQ(markdown::escapeInline(QStringLiteral("12) a")), QStringLiteral("12\\) a"));
    EXPECT_EQ(markdown::escapeInline(QString::fromUtf8("  한국어\r\n제목  ")), QString::fromUtf8("한국어 제목"));
}
