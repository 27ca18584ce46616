// Editions through the real executable (issue 13): a News and a Papers
// digest of one date are imported as two days of their own, and each is
// exported again in its own names with the same sections and sources.
#include "CliRunner.h"
#include "DigestMarkdown.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>

using clitest::CliEnv;
using clitest::CliResult;
using clitest::MdDigest;

namespace {

QString readText(const QString &path) { return QString::fromUtf8(testpaths::readAll(path)); }

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

int sourceCount(const MdDigest &d)
{
    int n = 0;
    for (const clitest::MdSection &s : d.sections)
        n += int(s.sources.size());
    return n;
}

} // namespace

TEST(CliEditions, ANewsAndAPapersDigestOfOneDateStayApartAndExportAsTheyCame)
{
    CliEnv env;
    const QString day = QStringLiteral("2024-11-10");
    const QString seedDir = env.makeDir(QStringLiteral("seeds"));
    const QString newsFile = QDir(seedDir).filePath(QStringLiteral("digest-%1.md").arg(day));
    ASSERT_TRUE(QFile::copy(testpaths::seeds(QStringLiteral("digest-%1.md").arg(day)), newsFile));
    // The Papers digest of the same date, named as the old system named it.
    const QString papersFile = QDir(seedDir).filePath(QStringLiteral("Papers_%1_report.md").arg(day));
    ASSERT_TRUE(writeText(papersFile, readText(testpaths::fixture(QStringLiteral("export/papers-2026-11-18.md")))
                                          .replace(QStringLiteral("2026-11-18"), day)));
    const MdDigest newsSeed = clitest::parseDigestMarkdown(readText(newsFile));
    const MdDigest papersSeed = clitest::parseDigestMarkdown(readText(papersFile));
    ASSERT_GE(papersSeed.sections.size(), 2);

    const CliResult imported = env.run({QStringLiteral("import-digest"), newsFile, papersFile});
    ASSERT_EQ(imported.exitCode, 0) << imported.describe().toStdString();
    EXPECT_TRUE(imported.stdoutText().contains(QStringLiteral("into Papers: %1, %2 sections")
                                                   .arg(day).arg(papersSeed.sections.size())))
        << imported.describe().toStdString();

    // Each edition's day holds its own articles only.
    const CliResult newsArticles = env.run({QStringLiteral("articles"), QStringLiteral("--date"), day});
    const CliResult paperArticles = env.run({QStringLiteral("articles"), QStringLiteral("--date"), day,
                                             QStringLiteral("--edition"), QStringLiteral("papers")});
    EXPECT_EQ(newsArticles.stdoutLines().size(), sourceCount(newsSeed)) << newsArticles.describe().toStdString();
    EXPECT_EQ(paperArticles.stdoutLines().size(), sourceCount(papersSeed)) << paperArticles.describe().toStdString();
    EXPECT_FALSE(newsArticles.stdoutText().contains(QLatin1String("arxiv.org/abs")));

    // The imported research areas are Papers categories, not News ones.
    const QString area = papersSeed.sections.first().name;
    EXPECT_TRUE(env.run({QStringLiteral("categories"), QStringLiteral("list"), QStringLiteral("--edition"),
                         QStringLiteral("papers")}).stdoutText().contains(area));
    EXPECT_FALSE(env.run({QStringLiteral("categories"), QStringLiteral("list")}).stdoutText().contains(area));

    // Search: every edition by default, one with --edition.
    const QString word = QStringLiteral("Echo");
    const auto search = [&](const QStringList &extra) {
        return env.run(QStringList{QStringLiteral("search"), word, QStringLiteral("--no-summaries")} + extra)
            .stdoutText();
    };
    EXPECT_TRUE(search({}).contains(QLatin1String("Echo Recommender")));
    EXPECT_TRUE(search({QStringLiteral("--edition"), QStringLiteral("papers")}).contains(QLatin1String("Echo Recommender")));
    EXPECT_FALSE(search({QStringLiteral("--edition"), QStringLiteral("news")}).contains(QLatin1String("Echo Recommender")));

    struct Case { QString edition; QString prefix; MdDigest seed; };
    for (const Case &c : {Case{QStringLiteral("news"), QStringLiteral("news"), newsSeed},
                          Case{QStringLiteral("papers"), QStringLiteral("paper"), papersSeed}}) {
        SCOPED_TRACE(c.edition.toStdString());
        const QString dir = env.makeDir(QStringLiteral("export-") + c.edition);
        const CliResult exported = env.run({QStringLiteral("digest"), QStringLiteral("--date"), day,
                                            QStringLiteral("--edition"), c.edition, QStringLiteral("--export"), dir});
        ASSERT_EQ(exported.exitCode, 0) << exported.describe().toStdString();
        const QString md = QDir(dir).filePath(QStringLiteral("%1_%2.md").arg(c.prefix, day));
        ASSERT_TRUE(QFile::exists(md)) << exported.describe().toStdString();
        const MdDigest out = clitest::parseDigestMarkdown(readText(md));
        EXPECT_EQ(out.titleLine, c.seed.titleLine);
        ASSERT_EQ(out.names(), c.seed.names()) << "the same sections in the same order";
        for (int s = 0; s < c.seed.sections.size(); ++s)
            EXPECT_EQ(out.sections[s].sources, c.seed.sections[s].sources) << c.seed.sections[s].name.toStdString();
        EXPECT_GE(QImage(QDir(dir).filePath(QStringLiteral("%1_%2.png").arg(c.prefix, day))).width(), 1200);
    }
}

