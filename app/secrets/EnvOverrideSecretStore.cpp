#include "secrets/EnvOverrideSecretStore.h"

#include "secrets/KeychainErrors.h"

#include <QTimer>

namespace secrets {

EnvOverrideSecretStore::EnvOverrideSecretStore(std::unique_ptr<SecretStore> inner, const QString &overrideKey)
    : m_inner(std::move(inner)), m_override(overrideKey)
{
}

bool EnvOverrideSecretStore::isOverridden() const
{
    return !m_override.isEmpty();
}

void EnvOverrideSecretStore::read(const QString &key, ReadCallback done)
{
    if (isOverridden()) {
        ReadResult result;
        result.status = Status::Ok;
        result.secret = m_override;
        result.fromEnvironment = true;
        QTimer::singleShot(0, [done = std::move(done), result] {
            if (done)
                done(result);
        });
        return;
    }
    if (!m_inner) {
        ReadResult result;
        result.status = Status::NotFound;
        QTimer::singleShot(0, [done = std::move(done), result] {
            if (done)
                done(result);
        });
        return;
    }
    m_inner->read(key, std::move(done));
}

void EnvOverrideSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    if (m_inner)
        m_inner->write(key, secret, std::move(done));
    else
        failLater(std::move(done));
}

void EnvOverrideSecretStore::remove(const QString &key, WriteCallback done)
{
    if (m_inner)
        m_inner->remove(key, std::move(done));
    else
        failLater(std::move(done));
}

void EnvOverrideSecretStore::failLater(WriteCallback done)
{
    QTimer::singleShot(0, [done = std::move(done)] {
        if (done)
            done(Status::NoBackend, noBackendMessage());
    });
}

} // namespace secrets
