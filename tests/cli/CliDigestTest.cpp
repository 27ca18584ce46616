// `digest` and `import-digest` through the real executable.

#include "CliRunner.h"
#include "DigestMarkdown.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using clitest::CliEnv;
using clitest::CliResult;
using clitest::MdDigest;

namespace {

struct ReportLine
{
    QString state;
    QString name;
    int sources = 0;
};

// "  offline summary  Multimodal (3 source(s))[: message]"
QList<ReportLine> reportLines(const CliResult &r)
{
    static const QRegularExpression re(
        QStringLiteral("^  (cached|generated|offline summary|failed)\\s+(.+?) \\((\\d+) source"));
    QList<ReportLine> out;
    for (const QString &line : r.stdoutLines()) {
        const auto m = re.match(line);
        if (m.hasMatch())
            out.append({m.captured(1), m.captured(2), m.captured(3).toInt()});
    }
    return out;
}

QString titleLine(const QString &day)
{
    return QStringLiteral("# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_%1.png)")
        .arg(day);
}

QString readText(const QString &path) { return QString::fromUtf8(testpaths::readAll(path)); }

} // namespace

TEST(CliDigest, OfflineDigestExportsMarkdownHtmlAndJson)
{
    CliEnv env;
    ASSERT_EQ(env.run({QStringLiteral("refresh"), QStringLiteral("--demo")}).exitCode, 0);
    const QString day = QStringLiteral("2026-11-20");

    // Markdown (the default) with the chart beside it.
    const QString mdDir = env.makeDir(QStringLiteral("export-md"));
    const CliResult md = env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), day,
                                  QStringLiteral("--export"), mdDir});
    ASSERT_TRUE(md.finished) << md.describe().toStdString();
    ASSERT_EQ(md.exitCode, 0) << md.describe().toStdString();
    const QList<ReportLine> report = reportLines(md);
    ASSERT_GE(report.size(), 3) << md.describe().toStdString();
    for (const ReportLine &l : report)
        EXPECT_EQ(l.state, QStringLiteral("offline summary")) << l.name.toStdString();
    EXPECT_TRUE(md.stdoutText().contains(QStringLiteral("%1 sections · 0 LLM calls").arg(report.size())))
        << md.describe().toStdString();

    const QString mdPath = QDir(mdDir).filePath(QStringLiteral("news_%1.md").arg(day));
    const QString pngPath = QDir(mdDir).filePath(QStringLiteral("news_%1.png").arg(day));
    ASSERT_TRUE(QFileInfo::exists(mdPath));
    ASSERT_TRUE(QFileInfo::exists(pngPath));
    EXPECT_TRUE(md.stdoutText().contains(QStringLiteral("wrote %1").arg(mdPath)));
    const MdDigest parsed = clitest::parseDigestMarkdown(readText(mdPath));
    EXPECT_EQ(parsed.titleLine, titleLine(day));
    ASSERT_EQ(parsed.sections.size(), report.size());
    QStringList reportNames;
    for (const ReportLine &l : report)
        reportNames.append(l.name);
    for (const clitest::MdSection &s : parsed.sections) {
        EXPECT_TRUE(reportNames.contains(s.name)) << s.name.toStdString();
        EXPECT_FALSE(s.sources.isEmpty()) << s.name.toStdString();
        EXPECT_TRUE(s.body.contains(QStringLiteral("오프라인 요약"))) << "marked as an offline summary";
    }
    for (int i = 1; i < parsed.sections.size(); ++i) // ordered by number of sources
        EXPECT_GE(parsed.sections[i - 1].sources.size(), parsed.sections[i].sources.size());
    const QImage chart(pngPath);
    ASSERT_FALSE(chart.isNull()) << "the PNG decodes";
    EXPECT_GE(chart.width(), 1200);
    EXPECT_GE(chart.height(), 800);

    // HTML: one self-contained file with the chart embedded.
    const QString htmlDir = env.makeDir(QStringLiteral("export-html"));
    const CliResult html = env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), day,
                                    QStringLiteral("--export"), htmlDir, QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(html.exitCode, 0) << html.describe().toStdString();
    const QString htmlText = readText(QDir(htmlDir).filePath(QStringLiteral("news_%1.html").arg(day)));
    EXPECT_TRUE(htmlText.startsWith(QLatin1String("<!DOCTYPE html"), Qt::CaseInsensitive)) << htmlText.left(80).toStdString();
    EXPECT_TRUE(htmlText.contains(QLatin1String("data:image/png;base64,")));
    EXPECT_FALSE(htmlText.contains(QRegularExpression(QStringLiteral("<(img|script|link)[^>]+(src|href)=\"https?:"))))
        << "nothing is loaded from the network";
    for (const QString &name : reportNames)
        EXPECT_TRUE(htmlText.contains(name.toHtmlEscaped())) << name.toStdString();
    EXPECT_EQ(QDir(htmlDir).entryList(QDir::Files).size(), 1);

    // JSON: the structured digest.
    const QString jsonDir = env.makeDir(QStringLiteral("export-json"));
    const CliResult json = env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), day,
                                    QStringLiteral("--export"), jsonDir, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.describe().toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        testpaths::readAll(QDir(jsonDir).filePath(QStringLiteral("news_%1.json").arg(day))), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QLatin1String("day")).toString(), day);
    EXPECT_EQ(root.value(QLatin1String("schema_version")).toInt(), 1);
    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    ASSERT_EQ(sections.size(), parsed.sections.size());
    for (int i = 0; i < sections.size(); ++i) {
        const QJsonObject s = sections.at(i).toObject();
        EXPECT_EQ(s.value(QLatin1String("category")).toObject().value(QLatin1String("name")).toString(),
                  parsed.sections[i].name);
        EXPECT_EQ(s.value(QLatin1String("sources")).toArray().size(), parsed.sections[i].sources.size());
        EXPECT_EQ(s.value(QLatin1String("provenance")).toObject().value(QLatin1String("provider")).toString(),
                  QStringLiteral("offline"));
    }

    // Those two runs reused every section; so does a plain one.
    for (const CliResult *again : {&html, &json}) {
        for (const ReportLine &l : reportLines(*again))
            EXPECT_EQ(l.state, QStringLiteral("cached")) << l.name.toStdString();
        EXPECT_EQ(reportLines(*again).size(), report.size());
    }
    const CliResult cached = env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), day});
    ASSERT_EQ(cached.exitCode, 0);
    ASSERT_EQ(reportLines(cached).size(), report.size());
    for (const ReportLine &l : reportLines(cached))
        EXPECT_EQ(l.state, QStringLiteral("cached")) << cached.describe().toStdString();

    // Usage errors.
    EXPECT_EQ(env.run({QStringLiteral("digest"), QStringLiteral("--date"), day, QStringLiteral("--format"),
                       QStringLiteral("pdf")}).exitCode, 2);
    EXPECT_EQ(env.run({QStringLiteral("digest")}).exitCode, 2);
    const CliResult empty = env.run({QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"),
                                     QStringLiteral("2001-01-01")});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.stderrText().contains(QLatin1String("No articles"))) << empty.describe().toStdString();
}

