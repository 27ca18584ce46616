#pragma once

#include "search/SearchQuery.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

// How `daily-insights search` shows a hit: the engine's snippet (matches
// between SearchHit::kOpen and kClose) becomes plain text plus match
// ranges, and feed text loses what could steer a terminal.
namespace cli::searchoutput {

struct MarkedText
{
    QString text;                   // no kOpen/kClose left
    QList<QPair<int, int>> matches; // [start, length] in Unicode code points
};

// Splits a marked snippet. Unbalanced markers are tolerated: an open
// without a close runs to the end, a stray close is dropped, nested opens
// count as one; empty matches are left out.
MarkedText unmark(const QString &snippet);

// Feed text for one terminal line: control characters (C0, DEL, C1) and
// bidirectional overrides removed, tabs and line breaks made spaces, runs
// of spaces collapsed.
QString terminalText(const QString &text);

// The snippet for a terminal: plain text with each match between `open`
// and `close` (« » in a pipe, bold escapes on a terminal).
QString highlighted(const QString &snippet, const QString &open, const QString &close);

// [[start, length], ...] for JSON.
QJsonArray matchesJson(const QList<QPair<int, int>> &matches);

} // namespace cli::searchoutput
