#include "ExportFixtures.h"
#include "export/DigestExporter.h"
#include "export/EditionNames.h"
#include "export/HtmlExporter.h"
#include "export/JsonExporter.h"
#include "export/MarkdownExporter.h"
#include "export/SeedDigestImporter.h"
#include "model/MarkdownInline.h"
#include "support/TestPaths.h"
#include "ui/QtChartRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using exporter::DigestExporter;
using exporter::EditionNames;
using exporter::ExportResult;
using exporter::ImportedDigest;
using exporter::ImportedSection;
using exporter::MarkdownExporter;
using exporter::SeedDigestImporter;

// Issue 13: exports per edition (file names, title line), closing lines
// for articles past the edition's top N, and a Papers digest's round trip.
namespace {

Digest papersDigest()
{
    const ImportedDigest imported =
        SeedDigestImporter::parse(testpaths::readAll(testpaths::fixture(QStringLiteral("export/papers-2026-11-18.md"))),
                                  QStringLiteral("paper_2026-11-18.md"));
    Digest d = exportfixtures::digestFrom(imported);
    d.edition = editions::papers();
    return d;
}

Edition hostileEdition(const QString &prefix, const QString &title)
{
    Edition e;
    e.key = QStringLiteral("custom");
    e.name = QStringLiteral("Custom");
    e.filePrefix = prefix;
    e.titleLine = title;
    return e;
}

// Installs a renderer for one test and restores the previous one.
class RendererScope
{
public:
    explicit RendererScope(const ChartRenderer *r) : m_previous(ChartRenderer::installed())
    {
        ChartRenderer::install(r);
    }
    ~RendererScope() { ChartRenderer::install(m_previous); }

private:
    const ChartRenderer *m_previous;
};

QString firstLine(const QString &text)
{
    return text.left(text.indexOf(QLatin1Char('\n')));
}

} // namespace

TEST(EditionExport, PapersWritesItsTitleLineAndPaperFileNames)
{
    const QtChartRenderer renderer;
    RendererScope scope(&renderer);
    const Digest d = papersDigest();
    ASSERT_EQ(d.sections.size(), 3);
    EXPECT_EQ(
        firstLine(MarkdownExporter::render(d, MarkdownExporter::baseName(d.edition, d.day) + QStringLiteral(".png")))
            .toStdString(),
        "# Daily Artificial Intelligence Insights : Papers![Category Distribution Graph](paper_2026-11-18.png)");

    QTemporaryDir tmp;
    for (const auto format :
         {DigestExporter::Format::Markdown, DigestExporter::Format::Html, DigestExporter::Format::Json}) {
        const ExportResult r = DigestExporter::exportDay(d, tmp.path(), format);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
    }
    const QStringList files = QDir(tmp.path()).entryList(QDir::Files, QDir::Name);
    for (const char *name :
         {"paper_2026-11-18.md", "paper_2026-11-18.png", "paper_2026-11-18.html", "paper_2026-11-18.json"})
        EXPECT_TRUE(files.contains(QString::fromUtf8(name)))
            << name << " in " << files.join(QLatin1Char(' ')).toStdString();
    for (const QString &f : files)
        EXPECT_TRUE(f.startsWith(QLatin1String("paper_"))) << f.toStdString();
    const QString html = QString::fromUtf8(testpaths::readAll(tmp.filePath(QStringLiteral("paper_2026-11-18.html"))));
    EXPECT_TRUE(html.contains(QStringLiteral("<h1>Daily Artificial Intelligence Insights : Papers</h1>")));
}

TEST(EditionExport, APapersExportImportsAgainWithTheSameSectionsSourcesOrderAndEdition)
{
    const Digest d = papersDigest();
    QTemporaryDir tmp;
    const ExportResult r = DigestExporter::exportDay(d, tmp.path(), DigestExporter::Format::Markdown);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    const QString md = tmp.filePath(QStringLiteral("paper_2026-11-18.md"));
    ASSERT_TRUE(r.files.contains(md)) << r.files.join(QLatin1Char(' ')).toStdString();

    const ImportedDigest again = SeedDigestImporter::parse(testpaths::readAll(md), QFileInfo(md).fileName());
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    EXPECT_EQ(again.editionKey.toStdString(), "papers");
    EXPECT_EQ(again.day, d.day);
    ASSERT_EQ(again.sections.size(), d.sections.size());
    for (qsizetype i = 0; i < d.sections.size(); ++i) {
        const DigestSection &x = d.sections.at(i);
        const ImportedSection &y = again.sections.at(i);
        EXPECT_EQ(x.emoji, y.emoji);
        EXPECT_EQ(x.categoryName.toStdString(), y.categoryName.toStdString());
        EXPECT_EQ(x.summaryMarkdown.toStdString(), y.summaryMarkdown.toStdString());
        ASSERT_EQ(x.sources.size(), y.sources.size());
        for (qsizetype j = 0; j < x.sources.size(); ++j) {
            EXPECT_EQ(x.sources.at(j).title.toStdString(), y.sources.at(j).title.toStdString());
            EXPECT_EQ(x.sources.at(j).url.toStdString(), y.sources.at(j).url.toStdString());
        }
    }
    // The chart link names the PNG written beside it, and says Papers too.
    EXPECT_TRUE(
        firstLine(QString::fromUtf8(testpaths::readAll(md))).endsWith(QStringLiteral("](paper_2026-11-18.png)")));
}

