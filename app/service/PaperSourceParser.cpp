#include "service/PaperSourceParser.h"

#include "feed/ArxivListing.h"
#include "feed/HfDailyPapers.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace service {

namespace {

const QString kDatePlaceholder = QStringLiteral("{date}");

// An HTML page where JSON was expected (a login, error or challenge page).
bool looksLikeHtml(const QByteArray &bytes, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = bytes.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") ||
           start.startsWith("<body");
}

feed::ParseResult::Status statusOf(const feed::PaperListing &listing, const QByteArray &bytes)
{
    using Status = feed::ParseResult::Status;
    if (listing.ok)
        return listing.error.isEmpty() ? Status::Ok : Status::Partial;
    return bytes.trimmed().isEmpty() ? Status::Empty : Status::NotAFeed;
}

} // namespace

QUrl PaperSourceParser::fetchUrl(const Source &source, const QDate &day)
{
    if (source.kind == SourceKind::Feed)
        return QUrl(source.url);
    const QString date = day.toString(Qt::ISODate);
    QString text = source.url;
    const bool templated = text.contains(kDatePlaceholder);
    text.replace(kDatePlaceholder, date);
    QUrl url(text);
    if (source.kind == SourceKind::HfDaily && !templated) {
        QUrlQuery query(url);
        if (query.queryItemValue(QStringLiteral("date")).isEmpty()) {
            query.removeAllQueryItems(QStringLiteral("date"));
            query.addQueryItem(QStringLiteral("date"), date);
            url.setQuery(query);
        }
    }
    return url;
}

QString PaperSourceParser::listingName(const QUrl &url)
{
    const QString name = url.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return name.isEmpty() ? url.host() : name;
}

ParsedPapers PaperSourceParser::parse(SourceKind kind, const QByteArray &bytes, const feed::ParseContext &context)
{
    ParsedPapers out;
    feed::PaperListing listing;
    if (kind == SourceKind::HfDaily) {
        if (!bytes.trimmed().isEmpty() && looksLikeHtml(bytes, context.contentType)) {
            out.result.status = feed::ParseResult::Status::HtmlPage;
            out.result.error = QCoreApplication::translate(
                "PaperSourceParser", "The daily papers answer is an HTML page, not the list of papers.");
            return out;
        }
        listing = feed::HfDailyPapers::parse(bytes);
        out.result.feed.title = QCoreApplication::translate("PaperSourceParser", "Hugging Face daily papers");
    } else {
        const QString name = listingName(context.documentUrl);
        listing = feed::ArxivListing::parse(bytes, name, context);
        out.result.feed.title = QCoreApplication::translate("PaperSourceParser", "arXiv %1").arg(name);
    }
    out.result.status = statusOf(listing, bytes);
    out.result.error = listing.error;
    out.result.fieldsTruncated = listing.truncated;
    if (!listing.ok)
        return out;
    out.papers = listing.papers;
    out.result.items.reserve(listing.papers.size());
    for (const feed::Paper &paper : std::as_const(listing.papers)) {
        FeedItem item = itemFor(paper);
        if (kind == SourceKind::HfDaily)
            item.published = QDateTime(); // the paper's arXiv date: its day here is the day asked for
        out.result.items.append(item);
    }
    return out;
}

FeedItem PaperSourceParser::itemFor(const feed::Paper &paper)
{
    FeedItem item;
    item.guid = QStringLiteral("arxiv:") + paper.arxivId;
    item.url = feed::arxivAbsUrl(paper.arxivId).toString();
    item.link = item.url;
    item.title = paper.title;
    item.summary = paper.abstractMissing ? QString() : paper.abstract;
    item.summaryHtml = item.summary.toHtmlEscaped();
    item.author = paper.authors.join(QStringLiteral(", "));
    item.tags = paper.categories;
    item.published = paper.published;
    return item;
}

} // namespace service
