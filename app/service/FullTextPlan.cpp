#include "service/FullTextPlan.h"

#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace service {

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

bool wantsFullText(FullTextMode mode, const QString &feedText, int autoMinWords)
{
    switch (mode) {
    case FullTextMode::Off:
        return false;
    case FullTextMode::On:
        return true;
    case FullTextMode::Auto:
        return countWords(feedText) < autoMinWords;
    }
    return false;
}

namespace {

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

struct Row
{
    FullTextJob job;
    FullTextMode mode = FullTextMode::Off;
    QString feedText;
    QString state; // '' (never tried) | ok | failed
    QDateTime nextAttempt;
};

} // namespace

QList<FullTextJob> planFullText(QSqlDatabase db, const QDateTime &nowUtc, const FullTextLimits &limits, QString *error)
{
    using namespace storage::sqlvalues;
    // One row per article; an article several sources carry takes the
    // strongest mode (on > auto > off) and loads images if any of them does.
    // The texts are read only where they are needed (Auto; images).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.link, a.url, f.state, f.attempts, f.next_attempt,"
        " max(CASE s.full_text WHEN 'on' THEN 2 WHEN 'auto' THEN 1 ELSE 0 END) AS mode,"
        " max(s.load_images <> 0) AS images,"
        " CASE WHEN max(CASE s.full_text WHEN 'on' THEN 2 WHEN 'auto' THEN 1 ELSE 0 END) = 1"
        "      THEN CASE WHEN trim(a.content) <> '' THEN a.content ELSE a.summary END END,"
        " CASE WHEN max(s.load_images <> 0)"
        "      THEN CASE WHEN trim(a.content_html) <> '' THEN a.content_html ELSE a.summary_html END END,"
        " CASE WHEN max(s.load_images <> 0) AND f.state = 'ok' THEN f.html END"
        " FROM articles a"
        " JOIN article_sources x ON x.article_id = a.id"
        " JOIN sources s ON s.id = x.source_id"
        " LEFT JOIN article_fulltext f ON f.article_id = a.id"
        " WHERE s.enabled = 1 AND (s.full_text <> 'off' OR s.load_images <> 0) AND a.first_seen >= ?"
        " GROUP BY a.id ORDER BY a.first_seen DESC, a.id DESC"));
    q.addBindValue(nowUtc.addDays(-limits.windowDays).toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.job.articleId = q.value(0).toLongLong();
        const QUrl link(q.value(1).toString());
        r.job.pageUrl = isHttp(link) ? link : QUrl(q.value(2).toString());
        r.state = q.value(3).toString();
        r.job.attempts = q.value(4).toInt();
        r.nextAttempt = toDateTime(q.value(5));
        const int mode = q.value(6).toInt();
        r.mode = mode == 2 ? FullTextMode::On : mode == 1 ? FullTextMode::Auto : FullTextMode::Off;
        r.job.loadImages = q.value(7).toBool();
        r.feedText = q.value(8).toString();
        r.job.feedHtml = q.value(9).toString();
        r.job.fullTextHtml = q.value(10).toString();
        rows.append(r);
    }

    QList<FullTextJob> jobs;
    int pages = 0;
    for (Row &r : rows) {
        const bool due =
            r.state.isEmpty() || (r.state == QLatin1String("failed") && r.job.attempts < limits.maxAttempts &&
                                  (!r.nextAttempt.isValid() || r.nextAttempt <= nowUtc));
        r.job.fetchPage = due && isHttp(r.job.pageUrl) && pages < limits.maxPagesPerRun &&
                          wantsFullText(r.mode, r.feedText, limits.autoMinWords);
        pages += r.job.fetchPage ? 1 : 0;
        if (r.job.fetchPage || r.job.loadImages)
            jobs.append(r.job);
    }
    return jobs;
}

} // namespace service
