// Under cron and systemd timers neither XDG_RUNTIME_DIR nor QT_QPA_PLATFORM
// is set. Every command must then print only its own output: no Qt warning
// about the runtime folder or the platform plugin on stderr.
#include "CliRunner.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

// Text only Qt itself writes: a command's own messages never say these.
const QStringList kQtNoise = {QStringLiteral("QStandardPaths"),
                              QStringLiteral("XDG_RUNTIME_DIR"),
                              QStringLiteral("qt.qpa"),
                              QStringLiteral("QPA"),
                              QStringLiteral("platform plugin"),
                              QStringLiteral("QSocketNotifier"),
                              QStringLiteral("propagateSizeHints")};

QString noiseIn(const QString &text)
{
    for (const QString &n : kQtNoise) {
        if (text.contains(n, Qt::CaseInsensitive))
            return n;
    }
    return {};
}

} // namespace

TEST(CliQuiet, EveryCommandWithoutRuntimeDirOrPlatformPrintsOnlyItsOwnOutput)
{
    CliEnv env;
    env.unsetEnv(QStringLiteral("XDG_RUNTIME_DIR"));
    env.unsetEnv(QStringLiteral("QT_QPA_PLATFORM"));
    env.setEnv(QStringLiteral("TMPDIR"), env.makeDir(QStringLiteral("tmp")));
    const QString day = QStringLiteral("2026-11-20");
    const QString exportDir = env.makeDir(QStringLiteral("export"));
    const QString opml = QDir(env.root()).filePath(QStringLiteral("sources.opml"));
    const QString page = testpaths::corpus(QStringLiteral("readability/article-author-tag/source.html"));

    struct Call
    {
        QStringList args;
        bool withProfile = true;
        bool mustSucceed = true;
    };
    const QList<Call> calls = {
        {{QStringLiteral("--version")}, false},
        {{QStringLiteral("--help")}, false},
        {{QStringLiteral("refresh"), QStringLiteral("--demo")}},
        {{QStringLiteral("articles"), QStringLiteral("--demo"), QStringLiteral("--date"), day}},
        {{QStringLiteral("articles"), QStringLiteral("--date"), day, QStringLiteral("--json")}},
        {{QStringLiteral("sources"), QStringLiteral("list")}},
        {{QStringLiteral("sources"), QStringLiteral("export"), opml}},
        {{QStringLiteral("categories"), QStringLiteral("list")}},
        {{QStringLiteral("config"), QStringLiteral("list")}},
        {{QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("llm.provider")}},
        {{QStringLiteral("key"), QStringLiteral("status")}, true, false}, // no keychain here: its own message
        {{QStringLiteral("search"), QStringLiteral("model")}},
        // The Markdown export draws the chart PNG with the offscreen renderer.
        {{QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), day,
          QStringLiteral("--export"), exportDir}},
        {{QStringLiteral("digest"), QStringLiteral("--offline"), QStringLiteral("--date"), day,
          QStringLiteral("--export"), exportDir, QStringLiteral("--format"), QStringLiteral("html")}},
        {{QStringLiteral("import-digest"), QStringLiteral(DI_FIXTURES_DIR "/export/news_2026-11-18.md")}},
        {{QStringLiteral("extract"), page}, false},
        {{QStringLiteral("digest"), QStringLiteral("--help")}, false},
    };
    for (const Call &call : calls) {
        const CliResult r = call.withProfile ? env.run(call.args) : env.runBare(call.args);
        const std::string what = call.args.join(QLatin1Char(' ')).toStdString();
        ASSERT_TRUE(r.finished) << what << "\n" << r.describe().toStdString();
        if (call.mustSucceed) {
            EXPECT_EQ(r.exitCode, 0) << what << "\n" << r.describe().toStdString();
        }
        EXPECT_EQ(noiseIn(r.stderrText()), QString()) << what << "\n" << r.describe().toStdString();
        EXPECT_EQ(noiseIn(r.stdoutText()), QString()) << what << "\n" << r.describe().toStdString();
    }
    EXPECT_TRUE(QFileInfo::exists(QDir(exportDir).filePath(QStringLiteral("news_%1.png").arg(day))));
}

TEST(CliQuiet, CommandsThatSucceedQuietlyLeaveStderrEmpty)
{
    CliEnv env;
    env.unsetEnv(QStringLiteral("XDG_RUNTIME_DIR"));
    env.unsetEnv(QStringLiteral("QT_QPA_PLATFORM"));
    env.setEnv(QStringLiteral("TMPDIR"), env.makeDir(QStringLiteral("tmp")));
    for (const QStringList &args : {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("--help")},
                                    QStringList{QStringLiteral("config"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("categories"), QStringLiteral("list")}}) {
        const CliResult r = env.run(args);
        EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
        EXPECT_EQ(r.stderrText(), QString()) << args.join(QLatin1Char(' ')).toStdString();
    }
}

// TMPDIR/runtime-UID exists but is open to others (or someone else's): it is
// not used, and Qt is still not left to warn about a missing runtime folder.
TEST(CliQuiet, AnUnusableRuntimeFolderInTmpIsNotNoisyEither)
{
    CliEnv env;
    env.unsetEnv(QStringLiteral("XDG_RUNTIME_DIR"));
    env.unsetEnv(QStringLiteral("QT_QPA_PLATFORM"));
    const QString tmp = env.makeDir(QStringLiteral("tmp"));
    env.setEnv(QStringLiteral("TMPDIR"), tmp);
    const QString shared = env.makeDir(QStringLiteral("tmp/runtime-%1").arg(::geteuid()));
    ASSERT_TRUE(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther));
    if (QFileInfo(QStringLiteral("/run/user/%1").arg(::geteuid())).isDir())
        GTEST_SKIP() << "/run/user/UID exists: the session's folder is used";
    const CliResult r = env.run({QStringLiteral("config"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    EXPECT_EQ(r.stderrText(), QString()) << r.describe().toStdString();
    // The run's own folder is gone again; the shared one is untouched.
    EXPECT_EQ(QDir(tmp).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QFileInfo(shared).fileName()});
}
