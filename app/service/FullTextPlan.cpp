#include "service/FullTextPlan.h"

#include "storage/SqlValues.h"

#include <QHash>
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

// On beats Auto beats Off when several sources carry an article.
FullTextMode stronger(FullTextMode a, FullTextMode b)
{
    const auto rank = [](FullTextMode m) { return m == FullTextMode::On ? 2 : m == FullTextMode::Auto ? 1 : 0; };
    return rank(a) >= rank(b) ? a : b;
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, a.link, a.url, a.content, a.summary, a.content_html, a.summary_html,"
                       " s.full_text, s.load_images, f.state, f.attempts, f.next_attempt, f.html"
                       " FROM articles a"
                       " JOIN article_sources x ON x.article_id = a.id"
                       " JOIN sources s ON s.id = x.source_id"
                       " LEFT JOIN article_fulltext f ON f.article_id = a.id"
                       " WHERE s.enabled = 1 AND (s.full_text <> 'off' OR s.load_images <> 0) AND a.first_seen >= ?"
                       " ORDER BY a.first_seen DESC, a.id DESC"));
    q.addBindValue(nowUtc.addDays(-limits.windowDays).toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    QList<qint64> order;
    QHash<qint64, Row> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto it = rows.find(id);
        if (it == rows.end()) {
            Row r;
            r.job.articleId = id;
            const QUrl link(q.value(1).toString());
            r.job.pageUrl = isHttp(link) ? link : QUrl(q.value(2).toString());
            const QString content = q.value(3).toString();
            r.feedText = content.trimmed().isEmpty() ? q.value(4).toString() : content;
            const QString contentHtml = q.value(5).toString();
            r.job.feedHtml = contentHtml.trimmed().isEmpty() ? q.value(6).toString() : contentHtml;
            r.state = q.value(9).toString();
            r.job.attempts = q.value(10).toInt();
            r.nextAttempt = toDateTime(q.value(11));
            if (r.state == QLatin1String("ok"))
                r.job.fullTextHtml = q.value(12).toString();
            order.append(id);
            it = rows.insert(id, r);
        }
        it->mode = stronger(it->mode, fullTextModeFromName(q.value(7).toString()));
        it->job.loadImages = it->job.loadImages || q.value(8).toBool();
    }

    QList<FullTextJob> jobs;
    int pages = 0;
    for (qint64 id : std::as_const(order)) {
        Row &r = rows[id];
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
