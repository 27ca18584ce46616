// The two papers parsers: an arXiv RSS listing through FeedParser into
// papers (fuzz_papers_arxiv) and Hugging Face's daily papers JSON
// (fuzz_papers_hf), chosen by DI_FUZZ_PAPERS_HF at build time; then the
// merge and the ranking of what came out.
#include "FuzzInput.h"
#include "feed/ArxivListing.h"
#include "feed/HfDailyPapers.h"
#include "feed/PaperRanking.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
#ifdef DI_FUZZ_PAPERS_HF
    const feed::PaperListing listing = feed::HfDailyPapers::parse(fuzz::bytes(data, size));
    fuzz::check(listing.papers.size() <= feed::HfDailyPapers::kMaxEntries);
#else
    feed::ParseContext ctx;
    ctx.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC); // reproducible
    const feed::PaperListing listing = feed::ArxivListing::parse(fuzz::bytes(data, size), QStringLiteral("cs.AI"), ctx);
#endif
    fuzz::check(listing.ok || (listing.papers.isEmpty() && !listing.error.isEmpty()));
    for (const feed::Paper &p : listing.papers) {
        fuzz::check(!p.arxivId.isEmpty());
        fuzz::check(p.abstractMissing == p.abstract.isEmpty());
        fuzz::check(p.upvotes >= -1);
    }
    const QList<feed::MergedPaper> merged = feed::mergePapers(listing.papers, listing.papers);
    const feed::RankedPapers ranked = feed::rankAndCap(merged, 30);
    fuzz::check(ranked.kept.size() + ranked.leftOutTotal == merged.size());
    for (qsizetype i = 1; i < ranked.kept.size(); ++i)
        fuzz::check(!feed::ranksBefore(ranked.kept[i], ranked.kept[i - 1]));
    return 0;
}
