#include "ExportFixtures.h"
#include "support/TestPaths.h"
#include "export/MarkdownExporter.h"
#include "export/MarkdownText.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using exporter::MarkdownExporter;
namespace md = exporter::markdown;

namespace {

QString golden(const QString &name)
{
    return QString::fromUtf8(testpaths::readAll(testpaths::fixture(QStringLiteral("export/") + name)));
}

// Writes the actual output beside the build for a quick diff on failure.
void expectGolden(const QString &actual, const QString &name)
{
    const QString expected = golden(name);
    if (actual != expected) {
        QFile out(QStringLiteral(DI_BINARY_DIR "/") + name + QStringLiteral(".actual"));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
    }
    ASSERT_FALSE(expected.isEmpty()) << "missing fixture " << name.toStdString();
    EXPECT_EQ(actual.toStdString(), expected.toStdString());
}

QStringList sourceLines(const QString &doc)
{
    QStringList out;
    for (const QString &line : doc.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String(" - ")))
            out << line;
    return out;
}

} // namespace

TEST(MarkdownExporter, SampleDigestMatchesGoldenByteForByte)
{
    const Digest d = exportfixtures::sampleDigest();
    expectGolden(MarkdownExporter::render(d, MarkdownExporter::baseName(d.day) + QStringLiteral(".png")),
                 QStringLiteral("news_2026-11-18.md"));
}

TEST(MarkdownExporter, HostileDigestMatchesGolden)
{
    const Digest d = exportfixtures::hostileDigest();
    expectGolden(MarkdownExporter::render(d, QStringLiteral("news_2026-11-19.png")),
                 QStringLiteral("news_2026-11-19-hostile.md"));
}

TEST(MarkdownExporter, FirstLineAndSeedLayout)
{
    const QString doc = MarkdownExporter::render(exportfixtures::sampleDigest(), QStringLiteral("news_2026-11-18.png"));
    EXPECT_TRUE(doc.startsWith(QStringLiteral(
        "# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_2026-11-18.png)\n\n## ⭐ LLM\n\n**요약:**\n\n")));
    // A section ends with its last source line and two blank lines.
    EXPECT_TRUE(doc.contains(QStringLiteral("(https://example.org/long-context)\n\n\n## 👁️ Computer Vision\n\n")));
    EXPECT_TRUE(doc.contains(QStringLiteral("\n\n**출처:**\n\n - 경량 언어 모델 'miri")) ||
                doc.contains(QStringLiteral("\n\n**출처:**\n\n - 경량 언어 모델 '미리내-3B' 공개 (https://example.com/ko/mirinae-3b)\n")));
}

TEST(MarkdownExporter, SectionsWithoutSourcesAreOmitted)
{
    const QString doc = MarkdownExporter::render(exportfixtures::sampleDigest(), QStringLiteral("c.png"));
    EXPECT_FALSE(doc.contains(QStringLiteral("Audio")));
    EXPECT_FALSE(doc.contains(QStringLiteral("never exported")));
    EXPECT_EQ(doc.count(QStringLiteral("\n## ")), 2);
}

TEST(MarkdownExporter, ClosingLineCountsNotAiArticlesInDigestLanguage)
{
    Digest d = exportfixtures::sampleDigest();
    EXPECT_TRUE(MarkdownExporter::render(d, QStringLiteral("c.png"))
                    .endsWith(QStringLiteral("\n\n\n_AI와 관련 없다고 판단된 기사 3건은 제외했습니다._\n")));
    d.language = QStringLiteral("en");
    EXPECT_TRUE(MarkdownExporter::render(d, QStringLiteral("c.png"))
                    .endsWith(QStringLiteral("_3 articles judged not about AI were left out._\n")));
    d.notAiCount = 1;
    EXPECT_TRUE(MarkdownExporter::render(d, QStringLiteral("c.png"))
                    .endsWith(QStringLiteral("_1 article judged not about AI was left out._\n")));
    d.notAiCount = 0;
    EXPECT_TRUE(MarkdownExporter::render(d, QStringLiteral("c.png")).endsWith(QStringLiteral(")\n\n\n")));
}

TEST(MarkdownExporter, OfflineDigestIsMarkedPerSectionAndInANote)
{
    Digest d = exportfixtures::sampleDigest();
    d.offline = true;
    d.notAiCount = 0;
    const QString doc = MarkdownExporter::render(d, QStringLiteral("c.png"));
    EXPECT_EQ(doc.count(QStringLiteral("**요약:**\n\n_(오프라인 요약)_\n\n")), 2);
    EXPECT_TRUE(doc.endsWith(QStringLiteral("\n\n\n_오프라인 다이제스트: 언어 모델 없이 키워드 규칙으로 분류하고 기사 문장을 뽑아 요약했습니다._\n")));

    d.offline = false; // one section summarised offline in an otherwise LLM digest
    d.sections[1].provenance.provider = QStringLiteral("offline");
    const QString mixed = MarkdownExporter::render(d, QStringLiteral("c.png"));
    EXPECT_EQ(mixed.count(QStringLiteral("_(오프라인 요약)_")), 1);
    EXPECT_FALSE(mixed.contains(QStringLiteral("오프라인 다이제스트")));
}

