#include "feed/FeedParser.h"

#include "feed/EncodingDetector.h"
#include "feed/EntryBuilder.h"
#include "feed/FeedLimits.h"
#include "feed/JsonFeedReader.h"
#include "feed/XmlFeedReader.h"
#include "feed/XmlSanitizer.h"

#include <QCoreApplication>

namespace feed {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedParser", text);
}

qsizetype skipSpace(const QByteArray &b, qsizetype i)
{
    while (i < b.size() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        ++i;
    return i;
}

QUrl baseUrl(const ParseContext &ctx)
{
    QUrl base = ctx.documentUrl;
    if (!ctx.contentLocation.isEmpty()) {
        const QUrl location(QString::fromLatin1(ctx.contentLocation.trimmed()));
        base = base.isEmpty() ? location : base.resolved(location);
    }
    return base;
}

// Why the sanitiser cut the document short.
QString cutReason(const SanitizedXml &xml)
{
    switch (xml.cut) {
    case SanitizedXml::Cut::EntityExpansion:
        return tr("the document's entities would expand to more than %1 characters; the rest is ignored")
            .arg(limits::kEntityExpansionChars);
    case SanitizedXml::Cut::UnsupportedDtd:
        return tr("the document's DTD declares entities that cannot be checked (parameter entities or "
                  "entity references in attribute defaults); the rest is ignored");
    case SanitizedXml::Cut::Attributes:
        return tr("an element has more than %1 attributes; the rest is ignored").arg(limits::kAttributesPerElement);
    case SanitizedXml::Cut::AttributePairs:
        return tr("the elements carry more attributes than can be checked in time; the rest is ignored");
    case SanitizedXml::Cut::None:
        break;
    }
    return {};
}

// Feed-level fields cleaned, and the limits a feed ran into said in the
// result: a feed over a limit is partly parsed.
void finish(ParseResult &result)
{
    EntryBuilder::finishFeedInfo(result);
    if (!result.ok())
        return;
    QStringList notes;
    if (result.itemsDropped > 0)
        notes << QCoreApplication::translate("FeedParser", "%n item(s) past the limit of %1 per feed were dropped",
                                             nullptr, result.itemsDropped)
                     .arg(limits::kItemsPerFeed);
    if (result.fieldsTruncated > 0)
        notes << QCoreApplication::translate("FeedParser", "%n text field(s) were cut at their size limit", nullptr,
                                             result.fieldsTruncated);
    if (notes.isEmpty())
        return;
    const QString note = notes.join(QLatin1String("; "));
    if (result.status == ParseResult::Status::Partial) {
        result.error += QLatin1String("; ") + note;
    } else {
        result.status = ParseResult::Status::Partial;
        result.error = tr("partly parsed: %1").arg(note);
    }
}

} // namespace

bool FeedParser::looksLikeHtmlPage(const QByteArray &utf8)
{
    const QByteArray head = utf8.left(2048).toLower();
    qsizetype i = skipSpace(head, 0);
    // Skip an XML declaration, processing instructions and comments.
    while (i < head.size()) {
        if (head.mid(i, 4) == "<!--") {
            const qsizetype end = head.indexOf("-->", i + 4);
            if (end < 0)
                return false;
            i = skipSpace(head, end + 3);
        } else if (head.mid(i, 2) == "<?") {
            const qsizetype end = head.indexOf("?>", i + 2);
            if (end < 0)
                return false;
            i = skipSpace(head, end + 2);
        } else {
            break;
        }
    }
    // The first element decides; an HTML doctype alone does not (feeds
    // sometimes carry one by mistake).
    bool htmlDoctype = false;
    if (head.mid(i, 14) == "<!doctype html") {
        htmlDoctype = true;
        const qsizetype end = head.indexOf('>', i);
        if (end < 0)
            return true;
        i = skipSpace(head, end + 1);
        while (head.mid(i, 4) == "<!--") {
            const qsizetype close = head.indexOf("-->", i + 4);
            if (close < 0)
                return true;
            i = skipSpace(head, close + 3);
        }
    }
    const QByteArray start = head.mid(i, 6);
    if (start.startsWith("<html") || start.startsWith("<head") || start.startsWith("<body"))
        return true;
    return htmlDoctype && i >= head.size();
}

ParseResult FeedParser::parse(const QByteArray &bytes, const ParseContext &ctx)
{
    ParseResult result;
    const QDateTime now = ctx.now.isValid() ? ctx.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (bytes.trimmed().isEmpty()) {
        result.status = ParseResult::Status::Empty;
        result.bozo = true;
        result.error = tr("the document is empty");
        return result;
    }
    const DecodedDocument doc = EncodingDetector::decode(bytes, ctx.contentType);
    result.encoding = doc.encoding;
    result.bozo = doc.bozo || doc.textPlain;
    if (doc.bozo)
        result.error = doc.problem;
    const QUrl base = baseUrl(ctx);

    const qsizetype first = skipSpace(doc.utf8, 0);
    if (first < doc.utf8.size() && doc.utf8[first] == '{') {
        JsonFeedReader::read(doc.utf8, base, now, result);
        finish(result);
        return result;
    }
    if (looksLikeHtmlPage(doc.utf8)) {
        result.status = ParseResult::Status::HtmlPage;
        result.bozo = true;
        result.error = tr("the server sent an HTML page, not a feed");
        return result;
    }

    const SanitizedXml xml = XmlSanitizer::sanitize(doc.utf8);
    if (xml.htmlEntitiesReplaced > 0 && !result.bozo) {
        result.bozo = true;
        result.error = tr("the document uses HTML entities that XML does not define");
    }
    if (xml.bareAmpersandsFixed > 0) {
        result.bozo = true;
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate("FeedParser", "the document holds %n unescaped '&' character(s)", nullptr, xml.bareAmpersandsFixed);
    }
    XmlFeedReader reader(xml.xml, base, now);
    reader.read(result);
    if (result.errorLine > 0)
        result.errorLine += xml.declarationLineOffset;
    if (xml.cut != SanitizedXml::Cut::None) {
        // The parser stopped where the sanitiser cut: say why, and where.
        result.bozo = true;
        result.errorLine = xml.cutLine;
        result.errorColumn = xml.cutColumn;
        result.error = cutReason(xml);
        if (result.status == ParseResult::Status::Ok)
            result.status = ParseResult::Status::Partial;
    }

    switch (result.status) {
    case ParseResult::Status::HtmlPage:
        result.bozo = true;
        result.error = tr("the server sent an HTML page, not a feed");
        break;
    case ParseResult::Status::NotAFeed:
    case ParseResult::Status::Empty:
        result.status = ParseResult::Status::NotAFeed;
        result.bozo = true;
        if (result.errorLine > 0)
            result.error = tr("not a feed: line %1, column %2: %3")
                               .arg(result.errorLine)
                               .arg(result.errorColumn)
                               .arg(result.error);
        else
            result.error = tr("not a feed: no RSS, Atom or RDF element in the document");
        break;
    case ParseResult::Status::Partial:
        result.error = tr("partly parsed: line %1, column %2: %3")
                           .arg(result.errorLine)
                           .arg(result.errorColumn)
                           .arg(result.error);
        break;
    case ParseResult::Status::Ok:
        break;
    }
    finish(result);
    return result;
}

} // namespace feed
