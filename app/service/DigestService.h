#pragma once

#include "model/Digest.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class Clock;
namespace llm { class Client; }
namespace storage { class StorageWriter; }

namespace service {

class Profile;

struct DigestBuildOptions
{
    bool offline = false;      // force the offline classifier and summariser
    bool force = false;        // regenerate even when the cache matches
    qint64 onlyCategoryId = 0; // regenerate one section only (0 = all)
};

struct SectionStatus
{
    enum class State { Cached, Generated, Offline, Failed };
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
    QString day;
    QList<SectionStatus> sections;
    int llmCalls = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 elapsedMs = 0;
    bool offline = false;
    bool cancelled = false;
    QString error;             // set when the build could not run at all
    // The day's briefing, when the day has AI stories (briefingBuilt):
    // Cached, Generated (LLM), Offline, or Failed (the LLM's briefing failed,
    // `message` says why, and the offline briefing stands in). `sources`
    // holds the number of items.
    bool briefingBuilt = false;
    SectionStatus briefing;
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
    void summariseStep();
    void summariseNext();
    void briefStep(); // the day's briefing, after the sections
    void finish();
    // Runs a write on the writer thread; a failure (the job's error or a
    // rolled-back batch) becomes the run's error.
    void save(std::function<QString(QSqlDatabase &)> job);

    Profile &m_profile;
    storage::StorageWriter &m_writer;
    llm::Client *m_client;
    const Clock &m_clock;
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
    static Digest load(Profile &profile, const QString &day);
};

} // namespace service

Q_DECLARE_METATYPE(service::DigestBuildReport)
