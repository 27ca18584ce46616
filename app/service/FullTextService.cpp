#include "service/FullTextService.h"

#include "fetch/Backoff.h"
#include "fetch/FeedFetcher.h"
#include "html/HtmlSanitizer.h"
#include "model/Clock.h"
#include "service/Profile.h"
#include "storage/FullTextStore.h"
#include "storage/ImageStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace service {

namespace {

QStringList imagesOf(const QString &html, const QUrl &baseUrl)
{
    if (html.trimmed().isEmpty())
        return {};
    html::SanitizeOptions options;
    options.baseUrl = baseUrl;
    options.keepImages = true;
    return html::sanitize(html, options).imageUrls;
}

QByteArray mimeType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

// Why a fetched page is not read as an article; empty when it is HTML.
// A missing content type is judged by the first bytes.
QString notHtmlReason(const fetch::FetchResult &result)
{
    const QByteArray mime = mimeType(result.contentType);
    if (mime == "text/html" || mime == "application/xhtml+xml")
        return {};
    if (mime.isEmpty()) {
        const QByteArray head = result.body.left(1024).trimmed().toLower();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body"))
            return {};
        return QCoreApplication::translate("FullText", "not an HTML page (no content type)");
    }
    return QCoreApplication::translate("FullText", "not an HTML page (%1)").arg(QString::fromLatin1(mime));
}

QString notImageReason(const fetch::FetchResult &result)
{
    const QByteArray mime = mimeType(result.contentType);
    if (!mime.startsWith("image/"))
        return QCoreApplication::translate("FullText", "not an image (%1)")
            .arg(mime.isEmpty() ? QStringLiteral("no content type") : QString::fromLatin1(mime));
    if (mime == "image/svg+xml") // a document that may carry scripts, not a picture
        return QCoreApplication::translate("FullText", "SVG images are not loaded");
    if (result.body.isEmpty())
        return QCoreApplication::translate("FullText", "the image is empty");
    return {};
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace

// Runs on a pool thread; nothing thrown there may reach the GUI thread.
struct FullTextService::Extracted
{
    html::Extraction extraction;
    QStringList images;
    QString failure;
};

FullTextService::FullTextService(Profile &profile, storage::StorageWriter &writer, QNetworkAccessManager &network,
                                 const Clock &clock, QObject *parent)
    : QObject(parent), m_profile(profile), m_writer(writer), m_network(network), m_clock(clock),
      m_extract(&html::extractArticle), m_listImages(&imagesOf)
{
    qRegisterMetaType<service::FullTextReport>();
}

FullTextService::~FullTextService() = default;

void FullTextService::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = FullTextReport();
    m_jobs.clear();
    m_imageUrls.clear();
    m_total = m_done = m_pending = 0;

    const int timeoutMs = m_profile.settings().integer(SettingKey::FetchTimeoutSec) * 1000;
    const auto makeFetcher = [&](qint64 maxBytes) {
        fetch::FetchOptions options;
        options.maxConcurrent = m_limits.maxConcurrent;
        options.maxPerHost = m_limits.maxPerHost;
        options.transferTimeoutMs = timeoutMs;
        options.maxBytes = maxBytes;
        return std::make_unique<fetch::FeedFetcher>(&m_network, options, &m_clock);
    };
    m_pages = makeFetcher(m_limits.maxPageBytes);
    m_images = makeFetcher(m_limits.maxImageBytes);
    connect(m_pages.get(), &fetch::FeedFetcher::fetched, this, &FullTextService::onPage);
    connect(m_images.get(), &fetch::FeedFetcher::fetched, this, &FullTextService::onImage);

    ++m_pending; // the planning itself, released below
    QString error;
    const QList<FullTextJob> plan = planFullText(m_profile.database(), m_clock.nowUtc(), m_limits, &error);
    if (!error.isEmpty())
        m_report.storageError = error;
    QList<fetch::FetchRequest> requests;
    for (const FullTextJob &job : plan) {
        if (job.fetchPage) {
            m_jobs.insert(job.articleId, job);
            fetch::FetchRequest request;
            request.url = job.pageUrl;
            request.tag = job.articleId;
            requests.append(request);
        } else {
            scanImages(job, job.fullTextHtml);
        }
    }
    m_total += int(requests.size());
    m_pending += int(requests.size());
    Q_EMIT progress(m_done, m_total);
    if (!requests.isEmpty())
        m_pages->enqueue(requests);
    QMetaObject::invokeMethod(
        this,
        [this] {
            --m_pending;
            maybeFinish();
        },
        Qt::QueuedConnection);
}

void FullTextService::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    if (m_pages)
        m_pages->cancel();
    if (m_images)
        m_images->cancel();
}

void FullTextService::onPage(const fetch::FetchResult &result)
{
    const FullTextJob job = m_jobs.take(result.tag);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    using Outcome = fetch::FetchResult::Outcome;
    if (result.outcome == Outcome::Cancelled || m_report.cancelled || job.articleId == 0) {
        stepDone();
        return;
    }
    QString error;
    if (result.outcome == Outcome::Failed)
        error = QCoreApplication::translate("FullText", "the page could not be fetched: %1").arg(result.error);
    else if (result.outcome == Outcome::NotModified || result.body.isEmpty())
        error = QCoreApplication::translate("FullText", "the page is empty");
    else
        error = notHtmlReason(result);
    if (!error.isEmpty()) {
        savePage(job.articleId, {}, error, job.attempts + 1, result.retryAfter);
        scanImages(job, QString());
        stepDone();
        return;
    }

    // Extraction off the GUI thread; the page's step ends when it is back.
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : result.url;
    auto *watcher = new QFutureWatcher<Extracted>(this);
    connect(watcher, &QFutureWatcher<Extracted>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        onExtracted(job, watcher->result());
    });
    const QByteArray body = result.body;
    watcher->setFuture(QtConcurrent::run([extract = m_extract, list = m_listImages, body, pageUrl, job] {
        Extracted done;
        try {
            done.extraction = extract(body, pageUrl, job.loadImages);
            if (job.loadImages) {
                done.images = list(job.feedHtml, job.pageUrl);
                if (done.extraction.ok)
                    done.images += list(done.extraction.html, pageUrl);
            }
        } catch (const std::exception &e) {
            done.failure = QCoreApplication::translate("FullText", "the page could not be read: %1")
                               .arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            done.failure = QCoreApplication::translate("FullText", "the page could not be read");
        }
        return done;
    }));
}

