#pragma once

#include "model/Edition.h"

#include <QList>
#include <QString>

// Which edition an imported digest belongs to, and its day, from the three
// things a seed-format file says about itself. Matching is
// case-insensitive; an edition nothing names gives an empty key.
namespace exporter {

class SeedEditionMatch
{
public:
    struct Match
    {
        QString day;        // YYYY-MM-DD, valid, or empty
        QString editionKey; // empty when no edition is named
    };

    // The title line ("# <title>![Category Distribution Graph](<chart>)",
    // without "# "): the title's text after its last " : " is an edition's
    // name or the end of its title line, or the whole title is its title line.
    static QString editionFromTitle(const QString &titleLine, const QList<Edition> &known);

    // The chart link in the title line, "<prefix>_YYYY-MM-DD.png": the day
    // (whatever the prefix), and the edition whose file prefix, key or name
    // the prefix is.
    static Match fromChartLink(const QString &titleLine, const QList<Edition> &known);

    // A file name or path: "<prefix>_YYYY-MM-DD.md" (an edition's file prefix,
    // key or name: paper_…, news_…), "<Name>_YYYY-MM-DD_report.md" (the old
    // system's: Papers_…_report.md), or the older "news-…" / "digest-…" names
    // (a day, no edition for "digest").
    static Match fromFileName(const QString &fileName, const QList<Edition> &known);
};

} // namespace exporter
