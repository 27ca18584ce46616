#pragma once

#include "model/Source.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace service {

// What the reader does for one article after a refresh: fetch its page for
// the full text, load its images, or both.
struct FullTextJob
{
    qint64 articleId = 0;
    QUrl pageUrl;            // http(s)
    bool fetchPage = false;  // full text wanted and due
    int attempts = 0;        // earlier failed tries of the page
    bool loadImages = false; // a source carrying it loads images
    QString feedHtml;        // the feed's own HTML (content, else summary), for its images
    QString fullTextHtml;    // stored full text (state ok), for its images
};

struct FullTextLimits
{
    int autoMinWords = 80;    // Auto fetches the page when the feed's text is shorter
    int windowDays = 3;       // only articles first seen this recently
    int maxPagesPerRun = 100; // newest first
    int maxAttempts = 4;      // a page that failed this often is left alone
    int maxImagesPerArticle = 8;
    qint64 maxPageBytes = 5 * 1024 * 1024;
    qint64 maxImageBytes = 2 * 1024 * 1024;
    int maxConcurrent = 4; // pages (and images) in flight at once
    int maxPerHost = 1;    // politeness: one request at a time per host
};

// Whitespace-separated words of plain text.
int countWords(const QString &text);

// Whether an article's page is wanted under a source's mode, from its feed text.
bool wantsFullText(FullTextMode mode, const QString &feedText, int autoMinWords);

// Reads, on the caller's connection, which recent articles of sources with
// full text or images on need work: pages never tried, or failed and past
// their backoff (fewer than maxAttempts tries); never one already ok.
QList<FullTextJob> planFullText(QSqlDatabase db, const QDateTime &nowUtc, const FullTextLimits &limits,
                                QString *error = nullptr);

} // namespace service
