#pragma once

#include "model/Edition.h"

#include <QString>

// An edition's names as they are written into exported files. Editions are
// user-defined: a prefix becomes part of a file name and a title line part
// of a document, so neither is trusted as it is.
namespace exporter {

class EditionNames
{
public:
    static constexpr qsizetype kMaxPrefixLength = 64;

    // The edition's filePrefix when it is safe as the start of a file name:
    // letters, digits, '-' and '_' only, not starting with '-', at most
    // kMaxPrefixLength characters (so no '/', '\\', "..", control or space).
    // Otherwise a slug of it (lower case, runs of anything else become '-'),
    // else a slug of the key, else of the name, else "digest".
    static QString filePrefix(const Edition &edition);

    // "<filePrefix>_YYYY-MM-DD": the base name of the exported files.
    static QString baseName(const Edition &edition, const QString &day);

    // The title line as one line of plain text (controls, line breaks and bidi
    // overrides removed, whitespace collapsed); when empty, the product's
    // title with the edition's name. Escape it for the format it goes into.
    static QString titleLine(const Edition &edition);

    // Lower case letters and digits, other runs as '-', trimmed of '-'; at
    // most kMaxPrefixLength characters. "Robotics watch" -> "robotics-watch".
    static QString slug(const QString &text);
};

} // namespace exporter
