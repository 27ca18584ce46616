#include "feed/JsonFeedReader.h"

#include "feed/EntryBuilder.h"
#include "feed/FeedLimits.h"
#include "feed/RawEntry.h"
#include "model/TextHygiene.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feed {
namespace {

QString resolve(const QUrl &base, const QString &ref)
{
    if (ref.isEmpty() || base.isEmpty())
        return ref;
    const QUrl rel(ref);
    return rel.isRelative() ? base.resolved(rel).toString() : ref;
}

QString authorOf(const QJsonObject &o)
{
    const QJsonArray authors = o.value(QLatin1String("authors")).toArray();
    for (const QJsonValue &a : authors) {
        const QString name = a.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            return name;
    }
    return o.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString();
}

// A size in bytes, or 0 when absent, negative, fractional-garbage or too large
// to be a file (a double outside qint64 must never be cast).
qint64 byteCount(const QJsonValue &value)
{
    const double bytes = value.toDouble();
    constexpr double kMax = 9007199254740992.0; // 2^53: every integer below is exact
    return bytes >= 0 && bytes < kMax ? qint64(bytes) : 0;
}

// A string value, at most limits::kTextChars long (counted when cut).
QString textOf(const QJsonValue &value, int &truncated)
{
    QString text = value.toString();
    if (text.size() > limits::kTextChars) {
        text.truncate(limits::kTextChars);
        ++truncated;
    }
    return text;
}

} // namespace

bool JsonFeedReader::read(const QByteArray &utf8, const QUrl &base, const QDateTime &nowUtc, ParseResult &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        result.status = ParseResult::Status::NotAFeed;
        result.bozo = true;
        result.error = QCoreApplication::translate("FeedParser", "not a feed: invalid JSON at offset %1: %2")
                           .arg(error.offset)
                           .arg(error.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (!version.startsWith(QLatin1String("https://jsonfeed.org/version/"))) {
        result.status = ParseResult::Status::NotAFeed;
        result.bozo = true;
        result.error = QCoreApplication::translate("FeedParser", "not a feed: JSON without a JSON Feed version");
        return false;
    }
    result.status = ParseResult::Status::Ok;
    result.feed.version = version.endsWith(QLatin1String("/1")) ? QStringLiteral("json10") : QStringLiteral("json11");
    result.feed.title = root.value(QLatin1String("title")).toString().simplified();
    result.feed.link = resolve(base, root.value(QLatin1String("home_page_url")).toString());
    result.feed.description = root.value(QLatin1String("description")).toString().simplified();
    const QString feedAuthor = authorOf(root);

    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    result.items.reserve(qMin(items.size(), qsizetype(limits::kItemsPerFeed)));
    int &truncated = result.fieldsTruncated;
    for (const QJsonValue &v : items) {
        if (EntryBuilder::full(result)) {
            result.itemsDropped = int(items.size() - result.items.size());
            break;
        }
        const QJsonObject o = v.toObject();
        RawEntry e;
        const QJsonValue id = o.value(QLatin1String("id"));
        e.guid = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        e.link = resolve(base, o.value(QLatin1String("url")).toString().trimmed());
        if (!TextHygiene::isWebUrl(e.link)) // none, or javascript:, data:...
            e.guidLink = resolve(base, o.value(QLatin1String("external_url")).toString().trimmed());
        if (o.contains(QLatin1String("title")))
            e.title.setOnce(textOf(o.value(QLatin1String("title")), truncated), TextKind::Guess);
        if (o.contains(QLatin1String("summary")))
            e.summary.setOnce(textOf(o.value(QLatin1String("summary")), truncated), TextKind::Text);
        if (o.contains(QLatin1String("content_html")))
            e.content.setOnce(textOf(o.value(QLatin1String("content_html")), truncated), TextKind::Html);
        else if (o.contains(QLatin1String("content_text")))
            e.content.setOnce(textOf(o.value(QLatin1String("content_text")), truncated), TextKind::Text);
        e.author = authorOf(o);
        if (e.author.isEmpty())
            e.author = feedAuthor;
        const QJsonArray tags = o.value(QLatin1String("tags")).toArray();
        for (qsizetype t = 0; t < tags.size() && t < limits::kCategoriesRead; ++t)
            e.tags << tags.at(t).toString();
        const QJsonArray attachments = o.value(QLatin1String("attachments")).toArray();
        if (!attachments.isEmpty()) {
            const QJsonObject a = attachments.first().toObject();
            e.enclosure.url = resolve(base, a.value(QLatin1String("url")).toString());
            e.enclosure.type = a.value(QLatin1String("mime_type")).toString();
            e.enclosure.length = byteCount(a.value(QLatin1String("size_in_bytes")));
        }
        e.published = o.value(QLatin1String("date_published")).toString();
        e.updated = o.value(QLatin1String("date_modified")).toString();
        EntryBuilder::append(e, nowUtc, result);
    }
    return true;
}

} // namespace feed
