#include "feed/HfDailyPapers.h"

#include "feed/FeedLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace feed {

namespace {

// A string value cut at max characters (counted when cut); "" for non-strings.
QString textOf(const QJsonValue &value, qsizetype max, int &truncated)
{
    QString text = value.toString();
    if (text.size() > max) {
        text.truncate(max);
        ++truncated;
    }
    return text;
}

// Upvotes: a whole number in [0, kMaxUpvotes], else unknown (-1).
int upvotesOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double v = value.toDouble();
    if (!std::isfinite(v) || v < 0 || v > HfDailyPapers::kMaxUpvotes || v != std::floor(v))
        return -1;
    return int(v);
}

} // namespace

PaperListing HfDailyPapers::parse(const QByteArray &bytes)
{
    PaperListing out;
    if (bytes.trimmed().isEmpty()) {
        out.error = QCoreApplication::translate("HfDailyPapers", "The daily papers answer is empty.");
        return out;
    }
    if (bytes.size() > kMaxBytes) {
        out.error = QCoreApplication::translate("HfDailyPapers", "The daily papers answer is larger than %1 MB.")
                        .arg(kMaxBytes / (1024 * 1024));
        return out;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        out.error =
            QCoreApplication::translate("HfDailyPapers", "The daily papers answer is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset);
        return out;
    }
    if (!doc.isArray()) {
        out.error = QCoreApplication::translate("HfDailyPapers", "The daily papers answer is not a list of papers.");
        return out;
    }
    out.ok = true;
    const QJsonArray entries = doc.array();
    for (const QJsonValue &entryValue : entries) {
        if (out.papers.size() >= kMaxEntries) {
            out.error =
                QCoreApplication::translate("HfDailyPapers",
                                            "The daily papers answer has more than %1 entries; the rest were not read.")
                    .arg(kMaxEntries);
            break;
        }
        const QJsonObject entry = entryValue.toObject();
        const QJsonObject p = entry.value(QLatin1String("paper")).toObject();
        ArxivId id;
        const QString rawId = p.value(QLatin1String("id")).toString().left(limits::kFieldChars);
        if (rawId.isEmpty() || !parseArxivId(rawId, id)) {
            ++out.skippedNoId;
            continue;
        }
        Paper paper;
        paper.listing = kListing;
        paper.arxivId = id.id;
        paper.version = id.version;
        paper.title = textOf(p.value(QLatin1String("title")), limits::kTitleChars, out.truncated).simplified();
        if (paper.title.isEmpty())
            paper.title = textOf(entry.value(QLatin1String("title")), limits::kTitleChars, out.truncated).simplified();
        paper.abstract = textOf(p.value(QLatin1String("summary")), limits::kTextChars, out.truncated).trimmed();
        paper.abstractMissing = paper.abstract.isEmpty();
        if (paper.abstractMissing)
            ++out.withoutAbstract;
        paper.upvotes = upvotesOf(p.value(QLatin1String("upvotes")));
        const QJsonArray authors = p.value(QLatin1String("authors")).toArray();
        for (const QJsonValue &a : authors) {
            if (paper.authors.size() >= kMaxAuthors)
                break;
            const QString name =
                textOf(a.toObject().value(QLatin1String("name")), limits::kFieldChars, out.truncated).simplified();
            if (!name.isEmpty())
                paper.authors.append(name);
        }
        QString published = p.value(QLatin1String("publishedAt")).toString().left(64);
        if (published.isEmpty())
            published = entry.value(QLatin1String("publishedAt")).toString().left(64);
        paper.published = QDateTime::fromString(published, Qt::ISODateWithMs).toUTC();
        paper.link = arxivAbsUrl(paper.arxivId);
        out.papers.append(std::move(paper));
    }
    return out;
}

} // namespace feed
