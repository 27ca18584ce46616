#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainErrors.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace secrets {

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &service)
    : QObject(parent), m_service(service)
{
}

void KeychainSecretStore::prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a silent plaintext fallback
    job->setKey(key);
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        prepare(job, key);
        connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            const KeychainOutcome outcome = mapKeychainError(finished->error(), finished->errorString());
            ReadResult result;
            result.status = outcome.status;
            result.error = outcome.error;
            result.failure = outcome.failure;
            result.detail = outcome.detail;
            if (outcome.status == Status::Ok)
                result.secret = readJob->textData();
            if (done)
                done(result);
        });
        job->start();
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    QTimer::singleShot(0, this, [this, key, secret, done = std::move(done)] {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        prepare(job, key);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
            const KeychainOutcome outcome = mapKeychainError(finished->error(), finished->errorString());
            if (done)
                done(outcome.status, outcome.error);
        });
        job->start();
    });
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        prepare(job, key);
        connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
            const KeychainOutcome outcome = mapKeychainError(finished->error(), finished->errorString());
            if (done)
                done(outcome.status, outcome.error);
        });
        job->start();
    });
}

} // namespace secrets
