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
