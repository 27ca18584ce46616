#pragma once

#include "secrets/SecretStore.h"

#include <memory>

namespace secrets {

// Wraps another store: while DAILY_INSIGHTS_API_KEY is set (and not empty),
// `read` answers with it for every entry, without touching the keychain.
// Writes and removals always go to the wrapped store (without one, they
// fail with NoBackend).
class EnvOverrideSecretStore : public SecretStore
{
public:
    explicit EnvOverrideSecretStore(std::unique_ptr<SecretStore> inner,
                                    const char *variable = kApiKeyEnvVar);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

    // Whether the environment currently overrides the wrapped store.
    bool isOverridden() const;
    SecretStore *inner() const { return m_inner.get(); }

private:
    static void failLater(WriteCallback done);

    std::unique_ptr<SecretStore> m_inner;
    const char *m_variable;
};

} // namespace secrets
