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
class XmlSanitizer
{
public:
    static SanitizedXml sanitize(const QByteArray &utf8);
};

} // namespace feed
