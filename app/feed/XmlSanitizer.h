#pragma once

#include <QByteArray>

namespace feed {

struct SanitizedXml
{
    QByteArray xml;          // UTF-8, ready for QXmlStreamReader
    int controlCharsDropped = 0;
    int bareAmpersandsFixed = 0;
    int htmlEntitiesReplaced = 0; // HTML named entities, known or not
    int c1ControlsMapped = 0;     // U+0080..U+009F read as windows-1252
    int declarationLineOffset = 0; // lines removed before the document

    // Where the document was cut short, and why: everything before the cut
    // is in `xml`, nothing after it.
    enum class Cut {
        None,
        EntityExpansion, // references to the DTD's entities would expand past the budget
        UnsupportedDtd,  // the DTD declares entities in a way that cannot be budgeted
        Attributes,      // an element with more attributes than allowed
        AttributePairs   // the elements' attributes together are over the budget
    };
    Cut cut = Cut::None;
    int cutLine = 0, cutColumn = 0; // of the cut, in the input (1-based)
    bool declaresEntities = false;  // the internal DTD subset declares entities (of any kind)
};

// One pass over a UTF-8 document before the XML parser sees it:
// - leading whitespace and the XML declaration are removed (the text is
//   UTF-8 now, whatever the declaration said);
// - characters XML forbids (C0 controls other than tab/CR/LF, U+FFFE,
//   U+FFFF) are dropped;
// - HTML named entities (&eacute;) become numeric references, unknown
//   ones and bare '&' are escaped as text (unless the document declares
//   its own entities in a DTD);
// - C1 controls (U+0080..U+009F) become the windows-1252 characters
//   those bytes stand for ("smart quotes" in mislabelled feeds);
// CDATA sections and comments are copied untouched (minus illegal chars).
// Budgets (feed/FeedLimits.h), checked in the same pass: references to the
// document's own entities may expand to limits::kEntityExpansionChars in
// total, and an element may carry limits::kAttributesPerElement attributes
// (limits::kAttributePairsPerDocument pairs of attributes in all);
// the document is cut just before the reference or element that breaks a
// budget (see SanitizedXml::cut).
class XmlSanitizer
{
public:
    static SanitizedXml sanitize(const QByteArray &utf8);
};

} // namespace feed
