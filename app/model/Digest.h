#pragma once

#include "model/Briefing.h"
#include "model/Edition.h"
#include "model/Summary.h"

#include <QList>
#include <QString>

// A day's digest as it is presented and exported: sections ordered by
// number of sources, descending; ties by category order.
struct DigestSource
{
    qint64 articleId = 0;
    QString title;
    QString url;
    QString sourceName;
};

struct DigestSection
{
    qint64 categoryId = 0;
    QString categoryKey;
    QString categoryName;
    QString emoji;
    QString color;
    int categoryPosition = 0;
    QString summaryMarkdown;   // rendered summary, or empty with `error`
    QString error;
    SummaryDoc summaryDoc;     // structured parts when known
    SummaryProvenance provenance;
    QList<DigestSource> sources;
};

// Articles of the day the digest does not cover, and why (an edition with
// a top N, e.g. "below the top 30").
struct DigestLeftOut
{
    QString reason;
    int count = 0;
};

struct Digest
{
    Edition edition = editions::news(); // its title line and export names
    QString day;               // YYYY-MM-DD
    QString language;          // output language of the summaries
    QList<DigestSection> sections;
    int notAiCount = 0;        // articles judged not about AI, left out
    QList<DigestLeftOut> leftOut; // articles past the edition's top N
    bool offline = false;      // built with the offline classifier/summariser
    Briefing briefing;         // may be empty (no digest built yet)
    QList<DigestSource> briefingSources; // briefing citation n is briefingSources[n - 1]
};

// Sorts sections by source count (desc), then category position (asc).
void sortDigestSections(QList<DigestSection> &sections);
