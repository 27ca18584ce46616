// `sources add | list | remove | import | export` through the real executable.

#include "CliRunner.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

struct SourceRow
{
    bool enabled = true;
    QString title;
    QString group;
    bool operator==(const SourceRow &o) const { return enabled == o.enabled && title == o.title && group == o.group; }
};

QMap<QString, SourceRow> listSources(CliEnv &env)
{
    const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    QMap<QString, SourceRow> rows;
    for (const QString &line : r.stdoutLines()) {
        const QStringList f = line.mid(2).split(QLatin1Char('\t'));
        EXPECT_GE(f.size(), 3) << line.toStdString();
        rows.insert(f.value(0), SourceRow{!line.startsWith(QLatin1String("- ")), f.value(1), f.value(2)});
    }
    return rows;
}

struct ImportCounts
{
    int added = -1;
    int skipped = -1;
};

ImportCounts importCounts(const CliResult &r)
{
    static const QRegularExpression re(QStringLiteral("Imported (\\d+) sources from .*; (\\d+) duplicates skipped"));
    const auto m = re.match(r.stdoutText());
    return m.hasMatch() ? ImportCounts{m.captured(1).toInt(), m.captured(2).toInt()} : ImportCounts{};
}

} // namespace

TEST(CliSources, AddListRemove)
{
    CliEnv env;
    const QMap<QString, SourceRow> defaults = listSources(env);
    ASSERT_GE(defaults.size(), 14) << "a new profile starts with the default sources";

    const QString url = QStringLiteral("https://feeds.example.net/ai.xml");
    const CliResult add = env.run({QStringLiteral("sources"), QStringLiteral("add"), url, QStringLiteral("--title"),
                                   QStringLiteral("Example AI"), QStringLiteral("--group"), QStringLiteral("Tests")});
    ASSERT_EQ(add.exitCode, 0) << add.describe().toStdString();
    QMap<QString, SourceRow> rows = listSources(env);
    ASSERT_EQ(rows.size(), defaults.size() + 1);
    ASSERT_TRUE(rows.contains(url));
    EXPECT_EQ(rows.value(url), (SourceRow{true, QStringLiteral("Example AI"), QStringLiteral("Tests")}));

    const CliResult again = env.run({QStringLiteral("sources"), QStringLiteral("add"), url});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.stdoutText().contains(QLatin1String("Already subscribed"))) << again.describe().toStdString();
    EXPECT_EQ(listSources(env).size(), rows.size());

    for (const char *bad : {"ftp://example.net/feed", "not a url", "http://"}) {
        const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("add"), QString::fromLatin1(bad)});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_TRUE(r.stderrText().contains(QLatin1String("not an http, https or file URL"))) << r.describe().toStdString();
    }
    const QString local = QUrl::fromLocalFile(QDir(env.root()).filePath(QStringLiteral("local.xml"))).toString();
    EXPECT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("add"), local}).exitCode, 0);
    EXPECT_TRUE(listSources(env).contains(local));

    const CliResult remove = env.run({QStringLiteral("sources"), QStringLiteral("remove"), url});
    ASSERT_EQ(remove.exitCode, 0) << remove.describe().toStdString();
    rows = listSources(env);
    EXPECT_FALSE(rows.contains(url));
    EXPECT_EQ(rows.size(), defaults.size() + 1);

    const CliResult gone = env.run({QStringLiteral("sources"), QStringLiteral("remove"), url});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.stderrText().contains(QLatin1String("no source with URL"))) << gone.describe().toStdString();
    EXPECT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("remove")}).exitCode, 2);
}

TEST(CliSources, ImportsEveryCorpusOpmlWithItsManifestCounts)
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(testpaths::readAll(testpaths::corpus(QStringLiteral("opml/manifest.json")))).object();
    const QJsonArray files = manifest.value(QLatin1String("files")).toArray();
    ASSERT_GE(files.size(), 5);
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QLatin1String("file")).toString();
        SCOPED_TRACE(name.toStdString());
        CliEnv env;
        const QMap<QString, SourceRow> before = listSources(env);
        const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("import"),
                                     testpaths::corpus(QStringLiteral("opml/") + name)});
        ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
        const ImportCounts counts = importCounts(r);
        const int unique = f.value(QLatin1String("unique_feed_urls")).toInt();
        EXPECT_EQ(counts.added, unique) << r.describe().toStdString();
        EXPECT_EQ(counts.skipped, f.value(QLatin1String("feed_count")).toInt() - unique);

        const QMap<QString, SourceRow> after = listSources(env);
        EXPECT_EQ(after.size(), before.size() + unique);
        for (const char *which : {"first_feed", "last_feed"}) {
            const QJsonObject feed = f.value(QLatin1String(which)).toObject();
            const QString url = feed.value(QLatin1String("xmlUrl")).toString();
            ASSERT_TRUE(after.contains(url)) << url.toStdString();
            EXPECT_EQ(after.value(url).title, feed.value(QLatin1String("title")).toString());
            // The folder path ends in the folder's name (nested folders may be joined).
            const QString folder = feed.value(QLatin1String("folder")).toString();
            EXPECT_TRUE(after.value(url).group.endsWith(folder))
                << after.value(url).group.toStdString() << " vs " << folder.toStdString();
            if (folder.isEmpty()) {
                EXPECT_TRUE(after.value(url).group.isEmpty());
            }
        }

        // Importing the same file again adds nothing.
        const ImportCounts second =
            importCounts(env.run({QStringLiteral("sources"), QStringLiteral("import"),
                                  testpaths::corpus(QStringLiteral("opml/") + name)}));
        EXPECT_EQ(second.added, 0);
        EXPECT_EQ(second.skipped, f.value(QLatin1String("feed_count")).toInt());
    }
}

