#include "service/RefreshService.h"

#include "feed/FeedParser.h"
#include "fetch/FeedFetcher.h"
#include "model/Clock.h"
#include "service/PaperIngest.h"
#include "service/PaperSourceParser.h"
#include "service/Profile.h"
#include "storage/ArticleStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace service {

QString outcomeName(SourceReport::Outcome outcome)
{
    switch (outcome) {
    case SourceReport::Outcome::Ok: return QCoreApplication::translate("Refresh", "ok");
    case SourceReport::Outcome::NotModified: return QCoreApplication::translate("Refresh", "not modified");
    case SourceReport::Outcome::Unchanged: return QCoreApplication::translate("Refresh", "unchanged");
    case SourceReport::Outcome::Partial: return QCoreApplication::translate("Refresh", "partly parsed");
    case SourceReport::Outcome::Failed: return QCoreApplication::translate("Refresh", "failed");
    case SourceReport::Outcome::Skipped: return QCoreApplication::translate("Refresh", "skipped");
    case SourceReport::Outcome::Cancelled: return QCoreApplication::translate("Refresh", "cancelled");
    }
    return QString();
}

int RefreshSummary::failed() const
{
    int n = 0;
    for (const SourceReport &r : sources)
        n += r.outcome == SourceReport::Outcome::Failed ? 1 : 0;
    return n;
}

bool RefreshSummary::allFailed() const
{
    int attempted = 0;
    for (const SourceReport &r : sources) {
        if (r.outcome != SourceReport::Outcome::Skipped && r.outcome != SourceReport::Outcome::Cancelled)
            ++attempted;
    }
    return attempted > 0 && failed() == attempted;
}

namespace {

QString hashBody(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex());
}

SourceReport reportFor(const Source &source, SourceReport::Outcome outcome, const QString &message = {})
{
    SourceReport r;
    r.sourceId = source.id;
    r.url = source.url;
    r.title = source.title.isEmpty() ? source.url : source.title;
    r.outcome = outcome;
    r.message = message;
    return r;
}

// What the worker thread hands back: the parsed feed, and its items with
// the database-free part of ingest already done.
struct ParsedFeed
{
    feed::ParseResult result;
    storage::PreparedItems items;
    QList<feed::Paper> papers; // a papers source's papers, one per item (items then unprepared)
    QString failure; // the parser (or preparing its items) threw
};

// Runs on a worker thread. Nothing thrown here may cross to the main
// thread (QFuture would rethrow it there and end the process): a feed that
// fails, for any reason, fails alone.
ParsedFeed parseOnWorker(const RefreshService::Parser &parser, SourceKind kind, const QByteArray &body,
                         const feed::ParseContext &context, const QTimeZone &zone)
{
    QString failure;
    try {
        ParsedFeed parsed;
        if (kind != SourceKind::Feed) { // prepared on the writer, once it knows which to rewrite
            ParsedPapers papers = PaperSourceParser::parse(kind, body, context);
            parsed.result = std::move(papers.result);
            parsed.papers = std::move(papers.papers);
            return parsed;
        }
        parsed.result = parser(body, context);
        parsed.items = storage::PreparedItems(parsed.result.items, zone);
        return parsed;
    } catch (const std::bad_alloc &) {
        failure = QCoreApplication::translate(
            "Refresh", "the feed needs more memory than a feed may use; nothing of it was stored");
    } catch (const std::exception &e) {
        failure = QCoreApplication::translate("Refresh", "the feed could not be read: %1")
                      .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        failure = QCoreApplication::translate("Refresh", "the feed could not be read: unknown error");
    }
    ParsedFeed failed;
    failed.failure = failure;
    return failed;
}

} // namespace

RefreshService::RefreshService(Profile &profile, storage::StorageWriter &writer,
                               QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent), m_profile(profile), m_writer(writer), m_network(network), m_clock(clock),
      m_parser(&feed::FeedParser::parse)
{
    qRegisterMetaType<service::SourceReport>();
    qRegisterMetaType<service::RefreshSummary>();
}

RefreshService::~RefreshService() = default;

void RefreshService::setParser(Parser parser) { m_parser = std::move(parser); }

void RefreshService::setFullTextStage(FullTextService *stage)
{
    m_fullText = stage;
    connect(stage, &FullTextService::finished, this, [this](const FullTextReport &report) {
        if (!m_running || !m_fullTextStarted)
            return;
        m_summary.fullText = report;
        if (m_summary.storageError.isEmpty())
            m_summary.storageError = report.storageError;
        --m_pending;
        maybeFinish();
    });
}

bool RefreshService::startFullTextStage()
{
    if (!m_fullText || m_fullTextStarted || m_summary.cancelled || m_fullText->isRunning())
        return false;
    m_fullTextStarted = true;
    ++m_pending;
    m_fullText->start();
    return true;
}