TEST(CliDigest, ImportedSeedsExportWithTheSameSectionsSourcesAndOrder)
{
    CliEnv env;
    const QString seedDir = env.makeDir(QStringLiteral("seeds"));
    const QStringList days{QStringLiteral("2024-11-10"), QStringLiteral("2024-10-29")};
    QStringList files;
    for (const QString &day : days) {
        const QString name = QStringLiteral("digest-%1.md").arg(day);
        const QString copy = QDir(seedDir).filePath(name);
        ASSERT_TRUE(QFile::copy(testpaths::seeds(name), copy)) << name.toStdString();
        files.append(copy);
    }
    const CliResult imported = env.run(QStringList{QStringLiteral("import-digest")} + files);
    ASSERT_EQ(imported.exitCode, 0) << imported.describe().toStdString();

    QHash<QString, QString> emojiByCategory;
    for (int i = 0; i < days.size(); ++i) {
        const QString &day = days[i];
        SCOPED_TRACE(day.toStdString());
        const MdDigest seed = clitest::parseDigestMarkdown(readText(files[i]));
        int seedSources = 0;
        for (const clitest::MdSection &s : seed.sections)
            seedSources += int(s.sources.size());
        ASSERT_GE(seed.sections.size(), 3);
        EXPECT_TRUE(imported.stdoutText().contains(QStringLiteral("%1, %2 sections, %3 sources")
                                                       .arg(day).arg(seed.sections.size()).arg(seedSources)))
            << imported.describe().toStdString();

        const QString dir = env.makeDir(QStringLiteral("export-") + day);
        const CliResult exported = env.run({QStringLiteral("digest"), QStringLiteral("--date"), day,
                                            QStringLiteral("--export"), dir});
        ASSERT_EQ(exported.exitCode, 0) << exported.describe().toStdString();
        for (const ReportLine &l : reportLines(exported))
            EXPECT_EQ(l.state, QStringLiteral("cached")) << "imported summaries are kept: " << l.name.toStdString();

        const MdDigest out = clitest::parseDigestMarkdown(readText(QDir(dir).filePath(QStringLiteral("news_%1.md").arg(day))));
        EXPECT_EQ(out.titleLine, seed.titleLine);
        ASSERT_EQ(out.names(), seed.names()) << "the same sections in the same order";
        for (int s = 0; s < seed.sections.size(); ++s) {
            SCOPED_TRACE(seed.sections[s].name.toStdString());
            EXPECT_EQ(out.sections[s].sources, seed.sections[s].sources);
            // Headings use the category's one stable emoji (the seeds' drift is not repeated).
            const QString emoji = out.sections[s].emoji;
            EXPECT_FALSE(emoji.isEmpty());
            EXPECT_EQ(emojiByCategory.value(seed.sections[s].name, emoji), emoji);
            emojiByCategory.insert(seed.sections[s].name, emoji);
        }
        EXPECT_TRUE(QImage(QDir(dir).filePath(QStringLiteral("news_%1.png").arg(day))).width() >= 1200);
    }
}
