#pragma once

#include "service/ApiKeyStore.h"
#include "service/LlmSettings.h"

#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;
namespace secrets {
class SecretStore;
}

namespace ui {

// "Test connection": builds an LLM client from `values` (the Settings
// form's, nothing saved) and a key, sends one tiny request with a trivial
// schema and reports "<model> answered in N ms" or the client's readable
// error (never the key). The key is `typedKey` when the user typed one that
// is not stored yet, else the stored one; a key stored for another server
// than the base URL is sent only if `confirm` says so (service::ApiKeyStore).
// Either way it travels only over HTTPS or to a loopback address
// (llm::keyTransportError). The client lives as a child of `owner` until
// the answer arrives.
class LlmConnectionTest
{
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    static void run(const service::LlmSettings &values, const QString &typedKey, secrets::SecretStore &secrets,
                    QNetworkAccessManager *network, QObject *owner, const service::ConfirmKeyOrigin &confirm,
                    Done done);
};

} // namespace ui
