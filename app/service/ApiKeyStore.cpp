#include "service/ApiKeyStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace service {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiKeyStore", text);
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

} // namespace

QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(url.port(defaultPort(scheme)));
}

QString requestOrigin(const llm::Config &config)
{
    return originOf(config.baseUrl.isEmpty() ? llm::defaultBaseUrl(config.provider) : config.baseUrl);
}

void ApiKeyStore::store(const QString &provider, const QString &key, const QString &origin,
                        secrets::SecretStore::WriteCallback done)
{
    using Status = secrets::SecretStore::Status;
    secrets::SecretStore *store = &m_store;
    store->write(secrets::apiKeyEntry(provider), key, [=](Status status, const QString &error) {
        if (status != Status::Ok) {
            if (done)
                done(status, error);
            return;
        }
        store->write(secrets::apiKeyOriginEntry(provider), origin, [=](Status bound, const QString &why) {
            if (bound == Status::Ok) {
                if (done)
                    done(bound, why);
                return;
            }
            // A key without its origin would belong to the provider's server:
            // take it back rather than leave it bound to the wrong place.
            store->remove(secrets::apiKeyEntry(provider), [=](Status, const QString &) {
                if (done)
                    done(bound, why);
            });
        });
    });
}

void ApiKeyStore::remove(const QString &provider, secrets::SecretStore::WriteCallback done)
{
    secrets::SecretStore *store = &m_store;
    store->remove(secrets::apiKeyEntry(provider),
                  [store, provider, done](secrets::SecretStore::Status status, const QString &error) {
                      store->remove(secrets::apiKeyOriginEntry(provider),
                                    [status, error, done](secrets::SecretStore::Status, const QString &) {
                                        if (done)
                                            done(status, error);
                                    });
                  });
}

void ApiKeyStore::resolve(const llm::Config &config, const ConfirmKeyOrigin &confirm, QObject *guardObject,
                          std::function<void(const ResolvedKey &)> done)
{
    using Status = secrets::SecretStore::Status;
    secrets::SecretStore *store = &m_store;
    QPointer<QObject> guard(guardObject);
    const QString provider = llm::providerName(config.provider);
    const QString requested = requestOrigin(config);
    const QString providerOrigin = originOf(llm::defaultBaseUrl(config.provider));

    store->read(secrets::apiKeyEntry(provider), [=](const secrets::SecretStore::ReadResult &key) {
        if (!guard)
            return;
        ResolvedKey out;
        if (key.status == Status::NotFound) {
            out.state = ResolvedKey::State::NoKey;
            out.message = tr("No API key is stored for %1.").arg(provider);
            done(out);
            return;
        }
        if (key.status != Status::Ok) {
            out.message = tr("The API key could not be read (%1).").arg(key.error);
            done(out);
            return;
        }
        if (key.fromEnvironment) { // applies to the configured origin
            out.state = ResolvedKey::State::Ready;
            out.key = key.secret;
            done(out);
            return;
        }
        store->read(secrets::apiKeyOriginEntry(provider), [=](const secrets::SecretStore::ReadResult &origin) {
            if (!guard)
                return;
            ResolvedKey result;
            if (origin.status != Status::Ok && origin.status != Status::NotFound) {
                result.message = tr("The API key could not be read (%1).").arg(origin.error);
                done(result);
                return;
            }
            const QString stored = origin.status == Status::Ok ? origin.secret.trimmed() : providerOrigin;
            if (stored == requested && !requested.isEmpty()) {
                result.state = ResolvedKey::State::Ready;
                result.key = key.secret;
                done(result);
                return;
            }
            if (!confirm) {
                result.state = ResolvedKey::State::Refused;
                result.message =
                    tr("The %1 API key was stored for %2, but the base URL now points to %3: the key was not "
                       "sent. Store a key for this server (`daily-insights key set` or Settings), or set the "
                       "base URL back.")
                        .arg(provider, stored, requested);
                done(result);
                return;
            }
            const QString secret = key.secret;
            confirm(KeyOriginQuestion{provider, stored, requested}, [=](bool send) {
                if (!guard)
                    return;
                ResolvedKey answer;
                if (!send) {
                    answer.state = ResolvedKey::State::Refused;
                    answer.message = tr("The %1 API key was not sent to %2 (it was stored for %3).")
                                         .arg(provider, requested, stored);
                    done(answer);
                    return;
                }
                // The user agreed: from now on the key belongs to the new origin.
                store->write(secrets::apiKeyOriginEntry(provider), requested, [=](Status, const QString &) {
                    if (!guard)
                        return;
                    ResolvedKey ready;
                    ready.state = ResolvedKey::State::Ready;
                    ready.key = secret;
                    done(ready);
                });
            });
        });
    });
}

} // namespace service
