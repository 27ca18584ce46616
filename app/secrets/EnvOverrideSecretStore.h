#pragma once

#include "secrets/SecretStore.h"

#include <memory>

namespace secrets {

// Wraps another store: when an override key is given (the value of
// DAILY_INSIGHTS_API_KEY, see apiKeyFromEnvironment), `read` answers with it
// for every entry, marked fromEnvironment, without touching the keychain.
// Writes and removals always go to the wrapped store (without one, they
// fail with NoBackend).
class EnvOverrideSecretStore : public SecretStore
{
public:
    EnvOverrideSecretStore(std::unique_ptr<SecretStore> inner, const QString &overrideKey);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

    // Whether the environment overrides the wrapped store.
    bool isOverridden() const;
    SecretStore *inner() const { return m_inner.get(); }

private:
    static void failLater(WriteCallback done);

    std::unique_ptr<SecretStore> m_inner;
    QString m_override;
};

} // namespace secrets
