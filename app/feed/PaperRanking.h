#pragma once

#include "feed/Paper.h"

#include <QList>

namespace feed {

// One paper after merging every listing that carried it.
struct MergedPaper
{
    Paper paper;      // the newest version's metadata; upvotes from Hugging Face
    int listings = 0; // how many distinct arXiv listings carried it (cross-listing count)
    bool onHuggingFace = false;
    double confidence = 0.0; // the classifier's confidence, set by the caller before ranking
};

// Merges papers by arXiv id. From the arXiv listings: the highest version's
// metadata wins (the first seen on a tie), categories are united, and each
// distinct listing counts once. From Hugging Face: the upvotes (the highest
// if it lists a paper twice), and the title, abstract and authors when no
// listing gave them; a paper only on Hugging Face is kept with listings = 0.
// The order is the order of first appearance.
QList<MergedPaper> mergePapers(const QList<Paper> &arxivPapers, const QList<Paper> &hfPapers);

struct LeftOut
{
    QString reason; // short, user-visible: "below the top 30"
    int count = 0;
};

struct RankedPapers
{
    QList<MergedPaper> kept;
    int leftOutTotal = 0;
    QList<LeftOut> leftOut; // one entry per reason with count > 0
};

// True when a ranks before b: known upvotes first, descending; then more
// listings; then higher confidence; then the smaller arXiv id.
bool ranksBefore(const MergedPaper &a, const MergedPaper &b);

// Sorts by ranksBefore and keeps the top topN (topN <= 0 keeps none).
RankedPapers rankAndCap(QList<MergedPaper> papers, int topN);

} // namespace feed
