#include "html/PageCharset.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace html {

QByteArray PageCharset::declared(const QByteArray &head)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(head));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

PageCharset::Decoded PageCharset::toUtf8(const QByteArray &page)
{
    if (page.startsWith("\xEF\xBB\xBF"))
        return {page.mid(3), QStringLiteral("utf-8")};
    if (page.startsWith("\xFF\xFE") || page.startsWith("\xFE\xFF")) {
        const bool le = page.startsWith("\xFF\xFE");
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = d.decode(QByteArrayView(page).sliced(2));
        return {text.toUtf8(), le ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be")};
    }
    QByteArray name = declared(page.left(4096));
    // As browsers do: a page cannot declare UTF-16 in a <meta> it could be
    // read in, and Latin-1 / ASCII labels mean windows-1252.
    if (name.startsWith("utf-16") || name == "utf8" || name == "unicode")
        name = "utf-8";
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" || name == "iso8859-1")
        name = "windows-1252";
    if (name.isEmpty() || name == "utf-8") {
        if (page.isValidUtf8())
            return {page, QStringLiteral("utf-8")};
        if (name == "utf-8") {
            QStringDecoder d(QStringDecoder::Utf8); // invalid bytes become U+FFFD
            return {d.decode(page).operator QString().toUtf8(), QStringLiteral("utf-8")};
        }
        name = "windows-1252";
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        if (page.isValidUtf8())
            return {page, QStringLiteral("utf-8")};
        decoder = QStringDecoder("windows-1252");
        name = "windows-1252";
    }
    const QString text = decoder.decode(page);
    return {text.toUtf8(), QString::fromLatin1(name)};
}

} // namespace html
