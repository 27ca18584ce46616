#include "fetch/FeedFetcher.h"

#include "fetch/FeedHttpRequest.h"
#include "fetch/FetchErrors.h"
#include "fetch/RedirectPolicy.h"
#include "fetch/RetryAfter.h"
#include "model/Clock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace fetch {

namespace {

using Outcome = FetchResult::Outcome;

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isSupportedScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("file");
}

// The body length the server announced, when the body we get must match it:
// -1 when there is none or when Qt decoded a Content-Encoding (then the
// header counts the encoded bytes).
qint64 announcedLength(QNetworkReply *reply)
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return -1;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? length.toLongLong() : -1;
}

QString retryKey(const FetchRequest &request)
{
    return QString::number(request.sourceId) + QLatin1Char(' ') + QString::number(request.tag) + QLatin1Char(' ')
        + request.url.toString();
}

} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, FetchOptions options, const Clock *clock,
                         QObject *parent)
    : QObject(parent),
      m_network(network),
      m_options(std::move(options)),
      m_clock(clock),
      m_scheduler(m_options.maxConcurrent, m_options.maxPerHost)
{
    qRegisterMetaType<fetch::FetchResult>();
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &FeedFetcher::pump);
}

FeedFetcher::~FeedFetcher()
{
    const auto replies = m_active.keys();
    m_active.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void FeedFetcher::enqueue(const QList<FetchRequest> &requests)
{
    if (requests.isEmpty())
        return;
    for (const FetchRequest &request : requests)
        m_scheduler.enqueue(request);
    m_total += int(requests.size());
    QMetaObject::invokeMethod(this, &FeedFetcher::pump, Qt::QueuedConnection);
}

void FeedFetcher::cancel()
{
    if (!isRunning())
        return;
    m_cancelling = true;
    m_wakeTimer.stop();
    const auto replies = m_active.keys();
    for (QNetworkReply *reply : replies) {
        auto it = m_active.find(reply);
        if (it == m_active.end())
            continue;
        it->cancelled = true;
        reply->abort(); // finished() comes synchronously and reports Cancelled
    }
    for (const Job &job : std::exchange(m_fileReads, {})) // their reads finish unheard
        report(resultFor(job, Outcome::Cancelled), job.hostKey, true);
    for (const FetchRequest &request : m_scheduler.takeAllQueued())
        report(queuedResult(request, Outcome::Cancelled), HostScheduler::hostKey(request.url), false);
    m_cancelling = false;
    checkAllDone();
}

void FeedFetcher::pump()
{
    if (m_cancelling)
        return;
    while (std::optional<FetchRequest> next = m_scheduler.startNext()) {
        const QString host = HostScheduler::hostKey(next->url);
        const QDateTime blocked = m_blockedUntil.value(host);
        if (blocked.isValid() && blocked > m_clock->nowUtc()) {
            FetchResult result = queuedResult(*next, Outcome::Failed,
                QCoreApplication::translate("FeedFetcher", "the server asked to wait until %1 UTC")
                    .arg(blocked.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            result.retryAfter = blocked;
            report(result, host, true);
            continue;
        }
        start(*next);
    }
    const qint64 wake = m_scheduler.msUntilNextResume();
    if (wake >= 0)
        m_wakeTimer.start(int(std::min<qint64>(wake + 1, 24 * 3600 * 1000)));
    checkAllDone();
}

void FeedFetcher::start(const FetchRequest &request)
{
    Job job;
    job.request = request;
    job.hostKey = HostScheduler::hostKey(request.url);
    job.currentUrl = request.url;
    job.visited = {request.url};
    job.elapsed.start();
    if (!request.url.isValid() || request.url.isEmpty()) {
        report(queuedResult(request, Outcome::Failed,
                            QCoreApplication::translate("FeedFetcher", "invalid address: %1")
                                .arg(request.url.toString())),
               job.hostKey, true);
        return;
    }
    if (!isSupportedScheme(request.url)) {
        report(queuedResult(request, Outcome::Failed,
                            QCoreApplication::translate("FeedFetcher", "unsupported address scheme: %1")
                                .arg(request.url.scheme())),
               job.hostKey, true);
        return;
    }
    if (request.url.isLocalFile())
        readFile(std::move(job));
    else
        sendHop(std::move(job));
}

void FeedFetcher::readFile(Job job)
{
    const quint64 ticket = ++m_nextFileTicket;
    const QString path = job.request.url.toLocalFile();
    const qint64 cap = m_options.maxBytes;
    m_fileReads.insert(ticket, std::move(job));
    // The promise outlives the fetcher if need be; the watcher (our child)
    // does not, so a read that ends after the fetcher is gone goes unheard.
    auto promise = std::make_shared<QPromise<LocalFileRead>>();
    auto *watcher = new QFutureWatcher<LocalFileRead>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        onFileRead(ticket, watcher->future().resultCount() > 0 ? watcher->result() : LocalFileRead{});
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, cap] {
        promise->addResult(readLocalFeedFile(path, cap));
        promise->finish();
    });
}

void FeedFetcher::onFileRead(quint64 ticket, const LocalFileRead &read)
{
    auto it = m_fileReads.find(ticket);
    if (it == m_fileReads.end())
        return; // cancelled meanwhile
    const Job job = std::move(*it);
    m_fileReads.erase(it);
    FetchResult result = resultFor(job, Outcome::Failed);
    if (read.status == LocalFileRead::Status::Ok) {
        result.outcome = Outcome::Ok;
        result.body = read.bytes;
    } else {
        result.error = read.error.isEmpty() ? QCoreApplication::translate("FeedFetcher", "cannot read file: %1")
                                                  .arg(job.request.url.toLocalFile())
                                            : read.error;
    }
    report(result, job.hostKey, true);
    pump();
}

void FeedFetcher::sendHop(Job job)
{
    QNetworkReply *reply = m_network->get(makeFeedRequest(job.currentUrl, job.request, m_options));
    m_active.insert(reply, std::move(job));
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    if (m_options.totalTimeoutMs > 0) {
        // A server that drips bytes never trips the transfer timeout.
        const qint64 left = std::max<qint64>(0, m_options.totalTimeoutMs - m_active[reply].elapsed.elapsed());
        QTimer::singleShot(int(left), reply, [this, reply] {
            abortWith(reply, QCoreApplication::translate("FeedFetcher", "took longer than %1")
                                 .arg(describeDuration(m_options.totalTimeoutMs)));
        });
    }
}

QString FeedFetcher::tooLargeError() const
{
    return QCoreApplication::translate("FeedFetcher", "larger than the %1 limit").arg(describeBytes(m_options.maxBytes));
}

void FeedFetcher::abortWith(QNetworkReply *reply, const QString &reason)
{
    auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    it->abortReason = reason;
    reply->abort(); // may finish synchronously: the Job is gone afterwards
}

void FeedFetcher::onMetaData(QNetworkReply *reply)
{
    if (!m_active.contains(reply) || isRedirectStatus(statusOf(reply)))
        return;
    // Refuse up front when the server announces a body over the cap.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes)
        abortWith(reply, tooLargeError());
}

void FeedFetcher::onReadyRead(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    const int status = statusOf(reply);
    if (isRedirectStatus(status) || status >= 400) {
        reply->readAll(); // the body of a redirect or an error page is not needed
        return;
    }
    it->body += reply->readAll();
    if (it->body.size() > m_options.maxBytes)
        abortWith(reply, tooLargeError());
}

void FeedFetcher::onFinished(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    Job job = std::move(*it);
    m_active.erase(it);
    reply->disconnect(this);
    reply->deleteLater();

    const int status = statusOf(reply);
    const QNetworkReply::NetworkError error = reply->error();
    FetchResult result = resultFor(job, Outcome::Failed);
    result.httpStatus = status;
    result.contentType = reply->rawHeader("Content-Type");
    result.contentLocation = reply->rawHeader("Content-Location");
    if (reply->hasRawHeader("ETag"))
        result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (reply->hasRawHeader("Last-Modified"))
        result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));

    if (job.cancelled) {
        result.outcome = Outcome::Cancelled;
    } else if (!job.abortReason.isEmpty()) {
        result.error = job.abortReason;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout aborts a reply we did not abort ourselves.
        result.error = QCoreApplication::translate("FeedFetcher", "timed out after %1")
                           .arg(describeDuration(m_options.transferTimeoutMs));
    } else if (isRedirectStatus(status)) {
        const RedirectDecision decision = decideRedirect(job.currentUrl, reply->rawHeader("Location"),
                                                         job.visited, job.redirects, m_options.maxRedirects);
        if (decision.follow) {
            job.redirects++;
            job.currentUrl = decision.target;
            job.visited.append(decision.target);
            job.body.clear();
            sendHop(std::move(job));
            return;
        }
        result.error = decision.error;
    } else if (status == 304) {
        result.outcome = Outcome::NotModified;
    } else if ((status >= 200 && status < 300) || (status == 0 && error == QNetworkReply::NoError)) {
        if (error != QNetworkReply::NoError) {
            result.error = describeNetworkError(error, reply->errorString(), job.currentUrl);
        } else {
            job.body += reply->readAll();
            const qint64 announced = announcedLength(reply);
            if (job.body.size() > m_options.maxBytes) {
                result.error = tooLargeError();
            } else if (announced >= 0 && job.body.size() < announced) {
                // Qt 6.4 may end a reply cut short by the server without an error.
                result.error = QCoreApplication::translate("FeedFetcher",
                                   "the connection closed after %1 of %2")
                                   .arg(describeBytes(job.body.size()), describeBytes(announced));
            } else {
                result.outcome = Outcome::Ok;
                result.body = std::move(job.body);
            }
        }
    } else if (status > 0) {
        result.error = describeHttpStatus(status);
        if ((status == 429 || status == 503) && handleRetryAfter(job, reply, result))
            return; // retried after a short wait; reported later
    } else {
        result.error = describeNetworkError(error, reply->errorString(), job.currentUrl);
    }
    report(result, job.hostKey, true);
    pump();
}

