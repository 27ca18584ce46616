#pragma once

#include <QByteArray>
#include <QString>

namespace html {

// The bytes of a web page as UTF-8: the encoding comes from a BOM, else a
// <meta charset> or http-equiv Content-Type in the first 4 KiB, else UTF-8
// when the bytes are valid UTF-8, else windows-1252 (the web's default).
class PageCharset
{
public:
    struct Decoded
    {
        QByteArray utf8;
        QString encoding; // lower-case name of the encoding used
    };
    static Decoded toUtf8(const QByteArray &page);
    // The charset a <meta> in `head` declares, lower-case, or empty.
    static QByteArray declared(const QByteArray &head);
};

} // namespace html
