#include "export/SeedDigestImporter.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

using exporter::ImportedDigest;
using exporter::SeedDigestImporter;

// Issue 13: a Papers digest is recognised by its title line, its chart
// link or its file name, each alone; a News and a Papers digest of one
// date name different editions.
namespace {

const QString kDay = QStringLiteral("2026-11-18");

QByteArray papersFixture()
{
    return testpaths::readAll(testpaths::fixture(QStringLiteral("export/papers-2026-11-18.md")));
}

// The fixture with another first line.
QByteArray withTitleLine(const QByteArray &title)
{
    QByteArray doc = papersFixture();
    const qsizetype end = doc.indexOf('\n');
    return title + doc.mid(end);
}

void expectPapersSections(const ImportedDigest &d)
{
    ASSERT_TRUE(d.ok) << d.error.toStdString();
    EXPECT_EQ(d.day, kDay);
    ASSERT_EQ(d.sections.size(), 3);
    EXPECT_EQ(d.sections.at(0).emoji.toStdString(), "🤩");
    EXPECT_EQ(d.sections.at(0).categoryName.toStdString(), "Recommender Systems");
    EXPECT_EQ(d.sections.at(1).categoryName.toStdString(), "Computer Vision");
    EXPECT_EQ(d.sections.at(2).categoryName.toStdString(), "LLM & NLP");
    ASSERT_EQ(d.sections.at(0).sources.size(), 2);
    EXPECT_EQ(d.sections.at(0).sources.at(1).title.toStdString(),
              "Even Board: A Benchmark for Popularity Bias (with Ablations)");
    EXPECT_EQ(d.sections.at(0).sources.at(1).url.toStdString(), "https://arxiv.org/abs/2611.00002");
    EXPECT_TRUE(d.sections.at(0).summaryMarkdown.contains(QStringLiteral("메아리 추천기")));
}

} // namespace

TEST(EditionImport, APapersDigestIsRecognisedByAllThreeSignals)
{
    const ImportedDigest d = SeedDigestImporter::parse(papersFixture(), QStringLiteral("Papers_2026-11-18_report.md"));
    expectPapersSections(d);
    EXPECT_EQ(d.editionKey.toStdString(), "papers");
}

TEST(EditionImport, TheTitleLineAloneNamesTheEdition)
{
    // The chart's prefix is no edition's and the file name names none.
    const ImportedDigest d = SeedDigestImporter::parse(
        withTitleLine(
            "# Daily Artificial Intelligence Insights : Papers![Category Distribution Graph](chart_2026-11-18.png)"),
        QStringLiteral("upload.md"));
    expectPapersSections(d); // the day from the chart link, whatever its prefix
    EXPECT_EQ(d.editionKey.toStdString(), "papers");

    const ImportedDigest lower = SeedDigestImporter::parse(
        withTitleLine("# daily artificial intelligence insights : PAPERS"), QStringLiteral("digest-2026-11-18.md"));
    ASSERT_TRUE(lower.ok) << lower.error.toStdString();
    EXPECT_EQ(lower.editionKey.toStdString(), "papers");
    // Only the part after " : " need name it.
    const ImportedDigest shortTitle =
        SeedDigestImporter::parse(withTitleLine("# My reading list : papers"), QStringLiteral("digest-2026-11-18.md"));
    EXPECT_EQ(shortTitle.editionKey.toStdString(), "papers");
}

TEST(EditionImport, TheChartLinkAloneNamesTheEditionAndTheDay)
{
    const ImportedDigest d = SeedDigestImporter::parse(
        withTitleLine("# Today's reading![Category Distribution Graph](paper_2026-11-18.png)"),
        QStringLiteral("upload.md"));
    expectPapersSections(d);
    EXPECT_EQ(d.editionKey.toStdString(), "papers");
}

TEST(EditionImport, TheFileNameAloneNamesTheEditionAndTheDay)
{
    const QByteArray doc = withTitleLine("# Today's reading![Category Distribution Graph](chart.png)");
    for (const char *name : {"Papers_2026-11-18_report.md", "papers_2026-11-18_report.md", "paper_2026-11-18.md",
                             "/home/me/Downloads/PAPER_2026-11-18.md"}) {
        const ImportedDigest d = SeedDigestImporter::parse(doc, QString::fromUtf8(name));
        SCOPED_TRACE(name);
        expectPapersSections(d); // before editions: "no date found"
        EXPECT_EQ(d.editionKey.toStdString(), "papers");
    }
    EXPECT_EQ(SeedDigestImporter::dayFromFileName(QStringLiteral("Papers_2026-11-18_report.md")), kDay);
    EXPECT_EQ(SeedDigestImporter::dayFromFileName(QStringLiteral("paper_2026-02-30.md")), QString());
}

