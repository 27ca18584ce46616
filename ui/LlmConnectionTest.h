#pragma once

#include "service/ApiKeyStore.h"

#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;
class Settings;
namespace secrets {
class SecretStore;
}

namespace ui {

// "Test connection": builds an LLM client from the current settings and the
// stored key, sends one tiny request with a trivial schema and reports
// "<model> answered in N ms" or the client's readable error (never the key).
// The client lives as a child of `owner` until the answer arrives. A key
// stored for another server than the base URL is sent only if `confirm`
// says so (service::ApiKeyStore).
class LlmConnectionTest
{
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    static void run(const Settings &settings, secrets::SecretStore &secrets, QNetworkAccessManager *network,
                    QObject *owner, const service::ConfirmKeyOrigin &confirm, Done done);
};

} // namespace ui