TEST(EditionExport, NewsKeepsItsNamesAndTitle)
{
    const Digest d = exportfixtures::sampleDigest(); // no edition set: News
    EXPECT_EQ(MarkdownExporter::baseName(d.edition, d.day), QStringLiteral("news_2026-11-18"));
    EXPECT_EQ(MarkdownExporter::baseName(d.day), QStringLiteral("news_2026-11-18"));
    EXPECT_EQ(firstLine(MarkdownExporter::render(d, QStringLiteral("news_2026-11-18.png"))).toStdString(),
              "# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_2026-11-18.png)");
}

TEST(EditionExport, AFilePrefixIsSafeAsAFileName)
{
    const auto prefix = [](const char *p) {
        return EditionNames::filePrefix(hostileEdition(QString::fromUtf8(p), {})).toStdString();
    };
    EXPECT_EQ(prefix("paper"), "paper");
    EXPECT_EQ(prefix("robotics_watch"), "robotics_watch");
    EXPECT_EQ(prefix("로봇"), "로봇");
    EXPECT_EQ(prefix("../../etc/passwd"), "etc-passwd");
    EXPECT_EQ(prefix("/abs"), "abs");
    EXPECT_EQ(prefix(".."), "custom"); // nothing left: the key's slug
    EXPECT_EQ(prefix("a\nb\x01"
                     "c"),
              "a-b-c");
    EXPECT_EQ(prefix("-rf"), "rf");
    EXPECT_EQ(prefix("C:\\evil"), "c-evil");
    EXPECT_EQ(prefix("Robotics Watch"), "robotics-watch");
    EXPECT_EQ(EditionNames::filePrefix(Edition{}).toStdString(), "digest");
    const QString longPrefix(200, QLatin1Char('x'));
    EXPECT_EQ(EditionNames::filePrefix(hostileEdition(longPrefix, {})).size(), EditionNames::kMaxPrefixLength);
    // Astral letters are never cut in half.
    const QString astral = QString::fromUtf8("𝐀").repeated(40) + QStringLiteral("/");
    const QString slug = EditionNames::filePrefix(hostileEdition(astral, {}));
    EXPECT_LE(slug.size(), EditionNames::kMaxPrefixLength);
    EXPECT_FALSE(slug.isEmpty());
    EXPECT_FALSE(slug.back().isHighSurrogate());
}

TEST(EditionExport, AHostileEditionCannotLeaveTheFolderOrInjectMarkdown)
{
    const QString title =
        QStringLiteral("Evil ![x](javascript:alert(1))\n## injected <script>alert(1)</script> [a](b)");
    for (const char *p : {"../escape", "../../..", "/tmp/abs", "a/../../b", "..", "", "\n", "x\\..\\y"}) {
        SCOPED_TRACE(p);
        Digest d = exportfixtures::sampleDigest();
        d.edition = hostileEdition(QString::fromUtf8(p), title);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("out"));
        for (const auto format :
             {DigestExporter::Format::Markdown, DigestExporter::Format::Html, DigestExporter::Format::Json}) {
            const ExportResult r = DigestExporter::exportDay(d, dir, format);
            ASSERT_TRUE(r.ok) << r.error.toStdString();
            for (const QString &f : r.files)
                EXPECT_EQ(QFileInfo(f).absolutePath(), QDir(dir).absolutePath()) << f.toStdString();
        }
        // Everything written is inside the folder, nothing beside it.
        EXPECT_EQ(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                  QStringList{QStringLiteral("out")});
        EXPECT_GE(QDir(dir).entryList(QDir::Files).size(), 3);
    }

    Digest d = exportfixtures::sampleDigest();
    d.edition = hostileEdition(QStringLiteral("x"), title);
    const QString md = MarkdownExporter::render(d, QStringLiteral("x_2026-11-18.png"));
    const QString first = firstLine(md);
    EXPECT_TRUE(first.startsWith(QLatin1String("# Evil ")));
    EXPECT_TRUE(first.endsWith(QLatin1String("![Category Distribution Graph](x_2026-11-18.png)")));
    EXPECT_EQ(first.count(QLatin1String("![")), 1) << first.toStdString(); // only the chart
    // Every bracket, angle bracket and '#' of the title is escaped: as text,
    // it opens no link, image, HTML or heading.
    const QString titlePart = first.mid(2, first.indexOf(QLatin1String("![")) - 2);
    static const QRegularExpression active(QStringLiteral("(?<!\\\\)[\\[\\]<>#]"));
    EXPECT_FALSE(active.match(titlePart).hasMatch()) << titlePart.toStdString();
    EXPECT_EQ(::markdown::unescapeInline(titlePart).toStdString(),
              "Evil ![x](javascript:alert(1)) ## injected <script>alert(1)</script> [a](b)");
    EXPECT_FALSE(md.contains(QLatin1String("\n## injected"))); // the title stays one line
    // What an importer makes of it: the same sections, and the title alone.
    const ImportedDigest again = SeedDigestImporter::parse(md.toUtf8(), QStringLiteral("x_2026-11-18.md"));
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    EXPECT_EQ(again.day.toStdString(), "2026-11-18");
    EXPECT_EQ(again.sections.size(), 2);

    const QString html = exporter::HtmlExporter::render(d, QImage());
    EXPECT_FALSE(html.contains(QLatin1String("<script"))) << "the title is escaped";
    EXPECT_TRUE(html.contains(QLatin1String("&lt;script&gt;")));
}

