// The real QtKeychain store on a machine without a usable keychain: run in
// a child process whose environment has no D-Bus session bus, no display and
// an empty HOME, so nothing can be autolaunched or written.
#include "secrets/KeychainErrors.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace secrets;

namespace {
constexpr const char *kChildFlag = "DI_KEYCHAIN_NO_BUS_CHILD";
}

// Runs only inside the child started below (disabled in a normal run).
TEST(KeychainWithoutBus, DISABLED_ChildSide)
{
    ASSERT_TRUE(qEnvironmentVariableIsSet(kChildFlag));
    KeychainSecretStore store;
    bool readDone = false;
    SecretStore::ReadResult read;
    store.read(apiKeyEntry(QStringLiteral("openai")), [&](const SecretStore::ReadResult &r) {
        read = r;
        readDone = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return readDone; }, 20000));
    EXPECT_EQ(read.status, SecretStore::Status::NoBackend);
    EXPECT_TRUE(read.error.startsWith(noBackendMessage())) << read.error.toStdString();
    EXPECT_TRUE(read.secret.isEmpty());

    bool writeDone = false;
    SecretStore::Status writeStatus = SecretStore::Status::Ok;
    store.write(apiKeyEntry(QStringLiteral("openai")), QStringLiteral("sk-never-stored"),
                [&](SecretStore::Status s, const QString &) {
                    writeStatus = s;
                    writeDone = true;
                });
    ASSERT_TRUE(QTest::qWaitFor([&] { return writeDone; }, 20000));
    EXPECT_EQ(writeStatus, SecretStore::Status::NoBackend);
}

TEST(KeychainWithoutBus, ReportsNoBackendWithAdvice)
{
    QTemporaryDir home;
    QTemporaryDir runtime;
    ASSERT_TRUE(home.isValid() && runtime.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "DAILY_INSIGHTS_API_KEY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()); // no $XDG_RUNTIME_DIR/bus
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QString::fromLatin1(kChildFlag), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_also_run_disabled_tests"),
                 QStringLiteral("--gtest_filter=KeychainWithoutBus.DISABLED_ChildSide")});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
    // No silent plaintext fallback: the secret is in no file of HOME.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains("sk-never-stored")) << file.fileName().toStdString();
    }
}
