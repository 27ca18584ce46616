#pragma once

#include <QByteArray>

namespace feed {

struct SanitizedXml
{
    QByteArray xml;          // UTF-8, ready for QXmlStreamReader
    int controlCharsDropped = 0;
    int bareAmpersandsFixed = 0;
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
// CDATA sections and comments are copied untouched (minus illegal chars).
class XmlSanitizer
{
public:
    static SanitizedXml sanitize(const QByteArray &utf8);
};

} // namespace feed
