#pragma once

#include "digest/LearnedClassifier.h"
#include "model/Digest.h"
#include "service/LlmBudget.h"
#include "service/LlmUse.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Clock;
namespace digest { class LearnedClassifier; }
namespace llm { class Client; }
namespace storage { class StorageWriter; }

namespace service {

class Profile;

struct DigestBuildOptions
{
    qint64 edition = editions::kNewsId; // whose day is built
    bool offline = false;      // force the offline classifier and summariser
    bool force = false;        // regenerate even when the cache matches
    qint64 onlyCategoryId = 0; // regenerate one section only (0 = all)
    // An automatic build after a refresh (AutoDigest): it never replaces a
    // good summary with a worse one. Offline, a section the configured LLM
    // made from the same input is kept; with the LLM, a failed answer leaves
    // the stored summary in place.
    bool automatic = false;
    // Limits the build's LLM requests (unset = no limit); today's use is read
    // from the usage table when the build starts. Classification past it is
    // offline; sections past it stay offline with State::OverBudget.
    std::optional<LlmBudget> budget;
};

struct SectionStatus
{
    enum class State { Cached, Generated, Offline, Failed, OverBudget };
    qint64 categoryId = 0;
    QString categoryName;
    int sources = 0;
    State state = State::Failed;
    QString message;
};

QString sectionStateName(SectionStatus::State state);
QString savingStage(); // the `progress` stage while the build's writes are saved

struct DigestBuildReport
{
    QString editionKey;
    QString day;
    QList<SectionStatus> sections;
    int llmCalls = 0;
    int classifiedLocally = 0; // articles the local model was sure enough about
    int classifiedByLlm = 0;   // articles the LLM classified (the uncertain ones)
    QList<DigestLeftOut> leftOut; // articles past the edition's top N, not summarised
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 elapsedMs = 0;
    bool offline = false;
    bool cancelled = false;
    bool automatic = false;    // DigestBuildOptions::automatic
    QString error;             // set when the build could not run at all
    // The day's briefing, when the day has AI stories (briefingBuilt):
    // Cached, Generated (LLM), Offline, or Failed (the LLM's briefing failed,
    // `message` says why, and the offline briefing stands in). `sources`
    // holds the number of items.
    bool briefingBuilt = false;
    SectionStatus briefing;
    // Whether the LLM the settings chose was used, and if not why
    // (llmUseText() says it in one sentence).
    LlmUse llm;
};

// Classifies the day's unclassified articles and writes one summary per
// (day, category), through the LLM when one is given, else offline.
// Sections whose input is unchanged are reused from the cache.
class DigestService : public QObject
{
    Q_OBJECT
public:
    // `client` may be null: then everything runs offline.
    DigestService(Profile &profile, storage::StorageWriter &writer, llm::Client *client,
                  const Clock &clock, QObject *parent = nullptr);
    ~DigestService() override;

    // The LLM client to use from now on (null = offline).
    void setClient(llm::Client *client) { m_client = client; }
    // Why there is no client although a provider is chosen (NoKey…), for
    // the reports of the builds made without one (see LlmUse).
    void setUnavailableLlm(const LlmUse &why) { m_unavailable = why; }
    llm::Client *client() const { return m_client; }
    // The local model each build starts from (the profile's learned one),
    // given the profile's categories; unset or null = the shipped weights.
    // With an LLM, only the articles the model is unsure about
    // (digest::LocalClassifier::kAskLlmBelow) are sent to it, and its
    // verdicts are stored as examples for the model to learn from.
    using ModelSource = std::function<std::shared_ptr<const digest::LearnedClassifier>(const QList<Category> &)>;
    void setLocalModel(ModelSource source) { m_modelSource = std::move(source); }
    void build(const QString &day, const DigestBuildOptions &options = {});
    // Stops a running build; it finishes at once with `cancelled` set and,
    // when given, `reason` as its error.
    void cancel(const QString &reason = QString());
    // Until `finished`: the build's writes are saved before it is emitted.
    bool isRunning() const { return m_running || m_finishing; }

Q_SIGNALS:
    // stage "save" (savingStage()) is the last: the build waits for its
    // writes without blocking this thread.
    void progress(const QString &stage, int done, int total);
    void sectionText(qint64 categoryId, const QString &delta);
    void sectionReady(qint64 categoryId);
    void finished(const service::DigestBuildReport &report);

private:
    struct Run;
    void classifyStep();
    std::shared_ptr<const digest::LearnedClassifier> localModel() const;
    void summariseStep();
    void summariseNext();
    void briefStep(); // the day's briefing, after the sections
    void finish();
    // Runs a write on the writer thread; a failure (the job's error or a
    // rolled-back batch) becomes the run's error.
    void save(std::function<QString(QSqlDatabase &)> job);
    // Counts `requests` LLM calls against the run's budget and records them
    // in the usage table, one row each (the tokens on the first).
    void recordRequests(int requests, qint64 tokensIn, qint64 tokensOut);
    // A request of the run failed (the first failure's reason is kept).
    void llmFailed(const QString &error);

    Profile &m_profile;
    storage::StorageWriter &m_writer;
    llm::Client *m_client;
    LlmUse m_unavailable; // why m_client is null
    const Clock &m_clock;
    ModelSource m_modelSource;
    Run *m_run = nullptr;
    quint64 m_generation = 0; // of m_run, so that late results of an old run are ignored
    bool m_running = false;
    bool m_finishing = false; // waiting for the writer before `finished`
};

// Reads a day's digest (sections, summaries, sources) from the database.
// Cheap: used by the window and the exporter; never calls the network.
class DigestReader
{
public:
    static Digest load(Profile &profile, const QString &day, qint64 edition = editions::kNewsId);
};

} // namespace service

Q_DECLARE_METATYPE(service::DigestBuildReport)
