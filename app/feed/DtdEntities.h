#pragma once

#include <QByteArray>
#include <QHash>

namespace feed {

// The general entities a document declares in its internal DTD subset,
// with the number of characters each expands to (nested references
// included), so that the sanitiser can budget their total expansion.
// Only what QXmlStreamReader itself would expand is counted: external
// entities are never loaded. Declarations that cannot be budgeted this way
// (a parameter entity with a literal value, an attribute default holding
// an entity reference) make the subset `unsupported`.
struct DtdEntities
{
    bool found = false; // the document has an internal subset
    bool unsupported = false;
    qsizetype doctypeStart = -1;            // offset of "<!DOCTYPE"
    qsizetype subsetEnd = -1;               // offset just past the internal subset's "]"
    int declarations = 0;                   // <!ENTITY declarations of any kind
    QHash<QByteArray, qsizetype> expansion; // name -> characters, at most `budget + 1`

    // Reads the DOCTYPE at or after `from` in `doc`.
    static DtdEntities scan(const QByteArray &doc, qsizetype from, qsizetype budget);
};

} // namespace feed
