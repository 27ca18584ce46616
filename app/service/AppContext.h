#pragma once

#include "llm/LlmClient.h"
#include "model/Clock.h"
#include "service/ApiKeyStore.h"
#include "service/LlmUse.h"
#include "service/Profile.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace llm { class Client; }
namespace secrets { class SecretStore; }
namespace storage { class StorageWriter; }

namespace service {

class AutoDigest;
class DigestService;
class FullTextService;
class ProfileClassifier;
class RefreshService;

// Everything one process needs, built once and passed down by reference:
// the window and the CLI both start from here.
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString profileDir;           // empty = Profile::resolveDir default
        bool demo = false;            // subscribe to the bundled demo feeds
        bool seedDefaultSources = true; // a new profile starts with the default list
        Profile::Access access = Profile::Access::Write;
        // Tests inject these; null = the system clock / the OS keychain.
        const Clock *clock = nullptr;
        secrets::SecretStore *secretStore = nullptr;
    };

    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    // Why open() failed: the window answers a profile in use by another
    // process differently from a database it cannot read.
    enum class OpenFailure { None, ProfileInUse, Other };

    bool open(const Options &options, QString *error);
    OpenFailure openFailure() const { return m_openFailure; }

    Profile &profile() { return m_profile; }
    storage::StorageWriter &writer() { return *m_writer; }
    QNetworkAccessManager &network() { return m_network; }
    const Clock &clock() const { return *m_clock; }
    RefreshService &refresh() { return *m_refresh; }
    DigestService &digests() { return *m_digests; }
    FullTextService &fullText() { return *m_fullText; } // runs as the last stage of a refresh
    AutoDigest &autoDigest() { return *m_autoDigest; }
    // The profile's learned classifier; null for a read-only profile.
    ProfileClassifier *classifier() { return m_classifier.get(); }
    secrets::SecretStore &secretStore() { return *m_secrets; }

    // (Re)creates the LLM client from the settings and the stored key.
    // `done` gets an empty string when an LLM is ready, else the reason the
    // digest will be made offline ("no provider configured", "no API key…").
    // A running digest is cancelled first (its report says why) when the
    // client settings changed; otherwise the load waits until it finishes.
    void loadLlmClient(std::function<void(const QString &offlineReason)> done);
    llm::Client *llmClient() const { return m_llm.get(); }
    QString offlineReason() const { return m_offlineReason; }
    // The same as a value: which provider the settings chose and whether a
    // client could be made for it (NotConfigured, Used, NoKey, …).
    LlmUse llmUse() const { return m_llmUse; }
    // True when the last load refused to send the stored key to the
    // configured origin (the command line then fails instead of going offline).
    bool keyRefused() const { return m_keyRefused; }
    // Asked when the stored key belongs to another origin than the base URL
    // (the window shows a dialog). Unset = refuse, with a clear message.
    void setKeyOriginConfirmation(ConfirmKeyOrigin confirm) { m_confirmKeyOrigin = std::move(confirm); }

    // The keychain entry for the configured provider.
    QString apiKeyEntry() const;

Q_SIGNALS:
    void llmChanged();

private:
    bool installDemo(QString *error);
    void startClassifier();

    Profile m_profile;
    QNetworkAccessManager m_network;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    std::unique_ptr<secrets::SecretStore> m_ownedSecrets;
    secrets::SecretStore *m_secrets = nullptr;
    std::unique_ptr<storage::StorageWriter> m_writer;
    std::unique_ptr<RefreshService> m_refresh;
    std::unique_ptr<FullTextService> m_fullText;
    std::unique_ptr<ProfileClassifier> m_classifier;
    std::unique_ptr<DigestService> m_digests;
    std::unique_ptr<AutoDigest> m_autoDigest;
    std::unique_ptr<llm::Client> m_llm;
    llm::Config m_llmConfig; // m_llm's settings, without the key
    ConfirmKeyOrigin m_confirmKeyOrigin;
    quint64 m_llmGeneration = 0;
    bool m_keyRefused = false;
    QString m_offlineReason;
    LlmUse m_llmUse;
    OpenFailure m_openFailure = OpenFailure::None;
};

} // namespace service