// Applies a 429/503 Retry-After to the host. Returns true when the request
// was put back to be retried once the short wait is over.
bool FeedFetcher::handleRetryAfter(const Job &job, QNetworkReply *reply, FetchResult &result)
{
    const QDateTime now = m_clock->nowUtc();
    const QDateTime until = parseRetryAfter(reply->rawHeader("Retry-After"), now);
    if (!until.isValid())
        return false;
    result.retryAfter = until;
    const qint64 waitMs = now.msecsTo(until);
    result.error = QCoreApplication::translate("FeedFetcher", "%1, asked to retry after %2")
                       .arg(result.error, describeDuration(waitMs));
    if (waitMs <= qint64(m_options.maxRetryAfterWaitSecs) * 1000) {
        m_scheduler.pauseHost(job.hostKey, waitMs);
        const QString key = retryKey(job.request);
        if (!m_retried.contains(key)) {
            m_retried.insert(key);
            m_scheduler.finished(job.hostKey);
            m_scheduler.requeueFront(job.request);
            pump();
            return true;
        }
        return false;
    }
    // A long wait: everything else queued for this host fails now with the
    // same reason instead of holding up the refresh.
    m_blockedUntil.insert(job.hostKey, until);
    const QString reason = QCoreApplication::translate("FeedFetcher", "the server asked to wait %1 (HTTP %2)")
                               .arg(describeDuration(waitMs))
                               .arg(result.httpStatus);
    for (const FetchRequest &queued : m_scheduler.takeQueued(job.hostKey)) {
        FetchResult r = queuedResult(queued, Outcome::Failed, reason);
        r.retryAfter = until;
        report(r, job.hostKey, false);
    }
    return false;
}

