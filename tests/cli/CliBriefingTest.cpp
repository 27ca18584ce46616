// Issue 9 §4 through the real executable: `digest` reports the briefing,
// `--briefing` puts it at the top of the Markdown export, HTML and JSON lead
// with it, and `import-digest` reads it back as the briefing.

#include "CliRunner.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

const QString kDay = QStringLiteral("2026-11-20");

QString readText(const QString &path)
{
    return QString::fromUtf8(testpaths::readAll(path));
}

// The briefing section of an export: its item lines and its source lines.
struct MdBriefing
{
    QStringList items;
    QStringList sources;
};

MdBriefing briefingOf(const QString &markdown)
{
    MdBriefing b;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    bool in = false, sources = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            if (in)
                break;
            in = line == QStringLiteral("## 📌 오늘의 핵심");
            continue;
        }
        if (!in)
            continue;
        if (line == QStringLiteral("**출처:**"))
            sources = true;
        else if (line.startsWith(QLatin1String("- ")) && !sources)
            b.items << line;
        else if (line.startsWith(QLatin1String(" - ")) && sources)
            b.sources << line;
    }
    return b;
}

CliResult exportDay(CliEnv &env, const QString &dir, const QStringList &extra)
{
    return env.run(QStringList{QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), kDay,
                               QStringLiteral("--export"), dir} +
                   extra);
}

} // namespace

TEST(CliBriefing, ExportWithBriefingThenImportDigestGivesTheSameBriefing)
{
    CliEnv env;
    ASSERT_EQ(env.run({QStringLiteral("refresh"), QStringLiteral("--demo")}).exitCode, 0);

    const QString plainDir = env.makeDir(QStringLiteral("plain"));
    const CliResult plain = exportDay(env, plainDir, {});
    ASSERT_EQ(plain.exitCode, 0) << plain.describe().toStdString();
    EXPECT_TRUE(plain.stdoutText().contains(QStringLiteral("  briefing: offline summary (5 item(s))")))
        << plain.describe().toStdString();
    const QString plainMd = readText(QDir(plainDir).filePath(QStringLiteral("news_%1.md").arg(kDay)));
    EXPECT_FALSE(plainMd.contains(QStringLiteral("오늘의 핵심"))) << "Markdown has it only with --briefing";

    const QString dir = env.makeDir(QStringLiteral("with"));
    const CliResult with = exportDay(env, dir, {QStringLiteral("--briefing")});
    ASSERT_EQ(with.exitCode, 0) << with.describe().toStdString();
    EXPECT_TRUE(with.stdoutText().contains(QStringLiteral("  briefing: cached (5 item(s))")))
        << with.describe().toStdString();
    const QString file = QDir(dir).filePath(QStringLiteral("news_%1.md").arg(kDay));
    const QString md = readText(file);
    const qsizetype at = md.indexOf(QStringLiteral("\n## 📌 오늘의 핵심\n"));
    ASSERT_GT(at, 0);
    EXPECT_EQ(md.indexOf(QStringLiteral("\n## ")), at) << "the first section";
    const MdBriefing written = briefingOf(md);
    ASSERT_EQ(written.items.size(), 5) << md.toStdString();
    EXPECT_GE(written.sources.size(), 5);

    // HTML and JSON lead with it, option or not.
    const QString htmlDir = env.makeDir(QStringLiteral("html"));
    ASSERT_EQ(exportDay(env, htmlDir, {QStringLiteral("--format"), QStringLiteral("html")}).exitCode, 0);
    const QString html = readText(QDir(htmlDir).filePath(QStringLiteral("news_%1.html").arg(kDay)));
    ASSERT_GT(html.indexOf(QStringLiteral("<section id=\"briefing\"")), 0);
    EXPECT_LT(html.indexOf(QStringLiteral("<section id=\"briefing\"")),
              html.indexOf(QStringLiteral("<section id=\"cat-")));
    const QString jsonDir = env.makeDir(QStringLiteral("json"));
    ASSERT_EQ(exportDay(env, jsonDir, {QStringLiteral("--format"), QStringLiteral("json")}).exitCode, 0);
    const QString json = readText(QDir(jsonDir).filePath(QStringLiteral("news_%1.json").arg(kDay)));
    ASSERT_GT(json.indexOf(QStringLiteral("\"briefing\"")), 0);
    EXPECT_LT(json.indexOf(QStringLiteral("\"briefing\"")), json.indexOf(QStringLiteral("\"sections\"")));

    // Into a fresh profile: the briefing is imported as the briefing, not as a category.
    CliEnv other;
    const CliResult imported = other.run({QStringLiteral("import-digest"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.describe().toStdString();
    EXPECT_TRUE(imported.stdoutText().contains(QStringLiteral("with the day's briefing (5 item(s))")))
        << imported.describe().toStdString();
    const CliResult categories = other.run({QStringLiteral("categories"), QStringLiteral("list")});
    EXPECT_FALSE(categories.stdoutText().contains(QStringLiteral("핵심"))) << categories.describe().toStdString();

    const QString againDir = other.makeDir(QStringLiteral("again"));
    const CliResult again = exportDay(other, againDir, {QStringLiteral("--briefing")});
    ASSERT_EQ(again.exitCode, 0) << again.describe().toStdString();
    EXPECT_TRUE(again.stdoutText().contains(QStringLiteral("  briefing: cached (5 item(s))"))) << "imported is kept";
    const MdBriefing back = briefingOf(readText(QDir(againDir).filePath(QStringLiteral("news_%1.md").arg(kDay))));
    EXPECT_EQ(back.items, written.items);
    EXPECT_EQ(back.sources, written.sources);
}
