#include "ExportFixtures.h"
#include "support/TestPaths.h"
#include "export/MarkdownExporter.h"
#include "export/MarkdownText.h"
#include "export/SeedDigestImporter.h"
#include "model/MarkdownInline.h"

#include <QTextBlock>
#include <QTextDocument>
#include <gtest/gtest.h>

using exporter::ImportedDigest;
using exporter::ImportedSection;
using exporter::MarkdownExporter;
using exporter::SeedDigestImporter;

namespace {

ImportedDigest importSeed(const QString &name)
{
    return SeedDigestImporter::parse(testpaths::readAll(testpaths::seeds(name)), name);
}

Digest toDigest(const ImportedDigest &imported) { return exportfixtures::digestFrom(imported); }

void expectSameSections(const ImportedDigest &a, const ImportedDigest &b)
{
    ASSERT_EQ(a.sections.size(), b.sections.size());
    for (qsizetype i = 0; i < a.sections.size(); ++i) {
        const ImportedSection &x = a.sections.at(i);
        const ImportedSection &y = b.sections.at(i);
        EXPECT_EQ(x.emoji, y.emoji);
        EXPECT_EQ(x.categoryName.toStdString(), y.categoryName.toStdString());
        EXPECT_EQ(x.summaryMarkdown.toStdString(), y.summaryMarkdown.toStdString());
        ASSERT_EQ(x.sources.size(), y.sources.size()) << x.categoryName.toStdString();
        for (qsizetype j = 0; j < x.sources.size(); ++j) {
            EXPECT_EQ(x.sources.at(j).title.toStdString(), y.sources.at(j).title.toStdString());
            EXPECT_EQ(x.sources.at(j).url.toStdString(), y.sources.at(j).url.toStdString());
        }
    }
}

} // namespace

TEST(SeedDigestImporter, ReadsTheOctoberSeedWithItsHeadingVariants)
{
    const ImportedDigest d = importSeed(QStringLiteral("digest-2024-10-29.md"));
    ASSERT_TRUE(d.ok) << d.error.toStdString();
    EXPECT_EQ(d.day.toStdString(), "2024-10-29");
    QStringList names;
    QList<int> counts;
    for (const ImportedSection &s : d.sections) {
        names << s.categoryName;
        counts << int(s.sources.size());
        EXPECT_FALSE(s.emoji.isEmpty());
        EXPECT_FALSE(s.summaryMarkdown.isEmpty());
        EXPECT_FALSE(s.summaryMarkdown.contains(QStringLiteral("출처")));
        for (const DigestSource &src : s.sources)
            EXPECT_TRUE(src.url.startsWith(QLatin1String("http"))) << src.title.toStdString();
    }
    EXPECT_EQ(names.join(QLatin1Char('|')).toStdString(),
              "AI business insight|Computer Vision|Inference acceleration|Model training technique|"
              "Reinforcement Learning|Audio");
    EXPECT_EQ(counts, (QList<int>{4, 1, 1, 1, 1, 1}));
    // English headings in one section are kept as written.
    EXPECT_TRUE(d.sections.at(2).summaryMarkdown.startsWith(QStringLiteral("**Key Themes**:\n")));
    // A title with brackets and the last parenthesised group as URL.
    EXPECT_TRUE(d.sections.at(0).sources.at(0).title.startsWith(QStringLiteral("[단독 인터뷰]")));
    EXPECT_EQ(d.sections.at(5).sources.at(0).url.toStdString(),
              "https://www.recall.ai/post/debugging-audio-artifacts-caused-by-a-serial-port");
}

TEST(SeedDigestImporter, ReadsTheNovemberSeed)
{
    const ImportedDigest d = importSeed(QStringLiteral("digest-2024-11-10.md"));
    ASSERT_TRUE(d.ok) << d.error.toStdString();
    EXPECT_EQ(d.day.toStdString(), "2024-11-10");
    ASSERT_EQ(d.sections.size(), 5);
    EXPECT_EQ(d.sections.at(2).emoji.toStdString(), "⭐");
    EXPECT_EQ(d.sections.at(2).categoryName.toStdString(), "LLM");
    EXPECT_EQ(d.sections.at(0).sources.size(), 4);
    EXPECT_EQ(d.sections.at(0).sources.at(3).title.toStdString(), "When machine learning tells the wrong story");
    EXPECT_EQ(d.sections.at(0).sources.at(3).url.toStdString(), "https://jackcook.com/2024/11/09/bigger-fish.html");
    EXPECT_TRUE(d.sections.at(4).summaryMarkdown.startsWith(QStringLiteral("**1. 주요 테마:**\n")));
}

