#pragma once

#include "feed/FeedTypes.h"
#include "feed/Paper.h"

#include <QList>

namespace feed {

struct PaperListing
{
    bool ok = false;
    QString error; // readable reason when !ok (or when the feed was only partly read)
    QList<Paper> papers;
    int skippedNoId = 0;     // entries without a recognisable arXiv id: not papers
    int withoutAbstract = 0; // papers kept with their title only
    int truncated = 0;       // fields cut at a size limit
};

// arXiv's RSS listings (rss.arxiv.org/rss/cs.AI, ...): RSS 2.0 items with
//   <guid>oai:arXiv.org:2406.12345v2</guid>, <link>https://arxiv.org/abs/2406.12345</link>,
//   <description>arXiv:2406.12345v2 Announce Type: new \nAbstract: ...</description>,
//   <arxiv:announce_type>, one <dc:creator> with the authors separated by
//   commas, and a <category> per arXiv category.
// The bytes go through FeedParser (its budgets apply); this turns its items
// into papers. The announce type is read from the description, which carries
// the same value as <arxiv:announce_type> (FeedItem keeps no foreign elements).
class ArxivListing
{
public:
    static PaperListing parse(const QByteArray &bytes, const QString &listing, const ParseContext &ctx = {});
    static PaperListing fromItems(const QList<FeedItem> &items, const QString &listing);
    static Paper paperFromItem(const FeedItem &item, const QString &listing, bool &hasId);
};

// "A. One, B. Two and C. Three" -> the three names.
QStringList splitAuthors(const QString &authors);

} // namespace feed
