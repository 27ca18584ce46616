#include "digest/PaperSelection.h"

#include "feed/PaperRanking.h"

#include <QSet>

namespace digest {

namespace {

// feed::ranksBefore breaks full ties by arXiv id; the zero-padded article id
// in its place makes them fall to the smaller article id.
QString tieKey(qint64 articleId)
{
    return QStringLiteral("%1").arg(articleId, 20, 10, QLatin1Char('0'));
}

} // namespace

PaperSelection selectPapers(const QList<PaperCandidate> &candidates, int topN)
{
    QList<feed::MergedPaper> papers;
    QHash<QString, qint64> articleOf;
    QSet<qint64> seen;
    for (const PaperCandidate &c : candidates) {
        if (seen.contains(c.articleId))
            continue;
        seen.insert(c.articleId);
        feed::MergedPaper m;
        m.paper.arxivId = tieKey(c.articleId);
        m.paper.upvotes = c.upvotes < 0 ? -1 : c.upvotes;
        m.listings = c.listings;
        m.confidence = c.confidence;
        articleOf.insert(m.paper.arxivId, c.articleId);
        papers.append(m);
    }
    const int cap = topN > 0 ? topN : int(papers.size());
    const feed::RankedPapers ranked = feed::rankAndCap(papers, cap);
    PaperSelection out;
    for (const feed::MergedPaper &m : ranked.kept)
        out.articleIds.append(articleOf.value(m.paper.arxivId));
    out.leftOutTotal = ranked.leftOutTotal;
    for (const feed::LeftOut &l : ranked.leftOut)
        out.leftOut.append({l.reason, l.count});
    return out;
}

} // namespace digest