TEST(SeedDigestImporter, ReExportingASeedGivesTheSameSectionsSourcesAndOrder)
{
    for (const QString &name : {QStringLiteral("digest-2024-10-29.md"), QStringLiteral("digest-2024-11-10.md")}) {
        SCOPED_TRACE(name.toStdString());
        const ImportedDigest first = importSeed(name);
        ASSERT_TRUE(first.ok) << first.error.toStdString();
        const Digest digest = toDigest(first);
        const QString exported = MarkdownExporter::render(digest, MarkdownExporter::baseName(digest.day) + QStringLiteral(".png"));
        const ImportedDigest again = SeedDigestImporter::parse(exported.toUtf8(), MarkdownExporter::baseName(digest.day) + QStringLiteral(".md"));
        ASSERT_TRUE(again.ok) << again.error.toStdString();
        EXPECT_EQ(again.day, first.day);
        expectSameSections(first, again);

        // The layout is the seed's own: apart from the escaped brackets of
        // one October title, the bytes are identical.
        QString seed = QString::fromUtf8(testpaths::readAll(testpaths::seeds(name)));
        QString ours = exported;
        ours.replace(QStringLiteral("\\["), QStringLiteral("[")).replace(QStringLiteral("\\]"), QStringLiteral("]"));
        EXPECT_EQ(ours.toStdString(), seed.toStdString());
    }
}

TEST(SeedDigestImporter, RoundTripsOurOwnExportIncludingHostileTitles)
{
    for (const Digest &d : {exportfixtures::sampleDigest(), exportfixtures::hostileDigest()}) {
        const QString doc = MarkdownExporter::render(d, QStringLiteral("chart.png"));
        const ImportedDigest imported = SeedDigestImporter::parse(doc.toUtf8(), MarkdownExporter::baseName(d.day) + QStringLiteral(".md"));
        ASSERT_TRUE(imported.ok) << imported.error.toStdString();
        EXPECT_EQ(imported.day, d.day);
        QList<DigestSection> exported;
        for (const DigestSection &s : d.sections)
            if (!s.sources.isEmpty())
                exported << s;
        ASSERT_EQ(imported.sections.size(), exported.size());
        for (qsizetype i = 0; i < exported.size(); ++i) {
            const DigestSection &want = exported.at(i);
            const ImportedSection &got = imported.sections.at(i);
            EXPECT_EQ(got.emoji, want.emoji);
            EXPECT_EQ(got.categoryName, want.categoryName);
            EXPECT_EQ(got.offline, d.offline && want.error.isEmpty());
            ASSERT_EQ(got.sources.size(), want.sources.size());
            for (qsizetype j = 0; j < want.sources.size(); ++j) {
                // Titles come back as one line of the same text.
                const QString title = want.sources.at(j).title.simplified();
                EXPECT_EQ(got.sources.at(j).title.toStdString(), title.toStdString());
                const bool http = want.sources.at(j).url.startsWith(QLatin1String("http"));
                if (http && !want.sources.at(j).url.contains(QLatin1Char(' '))) {
                    EXPECT_EQ(got.sources.at(j).url, want.sources.at(j).url);
                }
                if (!http) {
                    EXPECT_TRUE(got.sources.at(j).url.isEmpty());
                }
            }
        }
        if (!d.offline) {
            // As written: without the blank lines around it.
            EXPECT_EQ(imported.sections.at(0).summaryMarkdown.toStdString(),
                      exporter::markdown::trimBlankLines(exported.at(0).summaryMarkdown).toStdString());
        }
    }
}

