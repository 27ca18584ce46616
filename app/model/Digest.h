#pragma once

#include "model/Briefing.h"
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

struct Digest
{
    QString day;               // YYYY-MM-DD
    QString language;          // output language of the summaries
    QList<DigestSection> sections;
    int notAiCount = 0;        // articles judged not about AI, left out
    bool offline = false;      // built with the offline classifier/summariser
    Briefing briefing;         // may be empty (no digest built yet)
    QList<DigestSource> briefingSources; // briefing citation n is briefingSources[n - 1]
};

// Sorts sections by source count (desc), then category position (asc).
void sortDigestSections(QList<DigestSection> &sections);
