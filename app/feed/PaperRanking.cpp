#include "feed/PaperRanking.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace feed {

QList<MergedPaper> mergePapers(const QList<Paper> &arxivPapers, const QList<Paper> &hfPapers)
{
    QList<MergedPaper> out;
    QHash<QString, qsizetype> index;    // arXiv id -> position in out
    QHash<QString, QSet<QString>> seen; // arXiv id -> listings that carried it
    for (const Paper &p : arxivPapers) {
        if (p.arxivId.isEmpty())
            continue;
        auto it = index.constFind(p.arxivId);
        if (it == index.constEnd()) {
            index.insert(p.arxivId, out.size());
            MergedPaper m;
            m.paper = p;
            m.paper.upvotes = -1;
            out.append(m);
        } else {
            MergedPaper &m = out[*it];
            const QStringList earlier = m.paper.categories;
            if (p.version > m.paper.version) {
                m.paper = p; // its categories come first (the primary category leads)
                m.paper.upvotes = -1;
            }
            for (const QString &c : earlier + p.categories)
                if (!m.paper.categories.contains(c))
                    m.paper.categories.append(c);
        }
        QSet<QString> &listings = seen[p.arxivId];
        listings.insert(p.listing);
        out[index.value(p.arxivId)].listings = int(listings.size());
    }
    for (const Paper &h : hfPapers) {
        if (h.arxivId.isEmpty())
            continue;
        auto it = index.constFind(h.arxivId);
        if (it == index.constEnd()) {
            index.insert(h.arxivId, out.size());
            MergedPaper m;
            m.paper = h;
            m.onHuggingFace = true;
            out.append(m);
            continue;
        }
        MergedPaper &m = out[*it];
        m.onHuggingFace = true;
        m.paper.upvotes = std::max(m.paper.upvotes, h.upvotes);
        if (m.paper.title.isEmpty())
            m.paper.title = h.title;
        if (m.paper.abstract.isEmpty() && !h.abstract.isEmpty()) {
            m.paper.abstract = h.abstract;
            m.paper.abstractMissing = false;
        }
        if (m.paper.authors.isEmpty())
            m.paper.authors = h.authors;
    }
    return out;
}

namespace {

double confidenceOf(const MergedPaper &m)
{
    return std::isnan(m.confidence) ? 0.0 : m.confidence; // NaN would break the ordering
}

} // namespace

bool ranksBefore(const MergedPaper &a, const MergedPaper &b)
{
    const bool aKnown = a.paper.upvotes >= 0, bKnown = b.paper.upvotes >= 0;
    if (aKnown != bKnown)
        return aKnown;
    if (a.paper.upvotes != b.paper.upvotes)
        return a.paper.upvotes > b.paper.upvotes;
    if (a.listings != b.listings)
        return a.listings > b.listings;
    if (confidenceOf(a) != confidenceOf(b))
        return confidenceOf(a) > confidenceOf(b);
    return a.paper.arxivId < b.paper.arxivId;
}

RankedPapers rankAndCap(QList<MergedPaper> papers, int topN)
{
    std::sort(papers.begin(), papers.end(), ranksBefore);
    RankedPapers out;
    const qsizetype keep = std::clamp<qsizetype>(topN, 0, papers.size());
    out.kept = papers.mid(0, keep);
    out.leftOutTotal = int(papers.size() - keep);
    if (out.leftOutTotal > 0)
        out.leftOut.append(
            {QCoreApplication::translate("PaperRanking", "below the top %1").arg(std::max(topN, 0)), out.leftOutTotal});
    return out;
}

} // namespace feed