TEST(SeedDigestImporter, ToleratesVariantsOfLabelsAndBullets)
{
    const QByteArray doc = QByteArrayLiteral(
        "# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_2025-01-02.png)\r\n"
        "\r\n## Robotics\r\n\r\n**Summary**:\r\n\r\n1. **Key Themes**\r\n   - arms\r\n\r\n**Sources:**\r\n\r\n"
        "* Title (with) parens (and more) (https://example.com/x_(y))\r\n"
        "- no url at all\r\n");
    const ImportedDigest d = SeedDigestImporter::parse(doc, QStringLiteral("whatever.md"));
    ASSERT_TRUE(d.ok) << d.error.toStdString();
    EXPECT_EQ(d.day.toStdString(), "2025-01-02"); // from the chart link
    ASSERT_EQ(d.sections.size(), 1);
    EXPECT_TRUE(d.sections.at(0).emoji.isEmpty());
    EXPECT_EQ(d.sections.at(0).categoryName.toStdString(), "Robotics");
    EXPECT_EQ(d.sections.at(0).summaryMarkdown.toStdString(), "1. **Key Themes**\n   - arms");
    ASSERT_EQ(d.sections.at(0).sources.size(), 2);
    EXPECT_EQ(d.sections.at(0).sources.at(0).title.toStdString(), "Title (with) parens (and more)");
    EXPECT_EQ(d.sections.at(0).sources.at(0).url.toStdString(), "https://example.com/x_(y)");
    EXPECT_EQ(d.sections.at(0).sources.at(1).title.toStdString(), "no url at all");
    EXPECT_TRUE(d.sections.at(0).sources.at(1).url.isEmpty());
}

TEST(SeedDigestImporter, RefusesFilesWithoutDateOrSections)
{
    const ImportedDigest noDate = SeedDigestImporter::parse(QByteArrayLiteral("## 🤖 Robotics\n\n**요약:**\n\nx\n"),
                                                            QStringLiteral("notes.md"));
    EXPECT_FALSE(noDate.ok);
    EXPECT_TRUE(noDate.error.contains(QStringLiteral("no date"))) << noDate.error.toStdString();
    const ImportedDigest noSections = SeedDigestImporter::parse(QByteArrayLiteral("# hello\n\ntext\n"),
                                                                QStringLiteral("news_2024-01-01.md"));
    EXPECT_FALSE(noSections.ok);
    EXPECT_FALSE(noSections.error.isEmpty());
    const ImportedDigest badUtf8 = SeedDigestImporter::parse(QByteArray("## \xff\xfe x\n"), QStringLiteral("news_2024-01-01.md"));
    EXPECT_FALSE(badUtf8.ok);
    EXPECT_EQ(SeedDigestImporter::dayFromFileName(QStringLiteral("/tmp/a/news_2024-02-30.md")), QString());
    EXPECT_EQ(SeedDigestImporter::dayFromFileName(QStringLiteral("/tmp/a/digest-2024-02-29.md")), QStringLiteral("2024-02-29"));
}