TEST(EditionExport, LeftOutArticlesGetAClosingLineInEachLanguage)
{
    Digest d = papersDigest();
    d.leftOut = {{QStringLiteral("상위 30편 밖"), 212}};
    const QString ko = MarkdownExporter::render(d, QStringLiteral("paper_2026-11-18.png"));
    EXPECT_TRUE(ko.endsWith(QStringLiteral("\n_글 212편은 요약하지 않았습니다: 상위 30편 밖._\n")))
        << ko.right(120).toStdString();

    d.language = QStringLiteral("en");
    d.leftOut = {
        {QStringLiteral("below the top 30."), 212}, {QStringLiteral("no abstract"), 1}, {QStringLiteral("none"), 0}};
    const QString en = MarkdownExporter::render(d, QStringLiteral("paper_2026-11-18.png"));
    EXPECT_TRUE(en.contains(QStringLiteral("\n_212 articles were not summarised: below the top 30._\n")))
        << en.right(200).toStdString();
    EXPECT_TRUE(en.endsWith(QStringLiteral("\n_1 article was not summarised: no abstract._\n")))
        << en.right(200).toStdString();
    EXPECT_FALSE(en.contains(QStringLiteral(": none")));

    const QString html = exporter::HtmlExporter::render(d, QImage());
    EXPECT_TRUE(
        html.contains(QStringLiteral("<p class=\"note\">212 articles were not summarised: below the top 30.</p>")));

    Digest back;
    QString error;
    ASSERT_TRUE(exporter::JsonExporter::parse(exporter::JsonExporter::render(d), &back, &error)) << error.toStdString();
    ASSERT_EQ(back.leftOut.size(), 2);
    EXPECT_EQ(back.leftOut.at(0).reason, QStringLiteral("below the top 30."));
    EXPECT_EQ(back.leftOut.at(0).count, 212);

    // A reason is text: it cannot open a link or a heading.
    d.leftOut = {{QStringLiteral("[click](javascript:x)\n## heading"), 3}};
    const QString hostile = MarkdownExporter::render(d, QStringLiteral("c.png"));
    EXPECT_FALSE(hostile.contains(QStringLiteral("[click]"))) << hostile.right(120).toStdString();
    EXPECT_FALSE(hostile.contains(QStringLiteral("\n## heading")));
    // Nothing left out: no line (the News golden files stay as they are).
    d.leftOut.clear();
    EXPECT_FALSE(MarkdownExporter::render(d, QStringLiteral("c.png")).contains(QStringLiteral("not summarised")));
}

TEST(EditionExport, JsonCarriesTheEditionAndReadsItBack)
{
    Digest back;
    QString error;
    ASSERT_TRUE(exporter::JsonExporter::parse(exporter::JsonExporter::render(papersDigest()), &back, &error));
    EXPECT_EQ(back.edition.key.toStdString(), "papers");
    EXPECT_EQ(back.edition.name.toStdString(), "Papers");
    EXPECT_EQ(back.edition.titleLine.toStdString(), "Daily Artificial Intelligence Insights : Papers");
    EXPECT_EQ(back.edition.filePrefix.toStdString(), "paper");

    Digest custom = exportfixtures::sampleDigest();
    custom.edition = hostileEdition(QStringLiteral("../up"), QStringLiteral("Mine : Custom"));
    ASSERT_TRUE(exporter::JsonExporter::parse(exporter::JsonExporter::render(custom), &back, &error));
    EXPECT_EQ(back.edition.key.toStdString(), "custom");
    EXPECT_EQ(back.edition.titleLine.toStdString(), "Mine : Custom");
    EXPECT_EQ(back.edition.filePrefix.toStdString(), "up"); // as the files were named

    // A file from before editions is News.
    QByteArray old = exporter::JsonExporter::render(exportfixtures::sampleDigest());
    old.replace("\"edition\"", "\"ignored\"");
    ASSERT_TRUE(exporter::JsonExporter::parse(old, &back, &error));
    EXPECT_EQ(back.edition.key.toStdString(), "news");
    EXPECT_EQ(back.edition.titleLine.toStdString(), "Daily Artificial Intelligence Insights : News");
}
