#include "feed/EntryBuilder.h"

#include "feed/DateParser.h"
#include "feed/HtmlText.h"
#include "feed/UrlCanonicalizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace feed {

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

FeedItem EntryBuilder::build(const RawEntry &raw, const QDateTime &nowUtc)
{
    FeedItem item;
    item.title = plain(raw.title.present ? raw.title : raw.mediaTitle);
    const RawText &summary = raw.summary.present ? raw.summary : raw.mediaDescription;
    item.summary = plain(summary);
    item.summaryHtml = summary.value;
    item.content = plain(raw.content);
    item.contentHtml = raw.content.value;
    item.link = !raw.link.isEmpty() ? raw.link : raw.guidLink;
    item.url = UrlCanonicalizer::canonicalString(item.link);
    item.author = authorName(raw.author);
    for (const QString &tag : raw.tags) {
        const QString t = HtmlText::collapseWhitespace(tag);
        if (!t.isEmpty() && !item.tags.contains(t))
            item.tags << t;
    }
    item.enclosure = raw.enclosure;
    item.published = date(raw.published, nowUtc);
    item.updated = date(raw.updated, nowUtc);
    if (!item.published.isValid())
        item.published = item.updated;

    item.guid = raw.guid.trimmed();
    if (item.guid.isEmpty())
        item.guid = raw.about.trimmed();
    if (item.guid.isEmpty())
        item.guid = item.link;
    if (item.guid.isEmpty()) {
        const QByteArray key = (item.title + QLatin1Char('\n') + raw.published + QLatin1Char('\n') + raw.updated
                                + QLatin1Char('\n') + item.summary.left(200)).toUtf8();
        item.guid = QStringLiteral("sha1:")
                    + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    }
    return item;
}

} // namespace feed