TEST(CliSources, ExportThenImportGivesTheSameSources)
{
    CliEnv first;
    for (const char *name : {"netnewswire_subs.opml", "rssguard_export.opml", "yarr_windows1251.opml"})
        ASSERT_EQ(first.run({QStringLiteral("sources"), QStringLiteral("import"),
                             testpaths::corpus(QStringLiteral("opml/") + QLatin1String(name))}).exitCode, 0);
    ASSERT_EQ(first.run({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("https://x.example/a?b=1&c=%3C2%3E"),
                         QStringLiteral("--title"), QStringLiteral("Quotes \" & <tags>"), QStringLiteral("--group"),
                         QStringLiteral("특수 & 그룹")}).exitCode, 0);
    const QMap<QString, SourceRow> original = listSources(first);

    const QString file = QDir(first.makeDir(QStringLiteral("out"))).filePath(QStringLiteral("subs.opml"));
    const CliResult exported = first.run({QStringLiteral("sources"), QStringLiteral("export"), file});
    ASSERT_EQ(exported.exitCode, 0) << exported.describe().toStdString();
    EXPECT_TRUE(exported.stdoutText().contains(QStringLiteral("Wrote %1 sources").arg(original.size())))
        << exported.describe().toStdString();

    CliEnv second;
    const CliResult imported = second.run({QStringLiteral("sources"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.describe().toStdString();
    const QMap<QString, SourceRow> copy = listSources(second);
    EXPECT_EQ(copy.keys(), original.keys());
    for (auto it = original.begin(); it != original.end(); ++it)
        EXPECT_EQ(copy.value(it.key()), it.value()) << it.key().toStdString();

    // An unwritable target is a clear error.
    const CliResult bad = first.run({QStringLiteral("sources"), QStringLiteral("export"),
                                     QDir(first.root()).filePath(QStringLiteral("no/such/dir/x.opml"))});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.stderrText().contains(QLatin1String("cannot write"))) << bad.describe().toStdString();
}

TEST(CliSources, BrokenOpmlIsRefusedWithLineAndColumn)
{
    CliEnv env;
    const QMap<QString, SourceRow> before = listSources(env);
    const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("import"),
                                 testpaths::fixture(QStringLiteral("cli/broken.opml"))});
    EXPECT_EQ(r.exitCode, 1);
    // <outline> opened on line 7 is never closed; the parser notices at </body> on line 9.
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("line 9, column 9"))) << r.describe().toStdString();
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("broken.opml"))) << r.describe().toStdString();
    EXPECT_EQ(r.stderrText().count(QLatin1String("line 9")), 1) << "the position is said once";
    EXPECT_EQ(listSources(env), before) << "nothing of a broken file is imported";

    const CliResult missing = env.run({QStringLiteral("sources"), QStringLiteral("import"),
                                       QDir(env.root()).filePath(QStringLiteral("absent.opml"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.stderrText().contains(QLatin1String("cannot read"))) << missing.describe().toStdString();
}

// A list subscribes only to http(s) feeds: never to a local file (file:, or
// a relative address that would name a file next to the list), never to
// javascript: and the like. The output says how many were skipped and why.
TEST(CliSources, ImportTakesOnlyHttpFeedsAndSaysWhatItSkipped)
{
    CliEnv env;
    const QMap<QString, SourceRow> before = listSources(env);
    const QString file = QDir(env.makeDir(QStringLiteral("lists"))).filePath(QStringLiteral("mixed.opml"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"OPML(<?xml version="1.0"?><opml version="2.0"><body>
  <outline text="Good" xmlUrl="https://good.example/feed.xml"/>
  <outline text="Plain" xmlUrl="http://plain.example/rss"/>
  <outline text="Passwords" xmlUrl="file:///etc/passwd"/>
  <outline text="Key" xmlUrl="../.ssh/id_rsa"/>
  <outline text="Script" xmlUrl="javascript:alert(1)"/>
</body></opml>)OPML");
    f.close();
    const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("import"), file});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const ImportCounts counts = importCounts(r);
    EXPECT_EQ(counts.added, 2) << r.describe().toStdString();
    EXPECT_EQ(counts.skipped, 0);
    EXPECT_TRUE(r.stdoutText().contains(QStringLiteral(
        "2 local or relative address(es) and 1 with another scheme or no host skipped: "
        "only http and https feeds are imported from a list.")))
        << r.describe().toStdString();
    const QMap<QString, SourceRow> after = listSources(env);
    EXPECT_EQ(after.size(), before.size() + 2);
    EXPECT_TRUE(after.contains(QStringLiteral("https://good.example/feed.xml")));
    EXPECT_TRUE(after.contains(QStringLiteral("http://plain.example/rss")));
    for (const QString &url : after.keys())
        EXPECT_TRUE(url.startsWith(QLatin1String("http"))) << url.toStdString();
}

TEST(CliSources, ImportRefusesAListOverTheFeedSizeCap)
{
    CliEnv env;
    const QMap<QString, SourceRow> before = listSources(env);
    const QString file = QDir(env.makeDir(QStringLiteral("lists"))).filePath(QStringLiteral("huge.opml"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="https://a.example/f"/></body></opml>)");
    ASSERT_TRUE(f.resize(10 * 1024 * 1024 + 1)); // sparse
    f.close();
    const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 1) << r.describe().toStdString();
    EXPECT_TRUE(r.stderrText().contains(QStringLiteral("huge.opml: the file is larger than the 10 MiB limit")))
        << r.describe().toStdString();
    EXPECT_EQ(listSources(env), before);
}