FetchResult FeedFetcher::resultFor(const Job &job, Outcome outcome) const
{
    FetchResult r;
    r.outcome = outcome;
    r.sourceId = job.request.sourceId;
    r.tag = job.request.tag;
    r.url = job.request.url;
    r.finalUrl = job.currentUrl;
    r.etag = job.request.etag;
    r.lastModified = job.request.lastModified;
    r.elapsedMs = job.elapsed.isValid() ? job.elapsed.elapsed() : 0;
    return r;
}

FetchResult FeedFetcher::queuedResult(const FetchRequest &request, Outcome outcome, const QString &error) const
{
    Job job;
    job.request = request;
    job.currentUrl = request.url;
    FetchResult r = resultFor(job, outcome);
    r.error = error;
    return r;
}

void FeedFetcher::report(const FetchResult &result, const QString &hostKey, bool wasRunning)
{
    if (wasRunning)
        m_scheduler.finished(hostKey);
    m_done++;
    Q_EMIT fetched(result);
    Q_EMIT progress(m_done, m_total);
}

void FeedFetcher::checkAllDone()
{
    if (m_total == 0 || m_done < m_total || !m_active.isEmpty() || !m_fileReads.isEmpty() || !m_scheduler.isIdle())
        return;
    m_total = 0;
    m_done = 0;
    m_blockedUntil.clear();
    m_retried.clear();
    m_wakeTimer.stop();
    Q_EMIT finishedAll();
}

} // namespace fetch
