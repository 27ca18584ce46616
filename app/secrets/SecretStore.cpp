#include "secrets/SecretStore.h"

namespace secrets {

QString apiKeyEntry(const QString &providerName)
{
    return QStringLiteral("llm/") + providerName;
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
