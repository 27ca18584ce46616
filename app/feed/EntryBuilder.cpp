#include "feed/EntryBuilder.h"

#include "feed/DateParser.h"
#include "feed/FeedLimits.h"
#include "feed/HtmlText.h"
#include "feed/UrlCanonicalizer.h"
#include "model/TextHygiene.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace feed {
namespace {

using Lines = TextHygiene::Lines;

// At most `max` characters (a surrogate pair is not split).
QString capped(QString text, qsizetype max, int &truncated)
{
    if (text.size() > max) {
        qsizetype keep = max;
        if (text.at(keep - 1).isHighSurrogate())
            --keep;
        text.truncate(keep);
        ++truncated;
    }
    return text;
}

// Plain text (whitespace already collapsed): one line without control
// characters, at most `max` characters.
QString tidyPlain(QString text, qsizetype max, int &truncated)
{
    if (TextHygiene::clean(text, Lines::Single))
        text = HtmlText::collapseWhitespace(text);
    return capped(text, max, truncated);
}

// Text as published (HTML): line breaks kept, other controls removed.
QString tidyPublished(QString text, int &truncated)
{
    TextHygiene::clean(text, Lines::Multi);
    return capped(text, limits::kTextChars, truncated);
}

// The first http(s) link of the candidates, trimmed and clean; a link
// over the size limit is dropped, not cut.
QString webLink(std::initializer_list<const QString *> candidates, int &truncated)
{
    for (const QString *candidate : candidates) {
        QString link = candidate->trimmed();
        TextHygiene::clean(link, Lines::Single);
        if (!TextHygiene::isWebUrl(link))
            continue;
        if (link.size() > limits::kUrlChars) {
            ++truncated;
            continue;
        }
        return link;
    }
    return {};
}

} // namespace

QString EntryBuilder::plain(const RawText &text)
{
    if (!text.present)
        return {};
    switch (text.kind) {
    case TextKind::Html:
        return HtmlText::toPlainText(text.value);
    case TextKind::Guess:
        return HtmlText::looksLikeHtml(text.value) ? HtmlText::toPlainText(text.value)
                                                   : HtmlText::collapseWhitespace(text.value);
    case TextKind::Text:
        break;
    }
    return HtmlText::collapseWhitespace(text.value);
}

QDateTime EntryBuilder::date(const QString &text, const QDateTime &nowUtc)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = DateParser::parse(text);
    if (dt.isValid() && nowUtc.isValid() && dt > nowUtc.addDays(1))
        dt = nowUtc;
    return dt;
}

QString EntryBuilder::authorName(const QString &author)
{
    const QString collapsed = HtmlText::collapseWhitespace(author);
    if (!collapsed.contains(QLatin1Char('@')) || !collapsed.endsWith(QLatin1Char(')')))
        return collapsed;
    static const QRegularExpression kEmailName(QStringLiteral("^\\S+@\\S+\\s*\\((.+)\\)$"));
    const QRegularExpressionMatch m = kEmailName.match(collapsed);
    if (m.hasMatch())
        return m.captured(1).trimmed();
    return collapsed;
}

FeedItem EntryBuilder::build(const RawEntry &raw, const QDateTime &nowUtc, int *truncatedFields)
{
    int truncated = 0;
    FeedItem item;
    item.title = tidyPlain(plain(raw.title.present ? raw.title : raw.mediaTitle), limits::kTitleChars, truncated);
    const RawText &summary = raw.summary.present ? raw.summary : raw.mediaDescription;
    item.summary = tidyPlain(plain(summary), limits::kTextChars, truncated);
    item.summaryHtml = tidyPublished(summary.value, truncated);
    item.content = tidyPlain(plain(raw.content), limits::kTextChars, truncated);
    item.contentHtml = tidyPublished(raw.content.value, truncated);
    item.link = webLink({&raw.link, &raw.guidLink}, truncated);
    item.url = UrlCanonicalizer::canonicalString(item.link);
    if (!TextHygiene::isWebUrl(item.url)) // canonicalisation keeps the scheme; be sure
        item.url.clear();
    item.author = tidyPlain(authorName(raw.author), limits::kFieldChars, truncated);
    QSet<QString> seen; // filled only for items with many categories
    constexpr qsizetype kFewTags = 8;
    for (const QString &tag : raw.tags) {
        const QString t = tidyPlain(HtmlText::collapseWhitespace(tag), limits::kFieldChars, truncated);
        if (t.isEmpty() || (item.tags.size() <= kFewTags ? item.tags.contains(t) : seen.contains(t)))
            continue;
        if (item.tags.size() == limits::kCategoriesPerItem) {
            ++truncated;
            break;
        }
        item.tags << t;
        if (item.tags.size() > kFewTags) {
            if (seen.isEmpty())
                seen = QSet<QString>(item.tags.cbegin(), item.tags.cend());
            else
                seen.insert(t);
        }
    }
    item.enclosure.url = webLink({&raw.enclosure.url}, truncated);
    item.enclosure.type = tidyPlain(raw.enclosure.type.trimmed(), limits::kFieldChars, truncated);
    item.enclosure.length = raw.enclosure.length;
    item.published = date(raw.published.left(limits::kFieldChars), nowUtc);
    item.updated = date(raw.updated.left(limits::kFieldChars), nowUtc);
    if (!item.published.isValid())
        item.published = item.updated;

    item.guid = tidyPlain(raw.guid.trimmed(), limits::kFieldChars, truncated);
    if (item.guid.isEmpty())
        item.guid = tidyPlain(raw.about.trimmed(), limits::kFieldChars, truncated);
    if (item.guid.isEmpty())
        item.guid = item.link;
    if (item.guid.isEmpty()) {
        const QByteArray key = (item.title + QLatin1Char('\n') + raw.published + QLatin1Char('\n') + raw.updated
                                + QLatin1Char('\n') + item.summary.left(200)).toUtf8();
        item.guid = QStringLiteral("sha1:")
                    + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    }
    if (truncatedFields)
        *truncatedFields += truncated;
    return item;
}

bool EntryBuilder::full(const ParseResult &result)
{
    return result.items.size() >= limits::kItemsPerFeed;
}

void EntryBuilder::append(const RawEntry &raw, const QDateTime &nowUtc, ParseResult &result)
{
    if (full(result)) {
        ++result.itemsDropped;
        return;
    }
    result.items.append(build(raw, nowUtc, &result.fieldsTruncated));
}

void EntryBuilder::finishFeedInfo(ParseResult &result)
{
    FeedInfo &feed = result.feed;
    feed.title = tidyPlain(feed.title, limits::kTitleChars, result.fieldsTruncated);
    feed.description = tidyPlain(feed.description, limits::kTextChars, result.fieldsTruncated);
    feed.link = webLink({&feed.link}, result.fieldsTruncated);
}

} // namespace feed
