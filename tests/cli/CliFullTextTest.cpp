// `sources set --full-text/--images`, `sources list` with the full-text
// counts, and `refresh` running the full-text stage, through the real executable.

#include "CliRunner.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

QString sourceLine(CliEnv &env, const QString &url)
{
    const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    for (const QString &line : r.stdoutLines()) {
        if (line.mid(2).startsWith(url + QLatin1Char('\t')))
            return line;
    }
    ADD_FAILURE() << "no line for " << url.toStdString() << "\n" << r.describe().toStdString();
    return {};
}

} // namespace

TEST(CliFullText, SourcesSetStoresTheReadingOptionsAndListShowsThem)
{
    CliEnv env;
    const QString url = QStringLiteral("https://news.example/feed.xml");
    ASSERT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("add"), url}).exitCode, 0);
    EXPECT_TRUE(sourceLine(env, url).endsWith(QLatin1String("\tfull text: off, images: off")))
        << sourceLine(env, url).toStdString();

    CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("set"), url, QStringLiteral("--full-text"),
                           QStringLiteral("auto"), QStringLiteral("--images"), QStringLiteral("on")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    EXPECT_TRUE(sourceLine(env, url).endsWith(QLatin1String("\tfull text: auto, images: on")));

    // One option at a time leaves the other as it was.
    r = env.run({QStringLiteral("sources"), QStringLiteral("set"), url, QStringLiteral("--full-text"), QStringLiteral("on")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    EXPECT_TRUE(sourceLine(env, url).endsWith(QLatin1String("\tfull text: on, images: on")));

    // Bad input: a clear error, nothing changed.
    r = env.run({QStringLiteral("sources"), QStringLiteral("set"), url, QStringLiteral("--full-text"), QStringLiteral("always")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("off, on or auto"))) << r.describe().toStdString();
    r = env.run({QStringLiteral("sources"), QStringLiteral("set"), url, QStringLiteral("--images"), QStringLiteral("maybe")});
    EXPECT_EQ(r.exitCode, 2);
    r = env.run({QStringLiteral("sources"), QStringLiteral("set"), url});
    EXPECT_EQ(r.exitCode, 2);
    r = env.run({QStringLiteral("sources"), QStringLiteral("set"), QStringLiteral("https://unknown.example/x"),
                 QStringLiteral("--images"), QStringLiteral("off")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("no source with URL"))) << r.describe().toStdString();
    EXPECT_TRUE(sourceLine(env, url).endsWith(QLatin1String("\tfull text: on, images: on")));
}

TEST(CliFullText, RefreshFetchesThePagesAndListCountsTheFailures)
{
    TestHttpServer server;
    const QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title>"
                            "<item><title>Gone page</title><link>" + server.url(QStringLiteral("/a/gone")).toEncoded()
                            + "</link><description>Teaser.</description></item>"
                              "<item><title>A PDF</title><link>" + server.url(QStringLiteral("/a/pdf")).toEncoded()
                            + "</link><description>Teaser.</description></item>"
                              "<item><title>A story</title><link>" + server.url(QStringLiteral("/a/story")).toEncoded()
                            + "</link><description>Teaser.</description></item></channel></rss>";
    QByteArray story = "<html><head><title>A story</title></head><body><nav>Home</nav><article><h1>A story</h1>";
    for (int i = 0; i < 6; ++i)
        story += "<p>The model was trained, measured, and compared with the others, and it did well on every "
                 "benchmark the laboratory tried, which surprised the researchers who built it.</p>";
    story += "</article><footer>Copyright</footer></body></html>";
    server.route("/a/story", [story](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, story, {{"Content-Type", "text/html"}});
    });
    server.route("/feed.xml", [feed](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, feed, {{"Content-Type", "application/rss+xml"}});
    });
    server.route("/a/gone", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404); });
    server.route("/a/pdf", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "%PDF-1.4", {{"Content-Type", "application/pdf"}});
    });

    CliEnv env;
    const QString url = server.url(QStringLiteral("/feed.xml")).toString();
    ASSERT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("add"), url}).exitCode, 0);
    ASSERT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("set"), url, QStringLiteral("--full-text"),
                       QStringLiteral("on")}).exitCode, 0);

    const CliResult r = env.run({QStringLiteral("refresh"), QStringLiteral("--source"), url});
    ASSERT_TRUE(r.finished) << r.describe().toStdString();
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString(); // a page that fails is not a failed refresh
    EXPECT_TRUE(r.stdoutText().contains(QLatin1String("Full text: 3 pages, 1 ok, 2 failed"))) << r.describe().toStdString();
    int pages = 0;
    for (const TestHttpRequest &req : server.requests())
        pages += req.pathOnly().startsWith("/a/") ? 1 : 0;
    EXPECT_EQ(pages, 3);

    EXPECT_TRUE(sourceLine(env, url).contains(QLatin1String("\tfull text: on (1 ok, 2 failed), images: off")))
        << sourceLine(env, url).toStdString();

    // Within the backoff a second refresh leaves the failed pages alone, and the ok one for good.
    ASSERT_EQ(env.run({QStringLiteral("refresh"), QStringLiteral("--source"), url}).exitCode, 0);
    pages = 0;
    for (const TestHttpRequest &req : server.requests())
        pages += req.pathOnly().startsWith("/a/") ? 1 : 0;
    EXPECT_EQ(pages, 3);
}
