#include "feed/ArxivListing.h"

#include "feed/FeedParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace feed {

namespace {

// Upper bound of authors kept per paper (collaboration papers list
// thousands; the digest needs the first few).
constexpr int kAuthorsPerPaper = 500;

// "arXiv:2406.12345v2 Announce Type: replace-cross \nAbstract: ..." -> its parts.
void readDescription(const QString &text, Paper &paper)
{
    static const QRegularExpression kType(QStringLiteral(R"(Announce Type:\s*([A-Za-z-]+))"));
    const QRegularExpressionMatch type = kType.match(text);
    if (type.hasMatch())
        paper.announceType = announceTypeFromName(type.capturedView(1));
    const qsizetype at = text.indexOf(QLatin1String("Abstract:"));
    if (at >= 0)
        paper.abstract = text.mid(at + 9).trimmed();
    else if (!type.hasMatch())
        paper.abstract = text.trimmed(); // a description without the arXiv header is the abstract itself
}

} // namespace

QStringList splitAuthors(const QString &authors)
{
    static const QRegularExpression kSep(QStringLiteral(R"(\s*,\s*(?:and\s+)?|\s+and\s+)"));
    QStringList out;
    for (const QString &part : authors.split(kSep, Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && out.size() < kAuthorsPerPaper)
            out.append(name);
    }
    return out;
}

Paper ArxivListing::paperFromItem(const FeedItem &item, const QString &listing, bool &hasId)
{
    Paper paper;
    paper.listing = listing;
    ArxivId id;
    hasId = parseArxivId(item.guid, id) || parseArxivId(item.link, id) || parseArxivId(item.summary.left(200), id);
    if (!hasId)
        return paper;
    paper.arxivId = id.id;
    paper.version = id.version;
    if (paper.version == 0) { // the guid had none: the description's header may
        ArxivId fromText;
        if (parseArxivId(item.summary.left(200), fromText) && fromText.id == id.id)
            paper.version = fromText.version;
    }
    paper.title = item.title.simplified();
    readDescription(item.summary.isEmpty() ? item.content : item.summary, paper);
    paper.abstractMissing = paper.abstract.isEmpty();
    paper.authors = splitAuthors(item.author);
    paper.categories = item.tags;
    paper.link = arxivAbsUrl(paper.arxivId);
    paper.published = item.published;
    return paper;
}

PaperListing ArxivListing::fromItems(const QList<FeedItem> &items, const QString &listing)
{
    PaperListing out;
    out.ok = true;
    for (const FeedItem &item : items) {
        bool hasId = false;
        Paper paper = paperFromItem(item, listing, hasId);
        if (!hasId) {
            ++out.skippedNoId;
            continue;
        }
        if (paper.abstractMissing)
            ++out.withoutAbstract;
        out.papers.append(std::move(paper));
    }
    return out;
}

PaperListing ArxivListing::parse(const QByteArray &bytes, const QString &listing, const ParseContext &ctx)
{
    const ParseResult parsed = FeedParser::parse(bytes, ctx);
    if (!parsed.ok()) {
        PaperListing out;
        out.error = parsed.error.isEmpty()
                        ? QCoreApplication::translate("ArxivListing", "The arXiv listing %1 is empty.").arg(listing)
                        : QCoreApplication::translate("ArxivListing", "The arXiv listing %1 is not a feed: %2")
                              .arg(listing, parsed.error);
        return out;
    }
    PaperListing out = fromItems(parsed.items, listing);
    out.truncated = parsed.fieldsTruncated;
    if (parsed.status == ParseResult::Status::Partial)
        out.error = QCoreApplication::translate("ArxivListing", "The arXiv listing %1 was only partly read: %2")
                        .arg(listing, parsed.error);
    return out;
}

} // namespace feed