TEST(EditionImport, NothingNamingAnEditionLeavesTheKeyEmpty)
{
    const ImportedDigest d = SeedDigestImporter::parse(withTitleLine("# Today's reading![chart](chart.png)"),
                                                       QStringLiteral("digest-2026-11-18.md"));
    ASSERT_TRUE(d.ok) << d.error.toStdString();
    EXPECT_TRUE(d.editionKey.isEmpty()) << d.editionKey.toStdString();
    // An unknown edition's names give a day from the chart link, no edition.
    const ImportedDigest unknown = SeedDigestImporter::parse(
        withTitleLine("# Daily Artificial Intelligence Insights : Gardening![c](garden_2026-11-18.png)"),
        QStringLiteral("Gardening_2026-11-18_report.md"));
    ASSERT_TRUE(unknown.ok) << unknown.error.toStdString();
    EXPECT_EQ(unknown.day, kDay);
    EXPECT_TRUE(unknown.editionKey.isEmpty()) << unknown.editionKey.toStdString();
}

TEST(EditionImport, ANewsAndAPapersDigestOfOneDateNameDifferentEditions)
{
    const QByteArray news = withTitleLine(
        "# Daily Artificial Intelligence Insights : News![Category Distribution Graph](news_2026-11-18.png)");
    const ImportedDigest n = SeedDigestImporter::parse(news, QStringLiteral("news_2026-11-18.md"));
    const ImportedDigest p = SeedDigestImporter::parse(papersFixture(), QStringLiteral("paper_2026-11-18.md"));
    ASSERT_TRUE(n.ok && p.ok);
    EXPECT_EQ(n.day, p.day);
    EXPECT_EQ(n.editionKey.toStdString(), "news");
    EXPECT_EQ(p.editionKey.toStdString(), "papers");
    // The seeds of the old system are News.
    const ImportedDigest seed =
        SeedDigestImporter::parse(testpaths::readAll(testpaths::seeds(QStringLiteral("digest-2024-10-29.md"))),
                                  QStringLiteral("digest-2024-10-29.md"));
    ASSERT_TRUE(seed.ok) << seed.error.toStdString();
    EXPECT_EQ(seed.editionKey.toStdString(), "news");
}

TEST(EditionImport, TheTitleLineWinsOverTheFileName)
{
    const ImportedDigest d = SeedDigestImporter::parse(papersFixture(), QStringLiteral("news_2026-11-18.md"));
    ASSERT_TRUE(d.ok) << d.error.toStdString();
    EXPECT_EQ(d.editionKey.toStdString(), "papers");
}

TEST(EditionImport, AUsersEditionIsRecognisedByItsNames)
{
    Edition robotics;
    robotics.key = QStringLiteral("robotics-watch");
    robotics.name = QStringLiteral("Robotics watch");
    robotics.titleLine = QStringLiteral("Robot Letters : Robotics watch");
    robotics.filePrefix = QStringLiteral("robotics_watch");
    const QList<Edition> known{editions::news(), editions::papers(), robotics};
    const QByteArray plain = withTitleLine("# Today's reading");

    const ImportedDigest byPrefix =
        SeedDigestImporter::parse(plain, QStringLiteral("robotics_watch_2026-11-18.md"), known);
    ASSERT_TRUE(byPrefix.ok) << byPrefix.error.toStdString();
    EXPECT_EQ(byPrefix.editionKey.toStdString(), "robotics-watch");
    const ImportedDigest byName =
        SeedDigestImporter::parse(plain, QStringLiteral("Robotics watch_2026-11-18_report.md"), known);
    EXPECT_EQ(byName.editionKey.toStdString(), "robotics-watch");
    const ImportedDigest byTitle =
        SeedDigestImporter::parse(withTitleLine("# robot letters : ROBOTICS WATCH![c](robotics_watch_2026-11-18.png)"),
                                  QStringLiteral("x.md"), known);
    ASSERT_TRUE(byTitle.ok) << byTitle.error.toStdString();
    EXPECT_EQ(byTitle.day, kDay);
    EXPECT_EQ(byTitle.editionKey.toStdString(), "robotics-watch");
    // Without it in the list, nothing names an edition.
    EXPECT_TRUE(SeedDigestImporter::parse(plain, QStringLiteral("robotics_watch_2026-11-18.md")).editionKey.isEmpty());
}

TEST(EditionImport, TheTitleLineMayFollowAnotherHeading)
{
    const ImportedDigest d =
        SeedDigestImporter::parse(withTitleLine("# Forwarded\n# Daily Artificial Intelligence Insights : "
                                                "Papers![Category Distribution Graph](paper_2026-11-18.png)"),
                                  QStringLiteral("upload.md"));
    expectPapersSections(d);
    EXPECT_EQ(d.editionKey.toStdString(), "papers");
}
