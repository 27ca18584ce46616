#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace secrets {

// An in-memory SecretStore for unit tests. Like the real one, callbacks run
// after the call returns (from the event loop). A simulated failure makes
// every operation fail, e.g. NoBackend for "no keychain on this machine".
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

    // `error` is also the read's detail; the failure kind follows the
    // status (failureOf) unless given.
    void simulateFailure(Status status, const QString &error, Failure failure = Failure::None);
    void clearFailure();

    // Direct access for assertions.
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QString value(const QString &key) const { return m_entries.value(key); }
    int operationCount() const { return m_operations; }

private:
    QHash<QString, QString> m_entries;
    Status m_failure = Status::Ok;
    QString m_failureError;
    Failure m_failureKind = Failure::None;
    int m_operations = 0;
};

} // namespace secrets
