#include "service/AppContext.h"

#include "digest/ShippedClassifier.h"
#include "feed/Opml.h"
#include "llm/KeyTransport.h"
#include "llm/LlmClient.h"
#include "secrets/EnvOverrideSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/AutoDigest.h"
#include "service/DigestService.h"
#include "service/FullTextService.h"
#include "service/LlmSettings.h"
#include "service/ProfileClassifier.h"
#include "service/RefreshService.h"
#include "storage/CategoryStore.h"
#include "storage/EditionStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace service {

AppContext::AppContext(QObject *parent) : QObject(parent) {}

AppContext::~AppContext()
{
    // Stop users of the writer before the writer joins its thread.
    m_autoDigest.reset();
    m_digests.reset();
    m_classifier.reset();
    m_refresh.reset();
    m_fullText.reset();
    m_llm.reset();
    m_writer.reset();
}

bool AppContext::open(const Options &options, QString *error)
{
    if (options.clock)
        m_clock = options.clock;
    if (options.secretStore) {
        m_secrets = options.secretStore;
    } else {
        m_ownedSecrets = std::make_unique<secrets::EnvOverrideSecretStore>(
            std::make_unique<secrets::KeychainSecretStore>(), secrets::apiKeyFromEnvironment());
        m_secrets = m_ownedSecrets.get();
    }

    QString dir = Profile::resolveDir(options.profileDir);
    if (options.demo && options.profileDir.isEmpty())
        dir = QDir(dir).filePath(QStringLiteral("demo"));
    const Profile::Seed seed = options.demo || !options.seedDefaultSources ? Profile::Seed::NoSources
                                                                           : Profile::Seed::DefaultSources;
    m_openFailure = OpenFailure::Other;
    if (!m_profile.open(dir, options.access, error, seed)) {
        if (m_profile.heldElsewhere())
            m_openFailure = OpenFailure::ProfileInUse;
        return false;
    }
    if (options.demo && !installDemo(error))
        return false;

    m_writer = std::make_unique<storage::StorageWriter>(m_profile.databasePath(), m_profile.timeZone());
    if (!m_writer->start(error))
        return false;
    m_openFailure = OpenFailure::None;
    m_refresh = std::make_unique<RefreshService>(m_profile, *m_writer, m_network, *m_clock);
    m_fullText = std::make_unique<FullTextService>(m_profile, *m_writer, m_network, *m_clock);
    m_refresh->setFullTextStage(m_fullText.get()); // a refresh ends with the articles' full text
    m_digests = std::make_unique<DigestService>(m_profile, *m_writer, nullptr, *m_clock);
    if (options.access == Profile::Access::Write)
        startClassifier();
    m_autoDigest = std::make_unique<AutoDigest>(m_profile, *m_digests, *m_clock);
    return true;
}

void AppContext::startClassifier()
{
    m_classifier = std::make_unique<ProfileClassifier>(
        ProfileClassifier::modelPath(m_profile.dir()),
        [] {
            QString error;
            return digest::ShippedClassifier::load(&error);
        },
        ProfileClassifier::databaseExamples(m_profile.databasePath()), digest::ShippedClassifier::version());
    m_classifier->start(storage::CategoryStore(m_profile.database()).all());
    ProfileClassifier *classifier = m_classifier.get();
    m_digests->setLocalModel([classifier](const QList<Category> &categories) {
        classifier->setCategories(categories);
        // Only the first build after the start waits (on the command line,
        // the build begins at once); later ones take the model as it is.
        if (!classifier->isReady())
            classifier->waitForIdle();
        return classifier->isReady() ? std::make_shared<const digest::LearnedClassifier>(classifier->snapshot())
                                     : nullptr;
    });
    // A build's LLM verdicts are stored as examples by the time it finishes.
    connect(m_digests.get(), &DigestService::finished, classifier, &ProfileClassifier::update);
}

