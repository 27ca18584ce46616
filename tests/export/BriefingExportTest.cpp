// Issue 9 §4, exports: the briefing leads the HTML and JSON exports, is a
// Markdown section at the top only with the "briefing" option, is escaped
// like every untrusted text, and import-digest reads it back as the
// briefing, not as a category.

#include "ExportFixtures.h"
#include "export/BriefingMarkdown.h"
#include "export/DigestExporter.h"
#include "export/HtmlExporter.h"
#include "export/JsonExporter.h"
#include "export/MarkdownExporter.h"
#include "export/SeedDigestImporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <gtest/gtest.h>

using exporter::ImportedDigest;
using exporter::MarkdownExporter;
using exporter::SeedDigestImporter;

namespace {

Digest withBriefing(Digest d)
{
    d.briefing.day = d.day;
    d.briefing.items = {{QStringLiteral("작은 언어 모델이 실무 비용을 낮추고 있다."), {1, 2}},
                        {QStringLiteral("Long-context evaluation reaches 200k tokens."), {2}},
                        {QStringLiteral("위성 영상으로 농지 경계를 자동으로 나눈다."), {3}}};
    d.briefing.articleIds = {101, 102, 103};
    d.briefing.provenance.provider = QStringLiteral("openai");
    d.briefing.provenance.model = QStringLiteral("gpt-test");
    d.briefingSources = {d.sections.at(0).sources.at(0), d.sections.at(0).sources.at(1),
                         d.sections.at(1).sources.at(0)};
    for (int i = 0; i < d.briefingSources.size(); ++i)
        d.briefingSources[i].articleId = d.briefing.articleIds.at(i);
    return d;
}

Digest hostileBriefing()
{
    Digest d = exportfixtures::hostileDigest();
    d.briefing.items = {{QStringLiteral("[click](javascript:alert(1)) <script>x()</script>"), {1}},
                        {QStringLiteral("## not a heading\n- not a list **bold** [2]"), {2}},
                        {QStringLiteral("ok"), {1}}};
    d.briefing.articleIds = {1, 2};
    d.briefing.provenance.provider = QStringLiteral("offline");
    d.briefingSources = {exportfixtures::source("<img src=x onerror=alert(1)>", "javascript:alert(2)"),
                         exportfixtures::source("fine", "https://example.com/fine")};
    return d;
}

} // namespace

TEST(BriefingMarkdown, ASectionAtTheTopOnlyWithTheOption)
{
    const Digest d = withBriefing(exportfixtures::sampleDigest());
    const QString without = MarkdownExporter::render(d, QStringLiteral("news_2026-11-18.png"));
    EXPECT_FALSE(without.contains(QStringLiteral("오늘의 핵심")));
    const QString with = MarkdownExporter::render(d, QStringLiteral("news_2026-11-18.png"), true);
    const qsizetype briefing = with.indexOf(QStringLiteral("## 📌 오늘의 핵심\n"));
    ASSERT_GT(briefing, 0);
    EXPECT_LT(briefing, with.indexOf(QStringLiteral("## ⭐ LLM"))) << "the briefing comes first";
    EXPECT_TRUE(with.contains(QStringLiteral("- 작은 언어 모델이 실무 비용을 낮추고 있다. [1][2]\n")));
    EXPECT_TRUE(with.contains(
        QStringLiteral(" - Segmenting farmland from orbit (part 2) (https://example.net/farmland?id=7&lang=en)\n")));
    // Everything after the briefing is the export without it.
    EXPECT_EQ(with.mid(with.indexOf(QStringLiteral("## ⭐ LLM"))),
              without.mid(without.indexOf(QStringLiteral("## ⭐ LLM"))));

    Digest english = d;
    english.language = QStringLiteral("en");
    EXPECT_TRUE(MarkdownExporter::render(english, QStringLiteral("x.png"), true)
                    .contains(QStringLiteral("## 📌 Today's briefing\n")));
    Digest none = exportfixtures::sampleDigest();
    EXPECT_EQ(MarkdownExporter::render(none, QStringLiteral("x.png"), true),
              MarkdownExporter::render(none, QStringLiteral("x.png")));
}

