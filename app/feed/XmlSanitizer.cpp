#include "feed/XmlSanitizer.h"

#include "feed/DtdEntities.h"
#include "feed/FeedLimits.h"
#include "feed/HtmlEntities.h"

#include <QString>

#include <array>
#include <cstring>

namespace feed {
namespace {

bool isNameStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(uchar c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool isIllegalControl(uchar c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// Length of a valid character reference "&#123;" / "&#x1F;" at p, or 0.
qsizetype numericReference(const char *p, qsizetype n, quint32 &value)
{
    qsizetype i = 2;
    bool hex = false;
    if (i < n && (p[i] == 'x' || p[i] == 'X')) {
        hex = true;
        ++i;
    }
    const qsizetype start = i;
    value = 0;
    while (i < n && i - start < 8) {
        const uchar c = uchar(p[i]);
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            break;
        value = value * (hex ? 16 : 10) + quint32(d);
        ++i;
    }
    if (i == start || i >= n || p[i] != ';')
        return 0;
    // References to characters XML forbids are not valid either.
    if (value == 0 || value > 0x10FFFF || (value < 0x20 && value != 9 && value != 10 && value != 13)
        || (value >= 0xD800 && value <= 0xDFFF) || value == 0xFFFE || value == 0xFFFF)
        return 0;
    return i + 1;
}

char16_t windows1252(uchar byte)
{
    static const char16_t kMap[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                      0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    return kMap[byte - 0x80];
}

// Bytes the scan must stop at: controls, '&', '<', and the lead bytes of
// U+0080..U+009F (0xC2) and U+FFFE/U+FFFF (0xEF).
constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['&'] = table['<'] = table[0xC2] = table[0xEF] = true;
    return table;
}();

// Attributes of the start tag at p[0] == '<', counted as the '=' signs
// outside quoted values, up to the tag's end; stops counting past `limit`.
int attributeCount(const char *p, qsizetype n, int limit)
{
    int count = 0;
    for (qsizetype k = 1; k < n; ++k) {
        const char c = p[k];
        if (c == '>' || c == '<')
            break;
        if (c == '=') {
            if (++count > limit)
                break;
        } else if (c == '"' || c == '\'') {
            const void *close = std::memchr(p + k + 1, c, size_t(n - k - 1));
            if (!close)
                break;
            k = static_cast<const char *>(close) - p;
        }
    }
    return count;
}

// 1-based line and column of `offset` in `input`.
void positionOf(const QByteArray &input, qsizetype offset, int &line, int &column)
{
    const char *p = input.constData();
    line = 1;
    qsizetype lineStart = 0;
    for (qsizetype k = 0; k < offset; ++k) {
        if (p[k] == '\n') {
            ++line;
            lineStart = k + 1;
        }
    }
    column = int(offset - lineStart) + 1;
}

} // namespace

SanitizedXml XmlSanitizer::sanitize(const QByteArray &input)
{
    SanitizedXml out;
    const char *p = input.constData();
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) {
        if (p[i] == '\n')
            ++out.declarationLineOffset;
        ++i;
    }
    if (n - i >= 5 && qstrncmp(p + i, "<?xml", 5) == 0 && (n - i == 5 || !isNameChar(uchar(p[i + 5])))) {
        const qsizetype end = input.indexOf("?>", i);
        if (end >= 0) {
            for (qsizetype k = i; k < end; ++k)
                if (p[k] == '\n')
                    ++out.declarationLineOffset;
            i = end + 2;
        }
    }
    const bool ownEntities = input.contains("<!ENTITY");
    DtdEntities dtd;
    if (ownEntities) {
        dtd = DtdEntities::scan(input, i, limits::kEntityExpansionChars);
        out.declaresEntities = dtd.declarations > 0 || dtd.unsupported;
    }
    QByteArray &x = out.xml;
    x.reserve(n - i + 64);
    qsizetype copyFrom = i;
    auto flush = [&](qsizetype upTo) {
        if (upTo > copyFrom)
            x.append(p + copyFrom, upTo - copyFrom);
    };
    qsizetype expanded = 0;    // characters the entity references so far expand to
    qint64 attributePairs = 0; // what QXmlStreamReader's duplicate checks will cost
    qsizetype cutAt = -1;
    auto cut = [&](SanitizedXml::Cut why, qsizetype at) {
        out.cut = why;
        cutAt = at;
        positionOf(input, at, out.cutLine, out.cutColumn);
    };
    if (dtd.unsupported)
        cut(SanitizedXml::Cut::UnsupportedDtd, qMax(i, dtd.doctypeStart));
    while (i < n && cutAt < 0) {
        const uchar c = uchar(p[i]);
        if (!kSpecial[c]) {
            ++i;
            continue;
        }
        if (c == '<') {
            // Copy CDATA sections and comments through, only dropping illegal chars.
            const char *closer = nullptr;
            if (n - i >= 9 && qstrncmp(p + i, "<![CDATA[", 9) == 0)
                closer = "]]>";
            else if (n - i >= 4 && qstrncmp(p + i, "<!--", 4) == 0)
                closer = "-->";
            if (!closer) {
                // A start tag (its name may start with any letter, ASCII or not).
                if (i + 1 < n && p[i + 1] != '/' && p[i + 1] != '!' && p[i + 1] != '?') {
                    const qint64 count = attributeCount(p + i, n - i, limits::kAttributesPerElement);
                    attributePairs += count * (count - 1) / 2;
                    if (count > limits::kAttributesPerElement) {
                        cut(SanitizedXml::Cut::Attributes, i);
                        break;
                    }
                    if (attributePairs > limits::kAttributePairsPerDocument) {
                        cut(SanitizedXml::Cut::AttributePairs, i);
                        break;
                    }
                }
                ++i;
                continue;
            }
            qsizetype end = input.indexOf(closer, i + 4);
            end = end < 0 ? n : end + 3;
            for (qsizetype k = i; k < end; ++k) {
                if (isIllegalControl(uchar(p[k]))) {
                    flush(k);
                    copyFrom = k + 1;
                    ++out.controlCharsDropped;
                }
            }
            i = end;
            continue;
        }
        if (c == 0xC2) { // U+0080..U+009F: windows-1252 bytes decoded as Latin-1
            if (i + 1 < n && uchar(p[i + 1]) >= 0x80 && uchar(p[i + 1]) <= 0x9F) {
                const char16_t mapped = windows1252(uchar(p[i + 1]));
                flush(i);
                if (mapped)
                    x.append(QString(QChar(mapped)).toUtf8());
                i += 2;
                copyFrom = i;
                ++out.c1ControlsMapped;
                continue;
            }
            ++i;
            continue;
        }
        if (c == 0xEF) { // U+FFFE / U+FFFF
            if (i + 2 < n && uchar(p[i + 1]) == 0xBF && (uchar(p[i + 2]) == 0xBE || uchar(p[i + 2]) == 0xBF)) {
                flush(i);
                i += 3;
                copyFrom = i;
                ++out.controlCharsDropped;
                continue;
            }
            ++i;
            continue;
        }
        if (c != '&') { // illegal control
            if (c == '\t' || c == '\n' || c == '\r') {
                ++i;
                continue;
            }
            flush(i);
            ++i;
            copyFrom = i;
            ++out.controlCharsDropped;
            continue;
        }
        // c == '&'
        if (i + 1 < n && p[i + 1] == '#') {
            quint32 value = 0;
            const qsizetype len = numericReference(p + i, n - i, value);
            if (len > 0 && value >= 0x80 && value <= 0x9F) {
                // &#146; means the windows-1252 character in practice.
                const char16_t mapped = windows1252(uchar(value));
                flush(i);
                if (mapped)
                    x.append("&#").append(QByteArray::number(quint32(mapped))).append(';');
                i += len;
                copyFrom = i;
                ++out.c1ControlsMapped;
                continue;
            }
            if (len > 0) {
                i += len;
                continue;
            }
        } else if (i + 1 < n && isNameStart(uchar(p[i + 1]))) {
            qsizetype k = i + 1;
            while (k < n && isNameChar(uchar(p[k])) && k - i < 40)
                ++k;
            if (k < n && p[k] == ';') {
                const QByteArrayView name(p + i + 1, k - i - 1);
                if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
                    i = k + 1;
                    continue;
                }
                if (ownEntities) {
                    // The document's own entity (or one it did not declare,
                    // which the XML parser reports): budget its expansion.
                    if (i > dtd.subsetEnd) {
                        expanded += dtd.expansion.value(QByteArray::fromRawData(name.data(), name.size()));
                        if (expanded > limits::kEntityExpansionChars) {
                            cut(SanitizedXml::Cut::EntityExpansion, i);
                            break;
                        }
                    }
                    i = k + 1;
                    continue;
                }
                const char32_t code = HtmlEntities::lookup(QString::fromLatin1(name));
                flush(i);
                ++out.htmlEntitiesReplaced;
                if (code) {
                    x.append("&#").append(QByteArray::number(quint32(code))).append(';');
                } else {
                    x.append("&amp;").append(name).append(';');
                }
                i = k + 1;
                copyFrom = i;
                continue;
            }
        }
        // A bare ampersand: escape it.
        flush(i);
        x.append("&amp;");
        ++i;
        copyFrom = i;
        ++out.bareAmpersandsFixed;
    }
    flush(cutAt < 0 ? n : cutAt);
    return out;
}

} // namespace feed
