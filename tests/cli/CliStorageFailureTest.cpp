// `refresh` on a full disk (issue 8, item 8): the real executable runs with
// a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), so that SQLite cannot
// grow its files, as when the disk is full. What was fetched and not saved
// must fail the command, and nothing may pass for stored.

#include "CliRunner.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>
#include <sys/resource.h>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

// About 1.5 MB of articles (and as much again for their search index).
QByteArray bulkyFeed()
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bulky</title>"
                     "<link>https://bulky.example/</link>";
    for (int i = 0; i < 100; ++i) {
        QByteArray words;
        for (int w = 0; w < 1500; ++w)
            words += "i" + QByteArray::number(i) + "w" + QByteArray::number(w) + ' ';
        xml += "<item><title>Bulky article number " + QByteArray::number(i) + "</title><link>https://bulky.example/"
               + QByteArray::number(i) + "</link><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate><description>"
               + words + "</description></item>";
    }
    return xml + "</channel></rss>";
}

qint64 largestFileUnder(const QString &dir)
{
    qint64 largest = 0;
    for (const QString &f : clitest::filesUnder(dir))
        largest = std::max(largest, QFileInfo(f).size());
    return largest;
}

// `daily-insights <args> --profile <profile>`, unable to make any file
// larger than `maxFileBytes`.
CliResult runWithFileSizeLimit(CliEnv &env, const QStringList &args, qint64 maxFileBytes)
{
    QProcess process;
    process.setProcessEnvironment(env.environment());
    process.setProgram(clitest::binaryPath());
    process.setArguments(args + QStringList{QStringLiteral("--profile"), env.profile()});
    process.setChildProcessModifier([maxFileBytes] {
        // A write past the limit then fails with EFBIG instead of killing
        // the process (the disposition survives exec).
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start();
    process.closeWriteChannel();
    return CliEnv::wait(process, 60000);
}

} // namespace

TEST(CliStorageFailure, RefreshOnAFullDiskFailsWithTheReasonAndTheNextRefreshStoresEverything)
{
    CliEnv env;
    ASSERT_TRUE(env.isValid());
    TestHttpServer server;
    const QByteArray feed = bulkyFeed();
    server.route("/bulky.xml", [&feed](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, feed, {{"Content-Type", "application/rss+xml"}});
    });
    server.route("/small.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200,
                  "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Small</title>"
                  "<item><title>Small news</title><link>https://small.example/1</link>"
                  "<pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>",
                  {{"Content-Type", "application/rss+xml"}});
    });
    const QString bulky = server.url(QStringLiteral("/bulky.xml")).toString();
    const QString small = server.url(QStringLiteral("/small.xml")).toString();
    for (const QString &url : {bulky, small}) {
        const CliResult added = env.run({QStringLiteral("sources"), QStringLiteral("add"), url});
        ASSERT_EQ(added.exitCode, 0) << added.describe().toStdString();
    }
    const QStringList refresh{QStringLiteral("refresh"), QStringLiteral("--source"), small,
                              QStringLiteral("--source"), bulky};
    const CliResult first = env.run({QStringLiteral("refresh"), QStringLiteral("--source"), small});
    ASSERT_EQ(first.exitCode, 0) << first.describe().toStdString();

    // Room for what the profile holds now and a little more, not for the
    // bulky feed. The small one is unchanged: not every source fails, so
    // only the failed save can make the exit status non-zero.
    const qint64 limit = largestFileUnder(env.profile()) + 256 * 1024;
    const CliResult full = runWithFileSizeLimit(env, refresh, limit);
    ASSERT_TRUE(full.finished) << full.describe().toStdString();
    EXPECT_EQ(full.exitCode, 1) << full.describe().toStdString();
    EXPECT_TRUE(full.stderrText().contains(QStringLiteral("could not be saved"))) << full.describe().toStdString();
    EXPECT_TRUE(full.stdoutText().contains(QStringLiteral("unchanged"))) << full.describe().toStdString();
    EXPECT_TRUE(full.stdoutText().contains(QStringLiteral("failed"))) << full.describe().toStdString();
    EXPECT_TRUE(full.stdoutText().contains(QStringLiteral(" 0 new articles"))) << full.describe().toStdString();

    const auto stored = [&env] {
        const CliResult r = env.run({QStringLiteral("articles"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                     QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
        return QJsonDocument::fromJson(r.out).array().size();
    };
    EXPECT_EQ(stored(), 0);

    // With room again, the same feed is stored (it was not marked as seen).
    const CliResult next = env.run(refresh);
    EXPECT_EQ(next.exitCode, 0) << next.describe().toStdString();
    EXPECT_EQ(stored(), 100);
}