TEST(BriefingMarkdown, UntrustedItemTextCannotBreakTheDocument)
{
    const QString md = MarkdownExporter::render(hostileBriefing(), QStringLiteral("x.png"), true);
    const QString section = md.left(md.indexOf(QStringLiteral("## 🛡️")));
    // Rendered as Markdown: no new heading, no link of the text, no HTML; the text shows as written.
    QTextDocument doc;
    doc.setMarkdown(section);
    int headings = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        headings += block.blockFormat().headingLevel() > 0 ? 1 : 0;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor()) { // only the listed http(s) source
                EXPECT_EQ(it.fragment().charFormat().anchorHref(), QStringLiteral("https://example.com/fine"));
            }
    }
    EXPECT_EQ(headings, 2) << "the title line and the briefing's";
    const QString text = doc.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("[click](javascript:alert(1)) <script>x()</script> [1]")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("## not a heading - not a list **bold** [2] [2]"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=x onerror=alert(1)> (link removed: not http/https)")));
    EXPECT_TRUE(section.contains(QStringLiteral("_(offline summary)_")));
    // Read back, the text is what was written, and only the real citations count.
    const ImportedDigest back = SeedDigestImporter::parse(md.toUtf8(), QStringLiteral("news_2026-11-19.md"));
    ASSERT_TRUE(back.ok) << back.error.toStdString();
    ASSERT_EQ(back.briefing.items.size(), 3);
    EXPECT_EQ(back.briefing.items.at(0).text, QStringLiteral("[click](javascript:alert(1)) <script>x()</script>"));
    EXPECT_EQ(back.briefing.items.at(1).text, QStringLiteral("## not a heading - not a list **bold** [2]"));
    EXPECT_EQ(back.briefing.items.at(1).citations, QList<int>{2});
    EXPECT_TRUE(back.briefing.offline);
}

TEST(BriefingImport, ReadBackAsTheBriefingNotAsACategory)
{
    const Digest d = withBriefing(exportfixtures::sampleDigest());
    const QString md = MarkdownExporter::render(d, QStringLiteral("news_2026-11-18.png"), true);
    const ImportedDigest imported = SeedDigestImporter::parse(md.toUtf8(), QStringLiteral("news_2026-11-18.md"));
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    ASSERT_EQ(imported.sections.size(), 2) << "LLM and Computer Vision; the briefing is no category";
    for (const auto &s : imported.sections)
        EXPECT_FALSE(s.categoryName.contains(QStringLiteral("핵심")));
    EXPECT_EQ(imported.briefing.language, QStringLiteral("ko"));
    ASSERT_EQ(imported.briefing.items.size(), d.briefing.items.size());
    for (int i = 0; i < d.briefing.items.size(); ++i) {
        EXPECT_EQ(imported.briefing.items.at(i).text, d.briefing.items.at(i).text);
        EXPECT_EQ(imported.briefing.items.at(i).citations, d.briefing.items.at(i).citations);
    }
    ASSERT_EQ(imported.briefing.sources.size(), 3);
    EXPECT_EQ(imported.briefing.sources.at(2).title, QStringLiteral("Segmenting farmland from orbit (part 2)"));
    EXPECT_EQ(imported.briefing.sources.at(2).url, QStringLiteral("https://example.net/farmland?id=7&lang=en"));
    EXPECT_FALSE(imported.briefing.offline);
}

TEST(BriefingImport, CitationsBeyondTheSourcesAreDroppedAndAFloodIsRefused)
{
    const QByteArray md =
        "# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_2026-11-18.png)\n\n"
        "## 📌 Today's briefing\n\n- One [1][7]\n- Two\n  wrapped [2]\n\n**Sources:**\n\n"
        " - A (https://example.com/a)\n - B (https://example.com/b)\n\n"
        "## 📌 Today's briefing\n\n- A second briefing is skipped [1]\n\n"
        "## ⭐ LLM\n\n**Summary:**\n\ntext\n\n**Sources:**\n\n - A (https://example.com/a)\n";
    const ImportedDigest imported = SeedDigestImporter::parse(md, QStringLiteral("news_2026-11-18.md"));
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    ASSERT_EQ(imported.sections.size(), 1);
    ASSERT_EQ(imported.briefing.items.size(), 2);
    EXPECT_EQ(imported.briefing.items.at(0).citations, QList<int>{1}) << "[7] names no listed source";
    EXPECT_EQ(imported.briefing.items.at(1).text, QStringLiteral("Two wrapped [2]"));
    EXPECT_EQ(imported.briefing.language, QStringLiteral("en"));

    // Without the pin it is a category of that name.
    const ImportedDigest category = SeedDigestImporter::parse(
        "## 오늘의 핵심\n\n**요약:**\n\ntext\n\n**출처:**\n\n - A (https://example.com/a)\n", QStringLiteral("news_2026-11-18.md"));
    ASSERT_TRUE(category.ok) << category.error.toStdString();
    ASSERT_EQ(category.sections.size(), 1);
    EXPECT_EQ(category.sections.first().categoryName, QStringLiteral("오늘의 핵심"));
    EXPECT_TRUE(category.briefing.items.isEmpty());

    QByteArray flood = "## 📌 오늘의 핵심\n\n";
    for (int i = 0; i <= SeedDigestImporter::kMaxBriefingItems; ++i)
        flood += "- item [1]\n";
    const ImportedDigest refused = SeedDigestImporter::parse(flood, QStringLiteral("news_2026-11-18.md"));
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains(QLatin1String("briefing items"))) << refused.error.toStdString();
}

