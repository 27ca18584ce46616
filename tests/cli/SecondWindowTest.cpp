// The real executable: a second window start for a profile that a window
// already holds brings that window forward and exits 0 without a dialog.
#include "CliRunner.h"

#include "service/SingleInstance.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>

using clitest::CliEnv;
using clitest::CliResult;

TEST(SecondWindow, ASecondStartForTheSameProfileActivatesTheFirstAndExits)
{
    CliEnv env;
    ASSERT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("general.refresh_on_start"),
                       QStringLiteral("false")})
                  .exitCode,
              0);
    const QString name = service::SingleInstance::serverName(env.profile());
    const QString socket = QDir(QDir::tempPath()).filePath(name);
    std::unique_ptr<QProcess> first = env.start({}); // the window
    ASSERT_TRUE(first->waitForStarted(30000));
    // Listening once its socket exists (it removes any stale one first).
    const QDeadlineTimer deadline(60000);
    while (!QFileInfo::exists(socket) && first->state() == QProcess::Running && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_EQ(first->state(), QProcess::Running) << first->readAllStandardError().toStdString();
    ASSERT_TRUE(QFileInfo::exists(socket));

    // The offscreen platform says so each time a window is raised: the trace of an activation.
    QByteArray firstErr = first->readAllStandardError();
    const int raisedBefore = int(firstErr.count("support raise()"));

    const CliResult second = env.run({}, {}, 30000); // no command: a window start
    EXPECT_TRUE(second.finished) << second.describe().toStdString();
    EXPECT_EQ(second.exitCode, 0) << second.describe().toStdString();
    EXPECT_TRUE(second.stderrText().contains(QStringLiteral("already open for this profile")))
        << second.describe().toStdString();
    EXPECT_FALSE(second.stderrText().contains(QStringLiteral("newer"))) << second.describe().toStdString();
    // The first window got the request and raised itself.
    const QDeadlineTimer raised(20000);
    while (firstErr.count("support raise()") == raisedBefore && !raised.hasExpired()) {
        first->waitForReadyRead(100);
        firstErr += first->readAllStandardError();
    }
    EXPECT_EQ(int(firstErr.count("support raise()")), raisedBefore + 1) << firstErr.toStdString();
    EXPECT_EQ(first->state(), QProcess::Running);

    first->terminate();
    if (!first->waitForFinished(20000))
        first->kill();
    first->waitForFinished(5000);
    QLocalServer::removeServer(name); // a terminated window leaves its socket file
}