bool AppContext::installDemo(QString *error)
{
    const QString target = QDir(m_profile.dir()).filePath(QStringLiteral("demo-feeds"));
    if (!QDir().mkpath(target)) {
        *error = QCoreApplication::translate("AppContext", "Cannot create %1.").arg(target);
        return false;
    }
    QDirIterator it(QStringLiteral(":/demo"));
    while (it.hasNext()) {
        const QString path = it.next();
        const QString out = QDir(target).filePath(it.fileName());
        QFile::remove(out);
        if (!QFile::copy(path, out)) {
            *error = QCoreApplication::translate("AppContext", "Cannot write %1.").arg(out);
            return false;
        }
        QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    // News's demo feeds, and the Papers edition's demo listings.
    const qint64 papers = storage::EditionStore(m_profile.database()).byKey(editions::kPapersKey).id;
    const QList<QPair<QString, qint64>> lists{{QStringLiteral("demo-sources.opml"), editions::kNewsId},
                                              {QStringLiteral("demo-paper-sources.opml"), papers}};
    storage::SourceStore sources(m_profile.database());
    for (const auto &[name, edition] : lists) {
        QFile list(QDir(target).filePath(name));
        if (!list.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("AppContext", "The demo feeds are missing from this build.");
            return false;
        }
        const feed::OpmlResult opml = feed::OpmlReader::read(list.readAll());
        for (const feed::OpmlFeed &f : opml.feeds) {
            Source s;
            const QUrl url(f.xmlUrl);
            s.url = url.isRelative() ? QUrl::fromLocalFile(QDir(target).filePath(f.xmlUrl)).toString() : f.xmlUrl;
            s.title = f.title;
            s.group = f.group;
            s.editionId = edition > 0 ? edition : editions::kNewsId;
            s.kind = f.xmlUrl.startsWith(QLatin1String("arxiv-")) ? SourceKind::Arxiv : sourceKindForUrl(s.url);
            sources.add(s);
        }
    }
    return true;
}

QString AppContext::apiKeyEntry() const
{
    return secrets::apiKeyEntry(m_profile.settings().string(SettingKey::Provider));
}

namespace {

// What a client is made of, apart from the key.
bool sameClientSettings(const llm::Config &a, const llm::Config &b)
{
    return a.provider == b.provider && a.baseUrl == b.baseUrl && a.model == b.model && a.temperature == b.temperature
           && a.totalTimeoutMs == b.totalTimeoutMs && a.maxParallel == b.maxParallel;
}

} // namespace

void AppContext::loadLlmClient(std::function<void(const QString &)> done)
{
    // A running digest holds the client and its replies, which must not go
    // away under it. Settings it depends on changed: stop it first, so that
    // it ends with a clear result. Nothing it depends on changed (Settings
    // was only confirmed, or the key was stored again): let it finish, then
    // load.
    if (m_digests->isRunning()) {
        llm::Config wanted;
        if (m_llm && llmConfigFromSettings(m_profile.settings(), &wanted) && sameClientSettings(wanted, m_llmConfig)) {
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(
                m_digests.get(), &DigestService::finished, this,
                [this, done, once] {
                    QObject::disconnect(*once);
                    loadLlmClient(done);
                },
                Qt::QueuedConnection);
            return;
        }
        m_digests->cancel(QCoreApplication::translate(
            "AppContext", "The LLM settings changed while the digest was being made: it was stopped. Build it "
                          "again to use the new settings."));
    }
    m_digests->setClient(nullptr);
    m_digests->setUnavailableLlm(LlmUse());
    m_llmUse = LlmUse();
    m_llm.reset();
    m_keyRefused = false;
    llm::Config config;
    if (!llmConfigFromSettings(m_profile.settings(), &config)) {
        m_offlineReason = QCoreApplication::translate(
            "AppContext", "No LLM provider is configured: offline classification and summaries are used.");
        done(m_offlineReason);
        Q_EMIT llmChanged();
        return;
    }

    QPointer<AppContext> self(this);
    const quint64 generation = ++m_llmGeneration;
    ApiKeyStore(*m_secrets).resolve(config, m_confirmKeyOrigin, this, [self, config, done, generation](
                                                                           const ResolvedKey &key) mutable {
        if (!self || generation != self->m_llmGeneration)
            return; // a newer load superseded this one
        if (key.state == ResolvedKey::State::Ready) {
            config.apiKey = key.key;
        } else if (!(key.state == ResolvedKey::State::NoKey && llm::isLoopbackHost(config.baseUrl.host()))) {
            // A local server may need no key; anything else does.
            self->m_keyRefused = key.state == ResolvedKey::State::Refused;
            LlmUse use;
            use.provider = providerDisplayName(config.provider);
            use.detail = key.message;
            use.state = key.state == ResolvedKey::State::NoKey     ? LlmUse::State::NoKey
                        : key.state == ResolvedKey::State::Refused ? LlmUse::State::KeyRefused
                                                                   : LlmUse::State::KeychainUnavailable;
            self->m_llmUse = use;
            self->m_digests->setUnavailableLlm(use);
            switch (key.state) {
            case ResolvedKey::State::NoKey:
                self->m_offlineReason = QCoreApplication::translate(
                    "AppContext", "No API key is stored for %1: offline summaries are used. Run "
                                  "`daily-insights key set` or enter the key in Settings.")
                                            .arg(llm::providerName(config.provider));
                break;
            case ResolvedKey::State::Refused:
                self->m_offlineReason = key.message;
                break;
            default:
                self->m_offlineReason = QCoreApplication::translate(
                    "AppContext", "%1 Offline summaries are used.").arg(key.message);
                break;
            }
            done(self->m_offlineReason);
            Q_EMIT self->llmChanged();
            return;
        }
        self->m_llmConfig = config;
        self->m_llmConfig.apiKey.clear();
        self->m_llm = llm::createClient(config, &self->m_network);
        self->m_llmUse.state = LlmUse::State::Used;
        self->m_llmUse.provider = providerDisplayName(config.provider);
        self->m_digests->setClient(self->m_llm.get());
        self->m_offlineReason.clear();
        done(QString());
        Q_EMIT self->llmChanged();
    });
}

} // namespace service
