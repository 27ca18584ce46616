// The window's single-instance channel: a second start for the same profile
// reaches the first window's server; another profile does not.
#include "service/SingleInstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using service::SingleInstance;

namespace {

// Runs activateRunning on a thread (it blocks) while this thread's event
// loop serves the in-process server; returns its answer.
bool activateFromAnotherThread(const QString &profileDir)
{
    std::atomic<bool> answer{false};
    std::unique_ptr<QThread> client(
        QThread::create([&answer, profileDir] { answer = SingleInstance::activateRunning(profileDir, 10000); }));
    client->start();
    const QDeadlineTimer deadline(20000);
    while (!client->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    client->wait();
    return answer;
}

} // namespace

TEST(SingleInstance, ServerNameIsStableForOneProfileAndDiffersForAnother)
{
    QTemporaryDir root;
    const QString a = root.filePath(QStringLiteral("a"));
    const QString b = root.filePath(QStringLiteral("b"));
    ASSERT_TRUE(QDir().mkpath(a));
    ASSERT_TRUE(QDir().mkpath(b));
    const QString link = root.filePath(QStringLiteral("link-to-a"));
    ASSERT_TRUE(QFile::link(a, link));

    EXPECT_EQ(SingleInstance::serverName(a), SingleInstance::serverName(a));
    EXPECT_EQ(SingleInstance::serverName(a), SingleInstance::serverName(a + QStringLiteral("/")));
    EXPECT_EQ(SingleInstance::serverName(a), SingleInstance::serverName(b + QStringLiteral("/../a")));
    EXPECT_EQ(SingleInstance::serverName(a), SingleInstance::serverName(link)); // the canonical folder
    EXPECT_NE(SingleInstance::serverName(a), SingleInstance::serverName(b));
    EXPECT_TRUE(SingleInstance::serverName(a).startsWith(QStringLiteral("daily-insights-")));
}

TEST(SingleInstance, ASecondStartForTheSameProfileActivatesTheFirst)
{
    QTemporaryDir profile;
    SingleInstance first;
    QString error;
    ASSERT_TRUE(first.listen(profile.path(), &error)) << error.toStdString();
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    EXPECT_TRUE(activateFromAnotherThread(profile.path() + QStringLiteral("/.")));
    EXPECT_EQ(activated.count(), 1);
    // Again: the server keeps answering.
    EXPECT_TRUE(activateFromAnotherThread(profile.path()));
    EXPECT_EQ(activated.count(), 2);
}

TEST(SingleInstance, AnotherProfileOrNoWindowIsNotActivated)
{
    QTemporaryDir profile;
    QTemporaryDir other;
    SingleInstance first;
    ASSERT_TRUE(first.listen(profile.path()));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    EXPECT_FALSE(activateFromAnotherThread(other.path())); // nobody listens for it (a CLI holder, say)
    EXPECT_EQ(activated.count(), 0);
}

TEST(SingleInstance, ASocketLeftByACrashedWindowIsReplaced)
{
    QTemporaryDir profile;
    // What a killed window leaves: the socket's file with nobody behind it.
    const QString path = QDir(QDir::tempPath()).filePath(SingleInstance::serverName(profile.path()));
    QFile stale(path);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.close();

    SingleInstance next;
    QString error;
    EXPECT_TRUE(next.listen(profile.path(), &error)) << error.toStdString();
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    EXPECT_TRUE(activateFromAnotherThread(profile.path()));
    EXPECT_EQ(activated.count(), 1);
}