void RefreshService::start(const QStringList &urls, bool force)
{
    if (m_running)
        return;
    m_running = true;
    m_summary = RefreshSummary();
    m_pending = 0;
    m_fetchDone = false;
    m_fullTextStarted = false;

    const Settings &settings = m_profile.settings();
    fetch::FetchOptions options;
    options.maxConcurrent = settings.integer(SettingKey::FetchMaxConcurrent);
    options.maxPerHost = settings.integer(SettingKey::FetchMaxPerHost);
    options.transferTimeoutMs = settings.integer(SettingKey::FetchTimeoutSec) * 1000;
    options.maxBytes = settings.integer(SettingKey::FetchMaxBytes);
    m_fetcher = std::make_unique<fetch::FeedFetcher>(&m_network, options, &m_clock);
    connect(m_fetcher.get(), &fetch::FeedFetcher::fetched, this, &RefreshService::onFetched);
    connect(m_fetcher.get(), &fetch::FeedFetcher::finishedAll, this, [this] {
        m_fetchDone = true;
        maybeFinish();
    });

    m_sources.clear();
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.toTimeZone(m_profile.timeZone()).date(); // what a daily-papers source asks for
    QList<fetch::FetchRequest> requests;
    storage::SourceStore store(m_profile.database());
    for (const Source &s : store.all()) {
        if (!urls.isEmpty() && !urls.contains(s.url))
            continue;
        if (urls.isEmpty() && !s.enabled)
            continue;
        if (!force && s.nextAttempt.isValid() && s.nextAttempt > now) {
            m_summary.sources.append(reportFor(s, SourceReport::Outcome::Skipped,
                QCoreApplication::translate("Refresh", "waiting until %1 after %n failure(s): %2", nullptr,
                                            s.consecutiveFailures)
                    .arg(QLocale().toString(s.nextAttempt.toLocalTime(), QLocale::ShortFormat), s.lastError)));
            continue;
        }
        m_sources.insert(s.id, s);
        requests.append(fetch::FetchRequest{s.id, PaperSourceParser::fetchUrl(s, today), s.etag, s.lastModified});
    }
    m_total = int(requests.size());
    Q_EMIT progress(0, m_total, 0);
    if (requests.isEmpty()) {
        m_fetchDone = true;
        QMetaObject::invokeMethod(this, &RefreshService::maybeFinish, Qt::QueuedConnection);
        return;
    }
    m_fetcher->enqueue(requests);
}

void RefreshService::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_fullText && m_fullTextStarted)
        m_fullText->cancel();
}

