#pragma once

#include "feed/FeedTypes.h"
#include "model/Source.h"
#include "service/FullTextService.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Clock;
class QNetworkAccessManager;
namespace fetch { class FeedFetcher; struct FetchResult; }
namespace storage { class StorageWriter; }

namespace service {

class Profile;

// What happened to one source in a refresh.
struct SourceReport
{
    enum class Outcome { Ok, NotModified, Unchanged, Partial, Failed, Skipped, Cancelled };
    qint64 sourceId = 0;
    QString url;
    QString title;
    Outcome outcome = Outcome::Failed;
    int newArticles = 0;
    QString message;       // readable reason for Failed / Partial / Skipped
};

QString outcomeName(SourceReport::Outcome outcome);

struct RefreshSummary
{
    QList<SourceReport> sources;
    int newArticles = 0;
    bool cancelled = false;
    QString storageError;  // set when something fetched could not be saved (full disk…)
    FullTextReport fullText; // the full-text stage, when one is set
    int failed() const;
    bool allFailed() const; // every attempted source failed
};

// sources -> fetch -> parse (off the GUI thread) -> store, with progress.
class RefreshService : public QObject
{
    Q_OBJECT
public:
    RefreshService(Profile &profile, storage::StorageWriter &writer, QNetworkAccessManager &network,
                   const Clock &clock, QObject *parent = nullptr);
    ~RefreshService() override;

    // Refreshes the enabled sources (or only `urls` when given). Sources in
    // backoff are skipped unless `force`.
    void start(const QStringList &urls = {}, bool force = false);
    void cancel();
    bool isRunning() const { return m_running; }

    // The feed parser; it runs on a worker thread, and whatever it throws
    // fails its own source only. Replaceable for tests.
    using Parser = std::function<feed::ParseResult(const QByteArray &, const feed::ParseContext &)>;
    void setParser(Parser parser);

    // The reader's full text and images: run after the articles are stored,
    // before finished() (whose summary then carries its report). Not owned.
    void setFullTextStage(FullTextService *stage);

Q_SIGNALS:
    void progress(int done, int total, int newArticles);
    void sourceFinished(const service::SourceReport &report);
    void finished(const service::RefreshSummary &summary);

private:
    void onFetched(const fetch::FetchResult &result);
    void finishSource(const SourceReport &report);
    void saveSource(const Source &source); // a fetch-state update; counts as pending until saved
    void noteStorageFailure(const QString &error);
    void maybeFinish();
    bool startFullTextStage(); // true when it was started (finish waits for it)

    Profile &m_profile;
    storage::StorageWriter &m_writer;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    Parser m_parser;
    std::unique_ptr<fetch::FeedFetcher> m_fetcher;
    QHash<qint64, Source> m_sources; // the sources of the running refresh
    RefreshSummary m_summary;
    int m_total = 0;
    int m_pending = 0;    // parses and writes still running
    bool m_fetchDone = false;
    bool m_running = false;
    FullTextService *m_fullText = nullptr;
    bool m_fullTextStarted = false;
};

} // namespace service

Q_DECLARE_METATYPE(service::SourceReport)
Q_DECLARE_METATYPE(service::RefreshSummary)
