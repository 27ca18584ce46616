#include "secrets/MemorySecretStore.h"

#include <QTimer>

namespace secrets {

namespace {
// Runs `f` from the event loop, never inside the caller's call.
template<typename F>
void later(F f)
{
    QTimer::singleShot(0, std::move(f));
}
} // namespace

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    ++m_operations;
    ReadResult result;
    if (m_failure != Status::Ok) {
        result.status = m_failure;
        result.error = m_failureError;
        result.failure = m_failureKind;
        result.detail = m_failureError;
    } else if (m_entries.contains(key)) {
        result.status = Status::Ok;
        result.secret = m_entries.value(key);
    } else {
        result.status = Status::NotFound;
    }
    later([done = std::move(done), result] {
        if (done)
            done(result);
    });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    ++m_operations;
    const Status status = m_failure;
    const QString error = m_failureError;
    if (status == Status::Ok)
        m_entries.insert(key, secret);
    later([done = std::move(done), status, error] {
        if (done)
            done(status, error);
    });
}

void MemorySecretStore::remove(const QString &key, WriteCallback done)
{
    ++m_operations;
    Status status = m_failure;
    const QString error = m_failureError;
    if (status == Status::Ok)
        status = m_entries.remove(key) ? Status::Ok : Status::NotFound;
    later([done = std::move(done), status, error] {
        if (done)
            done(status, error);
    });
}

void MemorySecretStore::simulateFailure(Status status, const QString &error, Failure failure)
{
    m_failure = status;
    m_failureError = error;
    m_failureKind = failure == Failure::None ? failureOf(status) : failure;
}

void MemorySecretStore::clearFailure()
{
    m_failure = Status::Ok;
    m_failureError.clear();
    m_failureKind = Failure::None;
}

} // namespace secrets