TEST(CliEditions, AnUnknownEditionIsAUsageErrorThatNamesTheProfilesEditions)
{
    CliEnv env;
    const CliResult r = env.run({QStringLiteral("articles"), QStringLiteral("--date"), QStringLiteral("2024-11-10"),
                                 QStringLiteral("--edition"), QStringLiteral("sports")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("sports"))) << r.describe().toStdString();
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("news, papers"))) << r.describe().toStdString();
}

TEST(CliEditions, AUsersEditionIsAddedWithItsOwnNamesEditedAndRemovedButNewsStays)
{
    CliEnv env;
    const CliResult added = env.run({QStringLiteral("editions"), QStringLiteral("add"), QStringLiteral("Robotics watch"),
                                     QStringLiteral("--prefix"), QStringLiteral("robots"), QStringLiteral("--top"),
                                     QStringLiteral("10")});
    ASSERT_EQ(added.exitCode, 0) << added.describe().toStdString();
    EXPECT_TRUE(added.stdoutText().contains(QLatin1String("--edition robotics-watch")));
    const QString list = env.run({QStringLiteral("editions")}).stdoutText();
    EXPECT_TRUE(list.contains(QLatin1String("robotics-watch\tRobotics watch\tnews\t10\trobots_YYYY-MM-DD.md"))) << list.toStdString();
    // Its own categories and sources.
    EXPECT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("https://robots.example/feed"),
                       QStringLiteral("--edition"), QStringLiteral("robotics-watch")}).exitCode, 0);
    EXPECT_TRUE(env.run({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--edition"),
                         QStringLiteral("robotics-watch")}).stdoutText().contains(QLatin1String("robots.example")));
    EXPECT_FALSE(env.run({QStringLiteral("sources"), QStringLiteral("list")}).stdoutText().contains(QLatin1String("robots.example")));
    EXPECT_GT(env.run({QStringLiteral("categories"), QStringLiteral("list"), QStringLiteral("--edition"),
                       QStringLiteral("robotics-watch")}).stdoutLines().size(), 1);

    EXPECT_EQ(env.run({QStringLiteral("editions"), QStringLiteral("edit"), QStringLiteral("robotics-watch"),
                       QStringLiteral("--name"), QStringLiteral("Robots")}).exitCode, 0);
    EXPECT_TRUE(env.run({QStringLiteral("editions")}).stdoutText().contains(QLatin1String("robotics-watch\tRobots\t")));
    const CliResult news = env.run({QStringLiteral("editions"), QStringLiteral("remove"), QStringLiteral("news")});
    EXPECT_EQ(news.exitCode, 1);
    EXPECT_TRUE(news.stderrText().contains(QLatin1String("News"))) << news.describe().toStdString();
    EXPECT_EQ(env.run({QStringLiteral("editions"), QStringLiteral("remove"), QStringLiteral("robotics-watch")}).exitCode, 0);
    EXPECT_FALSE(env.run({QStringLiteral("editions")}).stdoutText().contains(QLatin1String("robotics")));
    EXPECT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--edition"),
                       QStringLiteral("robotics-watch")}).exitCode, 2);
}
