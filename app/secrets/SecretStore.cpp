#include "secrets/SecretStore.h"

namespace secrets {

QString apiKeyEntry(const QString &providerName)
{
    return QStringLiteral("llm/") + providerName;
}

QString apiKeyOriginEntry(const QString &providerName)
{
    return apiKeyEntry(providerName) + QStringLiteral("/origin");
}

QString apiKeyFromEnvironment()
{
    static QString taken;
    if (qEnvironmentVariableIsSet(kApiKeyEnvVar)) {
        taken = qEnvironmentVariable(kApiKeyEnvVar);
        qunsetenv(kApiKeyEnvVar);
    }
    return taken;
}

SecretStore::Failure failureOf(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound: return SecretStore::Failure::None;
    case SecretStore::Status::NoBackend: return SecretStore::Failure::NoSecretService;
    case SecretStore::Status::Error: return SecretStore::Failure::Other;
    }
    return SecretStore::Failure::Other;
}

QString statusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok: return QStringLiteral("ok");
    case SecretStore::Status::NotFound: return QStringLiteral("not found");
    case SecretStore::Status::NoBackend: return QStringLiteral("no backend");
    case SecretStore::Status::Error: return QStringLiteral("error");
    }
    return QString();
}

} // namespace secrets
