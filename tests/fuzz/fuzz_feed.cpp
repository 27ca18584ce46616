// FeedParser::parse on raw bytes: RSS, RDF, Atom and JSON Feed, with every
// encoding path. Built twice (fuzz_feed_xml, fuzz_feed_json): one parser,
// two seed corpora and dictionaries.
#include "FuzzInput.h"
#include "feed/FeedParser.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    feed::ParseContext ctx;
    ctx.documentUrl = QUrl(QStringLiteral("https://example.com/feeds/main.xml"));
    ctx.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC); // reproducible
    const feed::ParseResult result = feed::FeedParser::parse(fuzz::bytes(data, size), ctx);
    for (const FeedItem &item : result.items) {
        fuzz::check(!item.guid.isEmpty());
        fuzz::check(!item.published.isValid() || item.published.timeSpec() == Qt::UTC);
    }
    return 0;
}
