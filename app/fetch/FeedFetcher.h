#pragma once

#include "fetch/Backoff.h"
#include "fetch/FetchTypes.h"
#include "fetch/HostScheduler.h"
#include "fetch/LocalFeedFile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

namespace fetch {

// Fetches feeds over one shared QNetworkAccessManager, asynchronously on the
// thread that owns it (no nested event loops). Limits concurrency overall and
// per host, interleaves hosts, enforces a transfer timeout and a body size cap
// while downloading, follows at most maxRedirects redirects itself (never
// https -> http, never to a non-HTTP scheme, loops detected), sends
// conditional GETs, honours Retry-After per host. A file: URL is read on a
// pool thread, only when it is a regular file (never a FIFO or a device),
// under the same size cap.
//
// Every enqueued request yields exactly one fetched() signal; one bad source
// never stops the others. finishedAll() comes once everything enqueued has
// a result (also after cancel()).
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    FeedFetcher(QNetworkAccessManager *network, FetchOptions options, const Clock *clock,
                QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Queue requests; they start from the event loop (never inside this call).
    void enqueue(const QList<FetchRequest> &requests);
    // Abort every request in flight and drop the queue: each one not yet
    // reported comes out as Cancelled, then finishedAll().
    void cancel();
    bool isRunning() const { return m_total > 0; }
    const FetchOptions &options() const { return m_options; }

Q_SIGNALS:
    void fetched(const fetch::FetchResult &result);
    void progress(int done, int total);
    void finishedAll();

private:
    struct Job
    {
        FetchRequest request;
        QString hostKey;
        QUrl currentUrl;
        QList<QUrl> visited;
        int redirects = 0;
        QElapsedTimer elapsed;
        QByteArray body;
        QString abortReason; // set when we abort the reply ourselves
        bool cancelled = false;
    };

    void pump();
    void start(const FetchRequest &request);
    void sendHop(Job job);
    void readFile(Job job);
    void onFileRead(quint64 ticket, const LocalFileRead &read);
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    bool handleRetryAfter(const Job &job, QNetworkReply *reply, FetchResult &result);
    void abortWith(QNetworkReply *reply, const QString &reason);
    FetchResult resultFor(const Job &job, FetchResult::Outcome outcome) const;
    FetchResult queuedResult(const FetchRequest &request, FetchResult::Outcome outcome,
                             const QString &error = {}) const;
    void report(const FetchResult &result, const QString &hostKey, bool wasRunning);
    void checkAllDone();
    QString tooLargeError() const;

    QNetworkAccessManager *m_network;
    FetchOptions m_options;
    const Clock *m_clock;
    HostScheduler m_scheduler;
    QHash<QNetworkReply *, Job> m_active;
    QHash<quint64, Job> m_fileReads; // file: requests being read on a pool thread
    quint64 m_nextFileTicket = 0;
    QHash<QString, QDateTime> m_blockedUntil; // hosts that asked for a long wait
    QSet<QString> m_retried;                  // requests already retried after a 429/503
    QTimer m_wakeTimer;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelling = false;
};

} // namespace fetch
