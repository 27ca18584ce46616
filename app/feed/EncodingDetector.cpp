#include "feed/EncodingDetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace feed {
namespace {

struct Bom
{
    const char *bytes;
    int size;
    const char *name;
};

// UTF-32 before UTF-16: FF FE 00 00 starts with the UTF-16LE BOM.
constexpr Bom kBoms[] = {{"\x00\x00\xFE\xFF", 4, "utf-32be"}, {"\xFF\xFE\x00\x00", 4, "utf-32le"},
                         {"\xEF\xBB\xBF", 3, "utf-8"}, {"\xFE\xFF", 2, "utf-16be"}, {"\xFF\xFE", 2, "utf-16le"}};

// Byte patterns of "<?" (or "<") in 16/32-bit encodings without a BOM.
QByteArray sniffWide(const QByteArray &b)
{
    if (b.size() < 4)
        return {};
    if (b.startsWith(QByteArray("\x00\x00\x00\x3C", 4)))
        return "utf-32be";
    if (b.startsWith(QByteArray("\x3C\x00\x00\x00", 4)))
        return "utf-32le";
    if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
        return "utf-16be";
    if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
        return "utf-16le";
    return {};
}

bool isWide(const QByteArray &enc)
{
    return enc.startsWith("utf-16") || enc.startsWith("utf-32") || enc == "ucs-2" || enc == "ucs-4";
}

// The name handed to ICU: supersets that browsers use for the same label.
QByteArray decoderName(const QByteArray &label)
{
    if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" || label == "iso8859-1"
        || label == "l1" || label == "iso_8859-1" || label == "cp1252")
        return "windows-1252";
    if (label == "us-ascii" || label == "ascii" || label == "utf8")
        return "utf-8";
    if (label == "euc-kr" || label == "euckr" || label == "ks_c_5601-1987" || label == "cp949"
        || label == "x-windows-949" || label == "uhc" || label == "ksc5601")
        return "windows-949";
    if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "cp936")
        return "gb18030";
    if (label == "shift_jis" || label == "sjis" || label == "x-sjis" || label == "ms_kanji")
        return "windows-31j";
    if (label == "utf-16")
        return "utf-16be";
    if (label == "utf-32")
        return "utf-32be";
    return label;
}

bool onlyAscii(const QByteArray &b)
{
    for (const char c : b)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("EncodingDetector", text);
}

// Decodes with the named encoding; false when unknown or bytes were invalid.
bool tryDecode(const QByteArray &bytes, const QByteArray &name, QString &out, bool *known = nullptr)
{
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (known)
        *known = decoder.isValid();
    if (!decoder.isValid())
        return false;
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

bool EncodingDetector::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path, 8 bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        quint32 cp;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

QByteArray EncodingDetector::charsetFromContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return value.trimmed().toLower();
    }
    return {};
}

QByteArray EncodingDetector::declaredEncoding(const QByteArray &head)
{
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    const QByteArray decl = head.left(end < 0 ? qMin<qsizetype>(head.size(), 200) : end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = decl.indexOf('=', at);
    if (i < 0)
        return {};
    ++i;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.mid(i + 1, close - i - 1).trimmed().toLower();
}

DecodedDocument EncodingDetector::decode(const QByteArray &input, const QByteArray &contentType)
{
    DecodedDocument doc;
    QByteArray bytes = input;
    QByteArray bomEncoding;
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray(bom.bytes, bom.size))) {
            bomEncoding = bom.name;
            bytes = bytes.mid(bom.size);
            break;
        }
    }
    const QByteArray sniffed = bomEncoding.isEmpty() ? sniffWide(bytes) : bomEncoding;

    // The XML declaration, read in the sniffed family.
    QByteArray head = bytes.left(400);
    if (isWide(sniffed)) {
        QStringDecoder d(sniffed.constData());
        head = QString(d.decode(head)).toLatin1();
    }
    head = head.trimmed();
    QByteArray declared = declaredEncoding(head);

    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    const QByteArray httpCharset = charsetFromContentType(contentType);
    doc.textPlain = mime.startsWith("text/") && !mime.contains("xml") && !mime.contains("html");
    const bool textXml = mime.startsWith("text/") && mime.contains("xml");

    QByteArray chosen;
    if (!bomEncoding.isEmpty()) {
        chosen = bomEncoding;
    } else if (isWide(sniffed)) {
        chosen = sniffed; // 16/32-bit bytes cannot be in an 8-bit declared encoding
    } else if (!httpCharset.isEmpty()) {
        chosen = httpCharset;
    } else if (!declared.isEmpty() && !(isWide(declared) && !isWide(sniffed))) {
        // (A declaration of UTF-16 in a document that is plainly 8-bit is ignored.)
        chosen = isWide(declared) && !sniffed.isEmpty() ? sniffed : declared;
    } else if (!sniffed.isEmpty()) {
        chosen = sniffed;
    } else {
        chosen = "utf-8";
    }
    if (textXml && httpCharset.isEmpty() && !onlyAscii(bytes)) {
        // RFC 3023: text/xml without a charset means us-ascii.
        doc.bozo = true;
        doc.problem = tr("the document is served as us-ascii but holds other characters");
    }

    const QByteArray name = decoderName(chosen);
    doc.encoding = QString::fromLatin1(chosen);
    if (name == "utf-8") {
        if (isValidUtf8(bytes)) {
            doc.utf8 = bytes;
            return doc;
        }
    } else {
        QString text;
        bool known = false;
        if (tryDecode(bytes, name, text, &known)) {
            doc.utf8 = text.toUtf8();
            return doc;
        }
        if (!known) {
            doc.bozo = true;
            doc.problem = tr("unknown encoding \"%1\"").arg(QString::fromLatin1(chosen));
            if (isValidUtf8(bytes)) {
                doc.encoding = QStringLiteral("utf-8");
                doc.utf8 = bytes;
                return doc;
            }
        } else if (!bomEncoding.isEmpty() || !httpCharset.isEmpty() || isWide(name)) {
            // Trust the stronger signal; invalid sequences become U+FFFD.
            doc.bozo = true;
            doc.problem = tr("the document holds bytes that are not valid %1").arg(doc.encoding);
            doc.utf8 = text.toUtf8();
            return doc;
        }
    }
    doc.bozo = true;
    if (!bomEncoding.isEmpty()) {
        doc.problem = tr("the document holds bytes that are not valid %1").arg(doc.encoding);
        doc.utf8 = QString::fromUtf8(bytes).toUtf8();
        return doc;
    }
    // Declared (or assumed) encoding failed: UTF-8, then windows-1252.
    QString text;
    if (name != "utf-8" && isValidUtf8(bytes)) {
        doc.encoding = QStringLiteral("utf-8");
        doc.problem = tr("the document is UTF-8, not %1").arg(QString::fromLatin1(chosen));
        doc.utf8 = bytes;
        return doc;
    }
    tryDecode(bytes, "windows-1252", text);
    doc.problem = tr("the document is not valid %1; read as windows-1252").arg(QString::fromLatin1(chosen));
    doc.encoding = QStringLiteral("windows-1252");
    doc.utf8 = text.toUtf8();
    return doc;
}

} // namespace feed