void RefreshService::onFetched(const fetch::FetchResult &result)
{
    const auto it = m_sources.constFind(result.sourceId);
    if (it == m_sources.cend())
        return;
    Source source = it.value();
    const QDateTime now = m_clock.nowUtc();
    source.lastAttempt = now;

    using Outcome = fetch::FetchResult::Outcome;
    if (result.outcome == Outcome::Cancelled) {
        finishSource(reportFor(source, SourceReport::Outcome::Cancelled));
        return;
    }
    if (result.outcome == Outcome::Failed) {
        source.consecutiveFailures += 1;
        source.lastError = result.error;
        source.nextAttempt = fetch::nextAttemptAfter(now, source.consecutiveFailures, result.retryAfter);
        saveSource(source);
        finishSource(reportFor(source, SourceReport::Outcome::Failed, result.error));
        return;
    }
    // The server answered: the source is healthy again, unless what it sent
    // turns out not to be a feed.
    const Source before = source;
    source.lastSuccess = now;
    source.lastError.clear();
    source.consecutiveFailures = 0;
    source.nextAttempt = QDateTime();
    if (!result.etag.isEmpty())
        source.etag = result.etag;
    if (!result.lastModified.isEmpty())
        source.lastModified = result.lastModified;
    if (result.outcome == Outcome::NotModified) {
        saveSource(source);
        finishSource(reportFor(source, SourceReport::Outcome::NotModified));
        return;
    }
    const QString bodyHash = hashBody(result.body);
    if (bodyHash == source.bodyHash) {
        saveSource(source);
        finishSource(reportFor(source, SourceReport::Outcome::Unchanged));
        return;
    }

    // Parse off the GUI thread, then store on the writer thread.
    feed::ParseContext context;
    context.documentUrl = result.finalUrl.isValid() ? result.finalUrl : result.url;
    context.contentType = result.contentType;
    context.contentLocation = result.contentLocation;
    context.now = now;
    ++m_pending;
    auto *watcher = new QFutureWatcher<ParsedFeed>(this);
    connect(watcher, &QFutureWatcher<ParsedFeed>::finished, this,
            [this, watcher, source, before, bodyHash, now]() mutable {
        watcher->deleteLater();
        const ParsedFeed done = watcher->result();
        const feed::ParseResult &parsed = done.result;
        using Status = feed::ParseResult::Status;
        if (!done.failure.isEmpty() || parsed.status == Status::NotAFeed
            || parsed.status == Status::HtmlPage || parsed.status == Status::Empty) {
            const QString error = done.failure.isEmpty() ? parsed.error : done.failure;
            source = before;
            source.consecutiveFailures += 1;
            source.lastError = error;
            source.nextAttempt = fetch::nextAttemptAfter(now, source.consecutiveFailures);
            saveSource(source);
            --m_pending;
            finishSource(reportFor(source, SourceReport::Outcome::Failed, error));
            maybeFinish();
            return;
        }
        source.bodyHash = bodyHash;
        if (source.title.isEmpty() || source.title == source.url)
            source.title = parsed.feed.title.trimmed();
        const bool partial = parsed.status == Status::Partial;
        if (partial)
            source.lastError = parsed.error;
        const QTimeZone zone = m_profile.timeZone();
        const storage::PreparedItems items = done.items;
        const QList<feed::Paper> papers = done.papers;
        // The source's new state (body hash included) is saved only with its
        // articles, so that a failed save is retried on the next refresh.
        m_writer.call<storage::IngestStats>(
            [source, items, papers, parsedItems = parsed.items, zone, now](QSqlDatabase &db) {
                constexpr auto indexing = storage::ArticleStore::Indexing::BeforeCommit;
                storage::IngestStats stats = source.kind == SourceKind::Feed
                    ? storage::ArticleStore(db, zone).ingest(source.id, items, now, indexing)
                    : ingestPapers(db, zone, source.id, parsedItems, papers, now, indexing);
                storage::SourceStore store(db);
                if (stats.error.isEmpty() && !store.update(source))
                    stats.error = store.lastError();
                return stats;
            },
            this,
            [this, source, partial, parsed](const storage::IngestStats &stats,
                                            const storage::CommitStatus &status) {
                --m_pending;
                // The job's own error says why, when it has one.
                const QString error = !stats.error.isEmpty() ? stats.error : status.error;
                if (!error.isEmpty()) {
                    noteStorageFailure(error);
                    finishSource(reportFor(source, SourceReport::Outcome::Failed,
                        QCoreApplication::translate("Refresh", "the articles could not be saved: %1")
                            .arg(error)));
                    maybeFinish();
                    return;
                }
                SourceReport report = reportFor(source, partial ? SourceReport::Outcome::Partial
                                                                : SourceReport::Outcome::Ok,
                                                partial ? parsed.error : QString());
                report.newArticles = stats.inserted;
                noteNewDays(stats.newDays);
                finishSource(report);
                maybeFinish();
            });
    });
    const QByteArray body = result.body;
    const QTimeZone profileZone = m_profile.timeZone();
    watcher->setFuture(QtConcurrent::run([parser = m_parser, kind = source.kind, body, context, profileZone] {
        return parseOnWorker(parser, kind, body, context, profileZone);
    }));
}

void RefreshService::noteNewDays(const QStringList &days)
{
    for (const QString &day : days) {
        if (!m_summary.newDays.contains(day))
            m_summary.newDays.append(day);
    }
    std::sort(m_summary.newDays.begin(), m_summary.newDays.end());
}

void RefreshService::saveSource(const Source &source)
{
    ++m_pending;
    m_writer.call<QString>(
        [source](QSqlDatabase &db) {
            storage::SourceStore store(db);
            return store.update(source) ? QString() : store.lastError();
        },
        this,
        [this](const QString &error, const storage::CommitStatus &status) {
            --m_pending;
            if (!status.ok || !error.isEmpty())
                noteStorageFailure(status.ok ? error : status.error);
            maybeFinish();
        });
}

void RefreshService::noteStorageFailure(const QString &error)
{
    if (m_summary.storageError.isEmpty())
        m_summary.storageError = error;
}

void RefreshService::finishSource(const SourceReport &report)
{
    m_summary.sources.append(report);
    m_summary.newArticles += report.newArticles;
    int done = 0;
    for (const SourceReport &r : std::as_const(m_summary.sources))
        done += r.outcome == SourceReport::Outcome::Skipped ? 0 : 1;
    Q_EMIT sourceFinished(report);
    Q_EMIT progress(done, m_total, m_summary.newArticles);
}

void RefreshService::maybeFinish()
{
    if (!m_running || !m_fetchDone || m_pending > 0)
        return;
    if (startFullTextStage())
        return;
    m_running = false;
    m_sources.clear();
    m_fetcher.release()->deleteLater();
    Q_EMIT finished(m_summary);
}

} // namespace service