TEST(MarkdownExporter, HostileTitlesCannotChangeStructure)
{
    const Digest d = exportfixtures::hostileDigest();
    const QString doc = MarkdownExporter::render(d, QStringLiteral("news_2026-11-19.png"));
    const QStringList lines = doc.split(QLatin1Char('\n'));
    // Exactly the section headings we wrote, and one line per source.
    QStringList headings;
    for (const QString &l : lines)
        if (l.startsWith(QLatin1Char('#')))
            headings << l;
    EXPECT_EQ(headings.size(), 3) << headings.join(QLatin1Char('|')).toStdString();
    const QStringList sources = sourceLines(doc);
    ASSERT_EQ(sources.size(), 10);
    // No unescaped link, emphasis, code, HTML or list opener in any title.
    static const QRegularExpression unescaped(QStringLiteral("(?<!\\\\)[\\[\\]`<>*_#~|]"));
    for (const QString &line : sources) {
        const QString title = line.mid(3, line.lastIndexOf(QLatin1String(" (")) - 3);
        EXPECT_FALSE(unescaped.match(title).hasMatch()) << line.toStdString();
        EXPECT_FALSE(title.startsWith(QLatin1Char('-')) || title.contains(QRegularExpression(QStringLiteral("^\\d+\\."))))
            << line.toStdString();
    }
    // Only http(s) URLs are written; the others are replaced by a notice.
    EXPECT_FALSE(doc.contains(QStringLiteral("javascript:alert(document")));
    EXPECT_FALSE(doc.contains(QStringLiteral("ftp://")));
    EXPECT_FALSE(doc.contains(QStringLiteral("data:text")));
    EXPECT_EQ(doc.count(QStringLiteral("(link removed: not http/https)")), 3);
    // A URL's own parentheses and spaces are encoded, so the group closes once.
    EXPECT_TRUE(doc.contains(QStringLiteral(" - ok (with parens) (https://example.com/g%281%29%20x)\n")));
    // The summary cannot open a section or raw HTML.
    EXPECT_TRUE(doc.contains(QStringLiteral("\n\\## not a new section\n")));
    EXPECT_TRUE(doc.contains(QStringLiteral("\\<script>alert(1)\\</script>")));
}

TEST(MarkdownExporter, FailedSummaryShowsEscapedErrorInsteadOfSummary)
{
    const QString doc = MarkdownExporter::render(exportfixtures::hostileDigest(), QStringLiteral("c.png"));
    EXPECT_TRUE(doc.contains(QStringLiteral(
        "## 🎮 Reinforcement Learning\n\n**요약:**\n\n_The summary could not be generated: model output broke the "
        "schema: \\<b\\>\\[1\\](javascript:x)\\</b\\> second line_\n\n**출처:**\n\n")));
}

TEST(MarkdownText, EscapeAndUnescapeRoundTrip)
{
    const QStringList titles{QStringLiteral("[단독] 제목 (괄호) *별* _밑줄_ `코드` <b> #1 \\ ~ | &amp;"),
                             QStringLiteral("1) first"), QStringLiteral("+ plus"), QStringLiteral("plain")};
    for (const QString &t : titles)
        EXPECT_EQ(md::unescapeInline(md::escapeInline(t)).toStdString(), t.toStdString());
    EXPECT_EQ(md::escapeInline(QStringLiteral("a\u202Eb\nc\t d")).toStdString(), "ab c d");
    EXPECT_EQ(md::escapeInline(QStringLiteral("AT&T")).toStdString(), "AT&T");
}

TEST(MarkdownText, SafeUrlKeepsHttpAndRejectsOthers)
{
    EXPECT_EQ(md::safeUrl(QStringLiteral(" https://www.technologyreview.kr/%ec%9d%b8/ ")).toStdString(),
              "https://www.technologyreview.kr/%ec%9d%b8/");
    EXPECT_EQ(md::safeUrl(QStringLiteral("HTTP://Example.com/a b")).toStdString(), "HTTP://Example.com/a%20b");
    EXPECT_TRUE(md::safeUrl(QStringLiteral("javascript:alert(1)")).isEmpty());
    EXPECT_TRUE(md::safeUrl(QStringLiteral("file:///etc/passwd")).isEmpty());
    EXPECT_TRUE(md::safeUrl(QStringLiteral("/relative/path")).isEmpty());
    EXPECT_TRUE(md::safeUrl(QStringLiteral("https://")).isEmpty());
}
