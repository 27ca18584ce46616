// The QtKeychain store against a real Secret Service. Run by ctest inside a
// private D-Bus session with gnome-keyring-daemon unlocked and an isolated
// HOME (tests/cmake/keychain.cmake); never against the user's own keyring.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTest>
#include <gtest/gtest.h>

using namespace secrets;
using Status = SecretStore::Status;

namespace {

SecretStore::ReadResult readKey(SecretStore &store, const QString &key)
{
    bool done = false;
    SecretStore::ReadResult out;
    store.read(key, [&](const SecretStore::ReadResult &r) {
        out = r;
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
    return out;
}

QPair<Status, QString> change(SecretStore &store, const QString &key, const QString *secret)
{
    bool done = false;
    QPair<Status, QString> out{Status::Error, QString()};
    auto callback = [&](Status s, const QString &e) {
        out = {s, e};
        done = true;
    };
    if (secret)
        store.write(key, *secret, callback);
    else
        store.remove(key, callback);
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
    return out;
}

} // namespace

TEST(KeychainSecretService, WriteReadDeleteWithUnicodeSecret)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        << "run through ctest: it starts a private D-Bus session with gnome-keyring";
    KeychainSecretStore store;
    const QString key = apiKeyEntry(QStringLiteral("openai"));
    const QString secret = QStringLiteral("sk-유니코드-🔑-ключ-\"quoted\"");

    const auto written = change(store, key, &secret);
    ASSERT_EQ(written.first, Status::Ok) << written.second.toStdString();

    const auto read = readKey(store, key);
    ASSERT_EQ(read.status, Status::Ok) << read.error.toStdString();
    EXPECT_EQ(read.secret, secret);

    // Another entry is independent.
    EXPECT_EQ(readKey(store, apiKeyEntry(QStringLiteral("anthropic"))).status, Status::NotFound);

    // Overwrite, then a chain of operations started from callbacks (each
    // deferred by the store, never started inside a job's finished signal).
    const QString second = QStringLiteral("sk-second");
    bool chainDone = false;
    SecretStore::ReadResult chained;
    store.write(key, second, [&](Status s, const QString &) {
        ASSERT_EQ(s, Status::Ok);
        store.read(key, [&](const SecretStore::ReadResult &r) {
            chained = r;
            chainDone = true;
        });
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return chainDone; }, 20000));
    EXPECT_EQ(chained.status, Status::Ok);
    EXPECT_EQ(chained.secret, second);

    const auto removed = change(store, key, nullptr);
    EXPECT_EQ(removed.first, Status::Ok) << removed.second.toStdString();

    const auto after = readKey(store, key);
    EXPECT_EQ(after.status, Status::NotFound) << after.error.toStdString();
    EXPECT_TRUE(after.secret.isEmpty());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
