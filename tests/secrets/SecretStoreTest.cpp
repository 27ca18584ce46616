#include "secrets/EnvOverrideSecretStore.h"
#include "secrets/KeychainErrors.h"
#include "secrets/MemorySecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <qt6keychain/keychain.h>

using namespace secrets;
using Status = SecretStore::Status;

namespace {

SecretStore::ReadResult readNow(SecretStore &store, const QString &key)
{
    bool called = false;
    SecretStore::ReadResult out;
    store.read(key, [&](const SecretStore::ReadResult &r) {
        out = r;
        called = true;
    });
    EXPECT_FALSE(called) << "the callback must run after read() returns";
    EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 5000));
    return out;
}

QPair<Status, QString> writeNow(SecretStore &store, const QString &key, const QString *secret)
{
    bool called = false;
    QPair<Status, QString> out{Status::Error, QString()};
    auto done = [&](Status s, const QString &e) {
        out = {s, e};
        called = true;
    };
    if (secret)
        store.write(key, *secret, done);
    else
        store.remove(key, done);
    EXPECT_FALSE(called) << "the callback must run after the call returns";
    EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 5000));
    return out;
}

struct EnvGuard
{
    explicit EnvGuard(const char *name) : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name)) {}
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

TEST(SecretStore, ApiKeyEntryPerProvider)
{
    EXPECT_EQ(apiKeyEntry(QStringLiteral("openai")), QStringLiteral("llm/openai"));
    EXPECT_EQ(apiKeyEntry(QStringLiteral("gemini")), QStringLiteral("llm/gemini"));
    EXPECT_STREQ(kServiceName, "daily-insights");
    EXPECT_EQ(statusName(Status::NoBackend), QStringLiteral("no backend"));
}

TEST(MemorySecretStore, WriteReadDeleteAsynchronously)
{
    MemorySecretStore store;
    const QString key = apiKeyEntry(QStringLiteral("openai"));
    EXPECT_EQ(readNow(store, key).status, Status::NotFound);
    const QString secret = QStringLiteral("sk-비밀-🔑-123");
    EXPECT_EQ(writeNow(store, key, &secret).first, Status::Ok);
    const auto read = readNow(store, key);
    EXPECT_EQ(read.status, Status::Ok);
    EXPECT_EQ(read.secret, secret);
    EXPECT_EQ(readNow(store, apiKeyEntry(QStringLiteral("anthropic"))).status, Status::NotFound);
    EXPECT_EQ(writeNow(store, key, nullptr).first, Status::Ok);
    EXPECT_EQ(readNow(store, key).status, Status::NotFound);
    EXPECT_EQ(writeNow(store, key, nullptr).first, Status::NotFound);
    EXPECT_EQ(store.operationCount(), 7);
}

TEST(MemorySecretStore, SimulatedNoBackendFailsEveryOperation)
{
    MemorySecretStore store;
    store.simulateFailure(Status::NoBackend, noBackendMessage());
    const QString secret = QStringLiteral("x");
    const auto write = writeNow(store, QStringLiteral("llm/openai"), &secret);
    EXPECT_EQ(write.first, Status::NoBackend);
    EXPECT_EQ(write.second, noBackendMessage());
    EXPECT_FALSE(store.contains(QStringLiteral("llm/openai")));
    const auto read = readNow(store, QStringLiteral("llm/openai"));
    EXPECT_EQ(read.status, Status::NoBackend);
    EXPECT_TRUE(read.secret.isEmpty());
    store.clearFailure();
    EXPECT_EQ(readNow(store, QStringLiteral("llm/openai")).status, Status::NotFound);
}

TEST(EnvOverrideSecretStore, EnvironmentWinsForReadsOnly)
{
    auto memory = std::make_unique<MemorySecretStore>();
    MemorySecretStore *inner = memory.get();
    EnvOverrideSecretStore store(std::move(memory), QStringLiteral("from-env-키"));
    const QString key = apiKeyEntry(QStringLiteral("openai"));
    const QString stored = QStringLiteral("from-keychain");
    ASSERT_EQ(writeNow(store, key, &stored).first, Status::Ok);
    EXPECT_EQ(inner->value(key), stored);

    EXPECT_TRUE(store.isOverridden());
    const int before = inner->operationCount();
    const auto read = readNow(store, key);
    EXPECT_EQ(read.status, Status::Ok);
    EXPECT_EQ(read.secret, QStringLiteral("from-env-키"));
    EXPECT_TRUE(read.fromEnvironment);
    EXPECT_EQ(readNow(store, QStringLiteral("llm/never-stored")).secret, QStringLiteral("from-env-키"));
    EXPECT_EQ(inner->operationCount(), before); // the keychain was not asked

    auto memory2 = std::make_unique<MemorySecretStore>();
    ASSERT_EQ(writeNow(*memory2, key, &stored).first, Status::Ok);
    EnvOverrideSecretStore plain(std::move(memory2), QString()); // no override
    EXPECT_FALSE(plain.isOverridden());
    const auto fromKeychain = readNow(plain, key);
    EXPECT_EQ(fromKeychain.secret, stored);
    EXPECT_FALSE(fromKeychain.fromEnvironment);
}

