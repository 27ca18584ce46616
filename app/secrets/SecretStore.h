#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace secrets {

// Where the LLM API key lives. Asynchronous, because the OS keychain is.
class SecretStore
{
public:
    enum class Status { Ok, NotFound, NoBackend, Error };
    // Why the keychain failed, for a message chosen by kind (never the
    // library's raw words in a sentence).
    enum class Failure { None, NoSecretService, AccessDenied, Other };

    struct ReadResult
    {
        Status status = Status::Error;
        QString secret;
        QString error; // readable; says what to install or start when NoBackend
        bool fromEnvironment = false; // the value is DAILY_INSIGHTS_API_KEY, not a keychain entry
        Failure failure = Failure::None; // when NoBackend or Error
        QString detail; // the keychain library's own words (untranslated, may be empty): a tooltip, a log
    };

    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(Status, const QString &error)>;

    virtual ~SecretStore() = default;
    // `key` is the entry name, one per provider profile (e.g. "llm/openai").
    // Callbacks run on the caller's thread, after the call returns.
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
};

// The keychain service name every entry lives under.
inline constexpr const char *kServiceName = "daily-insights";
// The environment variable that overrides the keychain for headless runs.
inline constexpr const char *kApiKeyEnvVar = "DAILY_INSIGHTS_API_KEY";

// The entry name of a provider profile's API key: "llm/<provider>".
QString apiKeyEntry(const QString &providerName);
// The entry beside it that holds the origin (scheme://host:port) the key
// was stored for: "llm/<provider>/origin". Kept in the keychain, never in
// the settings file, so that a settings file cannot re-bind a key.
QString apiKeyOriginEntry(const QString &providerName);

// DAILY_INSIGHTS_API_KEY, taken out of the environment: the first call
// (main, at start-up) reads it and unsets the variable, so that no child
// process (a browser started through xdg-open) inherits the key. Later
// calls return what was read; a value set again later (tests) is taken the
// same way. Empty when the variable was never set.
QString apiKeyFromEnvironment();

// The failure a status stands for when nothing more is known (writes).
SecretStore::Failure failureOf(SecretStore::Status status);

// "ok", "not found", "no backend", "error": for `key status` and logs.
QString statusName(SecretStore::Status status);

} // namespace secrets
