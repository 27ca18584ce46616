#pragma once

#include "feed/FeedTypes.h"
#include "feed/Paper.h"
#include "model/Source.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QUrl>

namespace service {

// A papers source's answer read as a feed: one FeedItem per paper, and the
// papers themselves (same order) for their arXiv facts.
struct ParsedPapers
{
    feed::ParseResult result; // Ok, Partial (error = the warning) or NotAFeed/HtmlPage/Empty (error = why)
    QList<feed::Paper> papers;
};

// The papers sources (kinds arxiv and hf-daily) between the fetcher and
// the store: what URL to fetch, and how to read the answer.
class PaperSourceParser
{
public:
    // The URL to fetch on `day` (the profile's current day): "{date}" in the
    // source's URL becomes YYYY-MM-DD, and a daily-papers URL without a
    // date= query item gets one. Any other source: its URL as it is.
    static QUrl fetchUrl(const Source &source, const QDate &day);

    // The listing an arXiv URL names, for messages: "cs.AI" for
    // https://rss.arxiv.org/rss/cs.AI (the host when the path is empty).
    static QString listingName(const QUrl &url);

    // Reads an answer of a papers source (kind Arxiv or HfDaily). An
    // empty, HTML, malformed or unexpected answer is a failure with a
    // readable reason; a listing read only partly is Partial, its papers kept.
    // A daily-papers entry's item has no published date (its publishedAt is
    // the arXiv date): it lands on the day it was fetched for.
    static ParsedPapers parse(SourceKind kind, const QByteArray &bytes, const feed::ParseContext &context);

    // The article of a paper: guid "arxiv:<id>" (no version, so that every
    // version and cross-listing is one article), url and link the abstract
    // page, summary the abstract (empty when missing), author the authors
    // joined, tags its categories, published the paper's date.
    static FeedItem itemFor(const feed::Paper &paper);
};

} // namespace service
