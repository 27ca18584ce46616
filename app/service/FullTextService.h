#pragma once

#include "html/ReadabilityExtractor.h"
#include "service/FullTextPlan.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class Clock;
class QNetworkAccessManager;
class QSqlDatabase;
namespace fetch {
class FeedFetcher;
struct FetchResult;
} // namespace fetch
namespace storage {
class StorageWriter;
}

namespace service {

class Profile;

// What one full-text run did.
struct FullTextReport
{
    int pages = 0;         // pages fetched or tried
    int ok = 0;            // of which yielded a full text
    int failed = 0;        // of which failed (reason stored with the article)
    int images = 0;        // images stored
    int imageFailures = 0; // images that failed (reason stored, not fetched again)
    bool cancelled = false;
    QString storageError; // set when a result could not be saved
};

// After a refresh has stored its articles: fetches the pages of articles
// whose sources want the full text (On, or Auto when the feed's text is
// short), extracts the main content on a pool thread, stores it (or why it
// failed, with a backoff before the next try) in article_fulltext; and for
// sources with "load images", fetches the images of the feed's HTML and of
// the full text into the ImageStore. Pages and images go through their own
// FeedFetcher (size caps, per-host politeness, Retry-After) on the shared
// QNetworkAccessManager; everything is written through the StorageWriter.
class FullTextService : public QObject
{
    Q_OBJECT
public:
    FullTextService(Profile &profile, storage::StorageWriter &writer, QNetworkAccessManager &network,
                    const Clock &clock, QObject *parent = nullptr);
    ~FullTextService() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    void setLimits(const FullTextLimits &limits) { m_limits = limits; }
    const FullTextLimits &limits() const { return m_limits; }

    // The HTML work, run on pool threads. Replaceable for tests.
    using Extractor = std::function<html::Extraction(const QByteArray &page, const QUrl &url, bool keepImages)>;
    using ImageLister = std::function<QStringList(const QString &html, const QUrl &baseUrl)>;
    void setExtractor(Extractor extractor) { m_extract = std::move(extractor); }
    void setImageLister(ImageLister lister) { m_listImages = std::move(lister); }

Q_SIGNALS:
    void progress(int done, int total); // pages and images
    void finished(const service::FullTextReport &report);

private:
    struct Extracted; // what a pool thread hands back

    void onPage(const fetch::FetchResult &result);
    void onExtracted(const FullTextJob &job, const Extracted &done);
    void onImage(const fetch::FetchResult &result);
    void scanImages(const FullTextJob &job, const QString &extraHtml);
    void queueImages(const QStringList &urls);
    void savePage(qint64 articleId, const html::Extraction &extraction, const QString &error, int attempts,
                  const QDateTime &retryAfter);
    void write(std::function<QString(QSqlDatabase &)> job);
    void stepDone();
    void maybeFinish();

    Profile &m_profile;
    storage::StorageWriter &m_writer;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    FullTextLimits m_limits;
    Extractor m_extract;
    ImageLister m_listImages;
    std::unique_ptr<fetch::FeedFetcher> m_pages;
    std::unique_ptr<fetch::FeedFetcher> m_images;
    QHash<qint64, FullTextJob> m_jobs; // by article, while its page is out
    QSet<QString> m_imageUrls;         // queued in this run
    FullTextReport m_report;
    int m_total = 0;
    int m_done = 0;
    int m_pending = 0; // requests, pool tasks and writes not finished
    bool m_running = false;
};

} // namespace service

Q_DECLARE_METATYPE(service::FullTextReport)