void FullTextService::onExtracted(const FullTextJob &job, const Extracted &done)
{
    if (!m_report.cancelled) {
        QString error = done.failure;
        if (error.isEmpty() && !done.extraction.ok) {
            error = done.extraction.error.isEmpty()
                        ? QCoreApplication::translate("FullText", "no main content was found (a paywall, a login or "
                                                                  "cookie wall, or not an article)")
                        : QCoreApplication::translate("FullText", "no main content: %1").arg(done.extraction.error);
        }
        savePage(job.articleId, done.extraction, error, job.attempts + 1, {});
        queueImages(done.images);
    }
    stepDone();
}

void FullTextService::savePage(qint64 articleId, const html::Extraction &extraction, const QString &error, int attempts,
                               const QDateTime &retryAfter)
{
    storage::FullText f;
    f.articleId = articleId;
    f.attempts = attempts;
    f.fetchedAt = m_clock.nowUtc();
    ++m_report.pages;
    if (error.isEmpty()) {
        ++m_report.ok;
        f.state = storage::FullText::State::Ok;
        f.title = extraction.title;
        f.byline = extraction.byline;
        f.excerpt = extraction.excerpt;
        f.html = extraction.html;
        f.text = extraction.text;
        f.wordCount = extraction.wordCount;
    } else {
        ++m_report.failed;
        f.state = storage::FullText::State::Failed;
        f.error = error;
        f.nextAttempt = fetch::nextAttemptAfter(f.fetchedAt, attempts, retryAfter);
    }
    write([f](QSqlDatabase &db) {
        storage::FullTextStore store(db);
        return store.save(f) ? QString() : store.lastError();
    });
}

void FullTextService::scanImages(const FullTextJob &job, const QString &extraHtml)
{
    if (!job.loadImages || m_report.cancelled)
        return;
    ++m_pending;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        watcher->deleteLater();
        queueImages(watcher->result());
        stepDone();
    });
    watcher->setFuture(QtConcurrent::run([list = m_listImages, job, extraHtml] {
        QStringList urls;
        try {
            urls = list(job.feedHtml, job.pageUrl) + list(extraHtml, job.pageUrl);
        } catch (...) {
            // A page whose HTML cannot be read has no images to load.
        }
        return urls;
    }));
}

void FullTextService::queueImages(const QStringList &urls)
{
    if (urls.isEmpty() || m_report.cancelled || !m_images)
        return;
    const storage::ImageStore stored(m_profile.database());
    QList<fetch::FetchRequest> requests;
    QSet<QString> seen;
    for (const QString &url : urls) {
        if (seen.size() >= m_limits.maxImagesPerArticle)
            break;
        if (seen.contains(url) || !isHttp(QUrl(url)))
            continue;
        seen.insert(url);
        if (m_imageUrls.contains(url) || stored.contains(url))
            continue;
        m_imageUrls.insert(url);
        fetch::FetchRequest request;
        request.url = QUrl(url);
        requests.append(request);
    }
    if (requests.isEmpty())
        return;
    m_total += int(requests.size());
    m_pending += int(requests.size());
    Q_EMIT progress(m_done, m_total);
    m_images->enqueue(requests);
}

void FullTextService::onImage(const fetch::FetchResult &result)
{
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (result.outcome == fetch::FetchResult::Outcome::Cancelled || m_report.cancelled) {
        stepDone();
        return;
    }
    storage::ImageStore::Image image;
    image.url = result.url.toString();
    image.fetchedAt = m_clock.nowUtc();
    if (result.outcome != fetch::FetchResult::Outcome::Ok)
        image.error = result.error.isEmpty() ? QCoreApplication::translate("FullText", "the image could not be fetched")
                                             : result.error;
    else
        image.error = notImageReason(result);
    if (image.error.isEmpty()) {
        image.contentType = QString::fromLatin1(mimeType(result.contentType));
        image.data = result.body;
        ++m_report.images;
    } else {
        ++m_report.imageFailures;
    }
    write([image](QSqlDatabase &db) {
        storage::ImageStore store(db);
        return store.save(image) ? QString() : store.lastError();
    });
    stepDone();
}

void FullTextService::write(std::function<QString(QSqlDatabase &)> job)
{
    ++m_pending;
    m_writer.call<QString>(std::move(job), this, [this](const QString &error, const storage::CommitStatus &status) {
        const QString reason = !status.ok ? status.error : error;
        if (!reason.isEmpty() && m_report.storageError.isEmpty())
            m_report.storageError = reason;
        stepDone();
    });
}

void FullTextService::stepDone()
{
    --m_pending;
    maybeFinish();
}

void FullTextService::maybeFinish()
{
    if (!m_running || m_pending > 0)
        return;
    m_running = false;
    m_jobs.clear();
    m_pages.release()->deleteLater();
    m_images.release()->deleteLater();
    Q_EMIT finished(m_report);
}

} // namespace service