TEST(BriefingHtml, LeadsTheHtmlExportEscapedWithLinkedCitations)
{
    const QString html = exporter::HtmlExporter::render(withBriefing(exportfixtures::sampleDigest()), QImage());
    const qsizetype briefing = html.indexOf(QStringLiteral("<section id=\"briefing\""));
    ASSERT_GT(briefing, 0);
    EXPECT_LT(briefing, html.indexOf(QStringLiteral("<section id=\"cat-")));
    EXPECT_LT(briefing, html.indexOf(QStringLiteral("<p class=\"note\">"))) << "before the chart's place";
    EXPECT_TRUE(html.contains(QStringLiteral("<a class=\"cite\" href=\"#briefing-source-2\">[2]</a>")));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<li id=\"briefing-source-3\"><a href=\"https://example.net/farmland?id=7&amp;lang=en\"")));

    const QString hostile = exporter::HtmlExporter::render(hostileBriefing(), QImage());
    const QString part = hostile.mid(hostile.indexOf(QStringLiteral("<section id=\"briefing\"")));
    const QString section = part.left(part.indexOf(QStringLiteral("</section>")));
    EXPECT_FALSE(section.contains(QStringLiteral("<script")));
    EXPECT_FALSE(section.contains(QStringLiteral("<img")));
    EXPECT_FALSE(section.contains(QStringLiteral("javascript:alert(2)\"")));
    EXPECT_FALSE(section.contains(QStringLiteral("href=\"javascript")));
    EXPECT_TRUE(section.contains(QStringLiteral("&lt;script&gt;")));
}

TEST(BriefingJson, LeadsTheJsonExportAndRoundTrips)
{
    const Digest d = withBriefing(exportfixtures::sampleDigest());
    const QByteArray json = exporter::JsonExporter::render(d);
    const qsizetype briefing = json.indexOf("\"briefing\"");
    ASSERT_GT(briefing, 0);
    EXPECT_LT(briefing, json.indexOf("\"sections\""));
    EXPECT_LT(briefing, json.indexOf("\"day\""));
    Digest back;
    QString error;
    ASSERT_TRUE(exporter::JsonExporter::parse(json, &back, &error)) << error.toStdString();
    ASSERT_EQ(back.briefing.items.size(), 3);
    EXPECT_EQ(back.briefing.items.at(0).text, d.briefing.items.at(0).text);
    EXPECT_EQ(back.briefing.items.at(0).citations, (QList<int>{1, 2}));
    EXPECT_EQ(back.briefing.articleIds, d.briefing.articleIds);
    EXPECT_EQ(back.briefingSources.size(), 3);
    EXPECT_EQ(back.briefing.provenance.model, QStringLiteral("gpt-test"));
    EXPECT_FALSE(exporter::JsonExporter::render(exportfixtures::sampleDigest()).contains("\"briefing\""));
}

TEST(BriefingExport, TheOptionDecidesTheMarkdownFileOnly)
{
    QTemporaryDir dir;
    const Digest d = withBriefing(exportfixtures::sampleDigest());
    const auto markdownOf = [&](bool briefing) {
        const exporter::ExportResult r = exporter::DigestExporter::exportDay(
            d, dir.path(), exporter::DigestExporter::Format::Markdown, exporter::ExportOptions{briefing});
        EXPECT_TRUE(r.ok) << r.error.toStdString();
        QFile f(QDir(dir.path()).filePath(QStringLiteral("news_2026-11-18.md")));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    EXPECT_FALSE(markdownOf(false).contains(QStringLiteral("오늘의 핵심")));
    EXPECT_TRUE(markdownOf(true).contains(QStringLiteral("## 📌 오늘의 핵심")));
}