// Issue 8 item 16: an imported summary keeps its structure and web links but
// no image, no javascript:/file:/data: link and no raw HTML, in what is
// stored and in every re-export.
TEST(SeedDigestImporter, SanitisesImportedSummariesThroughTheRoundTrip)
{
    const QByteArray doc = QByteArrayLiteral(
        "# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_2025-03-04.png)\n\n"
        "## 🤖 Robotics\n\n"
        "**요약:**\n\n"
        "**주요 주제**:\n"
        "- [click me](javascript:alert(1)) and [local](file:///etc/passwd) and [raw](data:text/html,x)\n"
        "- ![tracker](https://evil.example/pixel.png) ![ref image][pic] <img src=x onerror=alert(1)>\n"
        "- <javascript:alert(2)> and [ok](https://example.com/a_(b)) and [spaced]( JavaScript:alert(3) )\n"
        "- [angle](<javascript:alert(4)>) and [later][bad]\n"
        "\n"
        "[bad]: javascript:alert(5)\n"
        "[pic]: https://evil.example/ref.png\n"
        "\n"
        "**출처:**\n"
        " - A robot [1](https://example.com/r)\n");
    const ImportedDigest first = SeedDigestImporter::parse(doc, QStringLiteral("news_2025-03-04.md"));
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    ASSERT_EQ(first.sections.size(), 1);
    const QString summary = first.sections.first().summaryMarkdown;

    const auto expectInert = [](const QString &markdown) {
        QTextDocument rendered;
        rendered.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        QStringList links;
        int images = 0;
        for (QTextBlock b = rendered.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isAnchor())
                    links << f.anchorHref();
                images += f.isImageFormat() ? 1 : 0;
            }
        }
        EXPECT_EQ(images, 0) << markdown.toStdString();
        // Web links may stay (as links, never as images); nothing else links.
        EXPECT_TRUE(links.contains(QStringLiteral("https://example.com/a_(b)"))) << markdown.toStdString();
        for (const QString &link : std::as_const(links))
            EXPECT_TRUE(link.startsWith(QLatin1String("https://"))) << link.toStdString();
        EXPECT_FALSE(rendered.toHtml().contains(QStringLiteral("<img"))) << markdown.toStdString();
    };
    expectInert(summary);
    // The words stay readable.
    EXPECT_TRUE(summary.contains(QStringLiteral("click me")));
    EXPECT_TRUE(summary.contains(QStringLiteral("tracker")));

    // Export it, import the export: the same inert text, and it stays put.
    const Digest digest = toDigest(first);
    const QString exported = MarkdownExporter::render(digest, QStringLiteral("news_2025-03-04.png"));
    expectInert(exported.section(QStringLiteral("**요약:**"), 1).section(QStringLiteral("**출처:**"), 0, 0));
    const ImportedDigest again = SeedDigestImporter::parse(exported.toUtf8(), QStringLiteral("news_2025-03-04.md"));
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    expectSameSections(first, again);
    EXPECT_EQ(markdown::sanitizeBlock(summary), summary); // idempotent
}

TEST(SeedDigestImporter, SanitisingLeavesOrdinaryMarkdownAlone)
{
    const QString plain = QStringLiteral("**주요 주제**:\n- AI \\[1\\] and *emphasis*, `code`\n1. one [2]\n\n"
                                         "A [link](https://example.com) and a\ttab.");
    EXPECT_EQ(markdown::sanitizeBlock(plain), plain);
}

// Issue 8 F8: a file with 100,000 sections, or one over the size cap, is
// refused at once with a clear error instead of hanging the import.
TEST(SeedDigestImporter, RefusesTooManySectionsAndTooLargeFiles)
{
    QByteArray many = "# Daily Artificial Intelligence Insights : News\n\n";
    for (int i = 0; i < 100000; ++i)
        many += "## 🤖 C" + QByteArray::number(i) + "\n\n**요약:**\n\nx\n\n";
    ASSERT_LT(many.size(), SeedDigestImporter::kMaxFileBytes);
    const ImportedDigest sections = SeedDigestImporter::parse(many, QStringLiteral("news_2025-01-01.md"));
    EXPECT_FALSE(sections.ok);
    EXPECT_TRUE(sections.sections.isEmpty());
    EXPECT_EQ(sections.error, QStringLiteral("news_2025-01-01.md has more than 200 sections; a digest has one per "
                                             "category."));

    QByteArray big = "## 🤖 Robotics\n\n**요약:**\n\n";
    big += QByteArray(SeedDigestImporter::kMaxFileBytes, 'x');
    const ImportedDigest large = SeedDigestImporter::parse(big, QStringLiteral("news_2025-01-01.md"));
    EXPECT_FALSE(large.ok);
    EXPECT_EQ(large.error, QStringLiteral("news_2025-01-01.md is larger than 4 MiB; a digest is much smaller."));

    // At the limit of sections, the file is still read.
    QByteArray enough = "# x\n\n";
    for (int i = 0; i < 200; ++i)
        enough += "## 🤖 C" + QByteArray::number(i) + "\n\n**요약:**\n\nx\n\n**출처:**\n - t (https://e.com/" +
                  QByteArray::number(i) + ")\n\n";
    const ImportedDigest full = SeedDigestImporter::parse(enough, QStringLiteral("news_2025-01-01.md"));
    ASSERT_TRUE(full.ok) << full.error.toStdString();
    EXPECT_EQ(full.sections.size(), 200);
}
