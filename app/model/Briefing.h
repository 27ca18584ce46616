#pragma once

#include "model/Summary.h"

#include <QList>
#include <QString>

// One development of the day: one or two sentences in the output language
// (plain text, no "[n]" markers in it) and the articles that report it, as
// 1-based numbers into Briefing::articleIds.
struct BriefingItem
{
    QString text;
    QList<int> citations;
};

// The day's briefing: the 3–7 developments that matter most, across
// categories, ranked by how many sources cover them and how new they are.
// Its "[n]" citations number the briefing's own source list, `articleIds`,
// in order of first citation (as a section's [n] number its sources).
struct Briefing
{
    static constexpr int kMinItems = 3;
    static constexpr int kMaxItems = 7;

    QString day;
    QList<BriefingItem> items;
    QList<qint64> articleIds;     // citation n is articleIds[n - 1]
    SummaryProvenance provenance; // provider "offline", "imported" or the LLM's
    QString error;                // why the LLM briefing failed (this one is then offline)

    bool isEmpty() const { return items.isEmpty(); }
    // The article ids an item cites (unknown numbers skipped).
    QList<qint64> articleIdsOf(const BriefingItem &item) const;
};
