#pragma once

#include "secrets/SecretStore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace secrets {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows): service "daily-insights", one entry
// per key name. Jobs are asynchronous and delete themselves; a job is never
// started from inside another job's finished signal (every start is
// deferred to the event loop). Callbacks are dropped if the store is
// destroyed first.
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 const QString &service = QString::fromLatin1(kServiceName));

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

    QString service() const { return m_service; }

private:
    void prepare(QKeychain::Job *job, const QString &key);

    QString m_service;
};

} // namespace secrets
