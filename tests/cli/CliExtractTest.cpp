// `daily-insights extract` (issue 9, section 2): the real executable on a
// corpus page, with --json, and on files that are not HTML.

#include "CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

QString corpusPage(const char *name)
{
    return testpaths::corpus(QStringLiteral("readability/%1/source.html").arg(QLatin1String(name)));
}

} // namespace

TEST(CliExtract, PrintsTitleBylineExcerptAndText)
{
    CliEnv env;
    const CliResult r = env.runBare({QStringLiteral("extract"), corpusPage("article-author-tag")});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const QString text = r.stdoutText();
    EXPECT_TRUE(text.startsWith(QLatin1String("Title: The Deck of Cards That Made Tarot A Global Phenomenon\n")))
        << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("\nByline: Laura June Topolsky\n")));
    EXPECT_TRUE(text.contains(QLatin1String("\nSite: Atlas Obscura\n")));
    EXPECT_TRUE(text.contains(QLatin1String("\nExcerpt: Picture a deck of tarot cards.")));
    EXPECT_TRUE(text.contains(QLatin1String("Stuart R. Kaplan")));
    EXPECT_TRUE(r.err.isEmpty()) << r.describe().toStdString();
}

TEST(CliExtract, JsonCarriesTheSanitisedHtml)
{
    CliEnv env;
    const CliResult r = env.runBare({QStringLiteral("extract"), corpusPage("base-url"), QStringLiteral("--url"),
                                     QStringLiteral("https://example.org/dir/page.html"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.describe().toStdString();
    for (const char *key : {"title", "byline", "excerpt", "siteName", "wordCount", "text", "html"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QLatin1String("schema_version")).toInt(), 1);
    const QString html = o.value(QLatin1String("html")).toString();
    EXPECT_TRUE(html.contains(QLatin1String("href=\"https://example.org/")));
    EXPECT_FALSE(html.contains(QLatin1String("<script")));
    EXPECT_GT(o.value(QLatin1String("wordCount")).toInt(), 100);
}

TEST(CliExtract, RefusesWhatIsNotAnArticle)
{
    CliEnv env;
    const QString dir = env.makeDir(QStringLiteral("files"));
    QFile png(dir + QStringLiteral("/image.html"));
    ASSERT_TRUE(png.open(QIODevice::WriteOnly));
    png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    png.close();
    CliResult r = env.runBare({QStringLiteral("extract"), png.fileName()});
    EXPECT_EQ(r.exitCode, 1) << r.describe().toStdString();
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("not an HTML page (binary data)"))) << r.describe().toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    QFile tiny(dir + QStringLiteral("/tiny.html"));
    ASSERT_TRUE(tiny.open(QIODevice::WriteOnly));
    tiny.write("<html><body><p>Sign in</p></body></html>");
    tiny.close();
    r = env.runBare({QStringLiteral("extract"), tiny.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("no main content found"))) << r.describe().toStdString();

    r = env.runBare({QStringLiteral("extract"), dir + QStringLiteral("/missing.html")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("cannot read"))) << r.describe().toStdString();

    r = env.runBare({QStringLiteral("extract")});
    EXPECT_EQ(r.exitCode, 2);
    r = env.runBare({QStringLiteral("extract"), tiny.fileName(), QStringLiteral("--url"), QStringLiteral("ftp://x/")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("--url needs an http(s) address")));
}