TEST(EnvOverrideSecretStore, WithoutAnInnerStoreWritesFailClearly)
{
    EnvOverrideSecretStore store(nullptr, QString());
    const QString secret = QStringLiteral("x");
    const auto write = writeNow(store, QStringLiteral("llm/openai"), &secret);
    EXPECT_EQ(write.first, Status::NoBackend);
    EXPECT_EQ(readNow(store, QStringLiteral("llm/openai")).status, Status::NotFound);
}

// Issue 8 item 13: the key must not stay in the environment, where every
// child process (the browser xdg-open starts) would inherit it.
TEST(ApiKeyFromEnvironment, IsReadOnceAndRemovedFromTheEnvironment)
{
    EnvGuard guard(kApiKeyEnvVar);
    qputenv(kApiKeyEnvVar, QByteArrayLiteral("sk-env-only-9c2f"));
    EXPECT_EQ(apiKeyFromEnvironment(), QStringLiteral("sk-env-only-9c2f"));
    EXPECT_FALSE(qEnvironmentVariableIsSet(kApiKeyEnvVar));
    EXPECT_EQ(apiKeyFromEnvironment(), QStringLiteral("sk-env-only-9c2f")); // still known to us

    QProcess child; // what xdg-open and the browser would see
    child.start(QStringLiteral("/usr/bin/env"), {});
    ASSERT_TRUE(child.waitForFinished(10000));
    const QByteArray environment = child.readAllStandardOutput();
    EXPECT_FALSE(environment.isEmpty());
    EXPECT_FALSE(environment.contains("sk-env-only-9c2f"));
    EXPECT_FALSE(environment.contains(kApiKeyEnvVar));
}

TEST(KeychainErrors, EveryNoKeychainVariantBecomesNoBackendWithAdvice)
{
    // The errorString()s QtKeychain 0.13 + libsecret gives (TOOLCHAIN.md).
    for (const char *detail : {"Cannot autolaunch D-Bus without X11 $DISPLAY",
                               "Object does not exist at path \xE2\x80\x9C/org/freedesktop/secrets/collection/login\xE2\x80\x9D",
                               "The name org.freedesktop.secrets was not provided by any .service files",
                               "Unknown error"}) {
        SCOPED_TRACE(detail);
        const KeychainOutcome outcome = mapKeychainError(QKeychain::OtherError, QString::fromUtf8(detail));
        EXPECT_EQ(outcome.status, Status::NoBackend);
        EXPECT_TRUE(outcome.error.startsWith(noBackendMessage()));
        EXPECT_TRUE(outcome.error.contains(QString::fromUtf8(detail)));
    }
    EXPECT_EQ(mapKeychainError(QKeychain::NoBackendAvailable, QString()).status, Status::NoBackend);
    EXPECT_EQ(noBackendMessage(),
              QStringLiteral("No usable OS keychain: start a Secret Service (e.g. gnome-keyring) in a D-Bus "
                             "session, or set DAILY_INSIGHTS_API_KEY for headless runs"));
}

TEST(KeychainErrors, OtherCodes)
{
    EXPECT_EQ(mapKeychainError(QKeychain::NoError, QString()).status, Status::Ok);
    EXPECT_TRUE(mapKeychainError(QKeychain::NoError, QString()).error.isEmpty());
    EXPECT_EQ(mapKeychainError(QKeychain::EntryNotFound, QStringLiteral("Entry not found")).status,
              Status::NotFound);
    const KeychainOutcome denied = mapKeychainError(QKeychain::AccessDeniedByUser, QStringLiteral("dismissed"));
    EXPECT_EQ(denied.status, Status::Error);
    EXPECT_TRUE(denied.error.contains(QStringLiteral("denied access")));
    EXPECT_EQ(mapKeychainError(QKeychain::CouldNotDeleteEntry, QString()).status, Status::Error);
}
