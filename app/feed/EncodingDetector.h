#pragma once

#include <QByteArray>
#include <QString>

namespace feed {

struct DecodedDocument
{
    QByteArray utf8;   // the document as UTF-8, without BOM
    QString encoding;  // the encoding used, lower-case (e.g. "utf-8", "euc-kr")
    bool bozo = false; // declared and actual encoding disagreed, or bytes were invalid
    QString problem;   // readable reason when bozo
    bool textPlain = false; // served as text/plain (not an XML media type)
};

// Finds a document's encoding (BOM, then HTTP charset, then XML
// declaration, else UTF-8 with a windows-1252 fallback) and converts it to
// UTF-8. Thread-safe.
class EncodingDetector
{
public:
    static DecodedDocument decode(const QByteArray &bytes, const QByteArray &contentType = {});
    // The charset parameter of a Content-Type header, lower-case, or empty.
    static QByteArray charsetFromContentType(const QByteArray &contentType);
    // The encoding="..." of an XML declaration at the start, or empty.
    static QByteArray declaredEncoding(const QByteArray &asciiHead);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace feed
