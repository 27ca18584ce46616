#pragma once

#include "model/Digest.h"

#include <QList>

namespace digest {

// One of the day's papers as the ranking sees it.
struct PaperCandidate
{
    qint64 articleId = 0;
    int upvotes = -1;        // Hugging Face upvotes; -1 (or any negative) = unknown
    int listings = 0;        // how many arXiv listings carried it (cross-listing count)
    double confidence = 0.0; // the classifier's confidence in its category
};

struct PaperSelection
{
    QList<qint64> articleIds;     // the selected papers, best first
    int leftOutTotal = 0;
    QList<DigestLeftOut> leftOut; // {reason, count} per reason ("below the top 30"), translated
};

// The papers a day's digest covers: ranked by feed::rankAndCap (known
// upvotes first, descending; then more listings; then higher confidence;
// then the smaller article id), the top `topN` kept (topN <= 0 keeps all),
// the rest counted in `leftOut`. An article id given twice counts once
// (its first entry).
PaperSelection selectPapers(const QList<PaperCandidate> &candidates, int topN);

} // namespace digest
