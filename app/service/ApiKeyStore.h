#pragma once

#include "llm/LlmClient.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace service {

// Where a key may be sent: "https://api.openai.com:443" (scheme, host and
// port, the default port made explicit). Empty when the URL has no host.
QString originOf(const QUrl &url);
// The origin requests for `config` go to (its base URL, else the provider's).
QString requestOrigin(const llm::Config &config);

// A stored key is about to be sent to another origin than it was stored for.
struct KeyOriginQuestion
{
    QString provider;        // "openai"
    QString storedOrigin;    // what `key set` (or Settings) bound the key to
    QString requestedOrigin; // what the base URL in the settings points to now
};

// Asks the user whether the key may go to the new origin; calls `answer`
// exactly once, possibly later. The window shows a dialog; the command line
// has none (it refuses). Tests answer directly.
using ConfirmKeyOrigin = std::function<void(const KeyOriginQuestion &question, std::function<void(bool send)> answer)>;

struct ResolvedKey
{
    enum class State { Ready, NoKey, Refused, Unreadable };
    State state = State::Unreadable;
    QString key;     // when Ready
    QString message; // readable, when not Ready
};

// The LLM API key, bound to its provider and to the origin it was stored for.
// The key is the keychain entry "llm/<provider>"; the origin sits beside it in
// "llm/<provider>/origin" (never in the settings file, which may come from
// elsewhere). A key without a recorded origin (stored by an older version)
// belongs to the provider's own server. DAILY_INSIGHTS_API_KEY applies to
// whatever origin is configured.
class ApiKeyStore
{
public:
    explicit ApiKeyStore(secrets::SecretStore &store) : m_store(store) {}

    // Stores the key and binds it to `origin`.
    void store(const QString &provider, const QString &key, const QString &origin,
               secrets::SecretStore::WriteCallback done);
    // Removes the key and its origin.
    void remove(const QString &provider, secrets::SecretStore::WriteCallback done);
    // Reads the key for `config`. When it was stored for another origin than
    // config's base URL, `confirm` decides (null = refuse); "yes" re-binds the
    // key to the new origin. Nothing is sent anywhere by this call. `done`
    // runs later, unless `guard` was destroyed first.
    void resolve(const llm::Config &config, const ConfirmKeyOrigin &confirm, QObject *guard,
                 std::function<void(const ResolvedKey &)> done);

private:
    secrets::SecretStore &m_store;
};

} // namespace service
