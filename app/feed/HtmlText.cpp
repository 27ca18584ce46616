#include "feed/HtmlText.h"

#include "feed/HtmlEntities.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace feed {
namespace {

bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v';
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// Numeric references in 128..159 are windows-1252 in practice (HTML5 rule).
char32_t fixC1(char32_t code)
{
    static const char16_t kMap[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                      0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    if (code >= 0x80 && code <= 0x9f && kMap[code - 0x80])
        return kMap[code - 0x80];
    return code;
}

// Decodes the reference starting at text[i] == '&'. On success appends the
// character to out and returns the index after the reference; otherwise -1.
qsizetype decodeReference(const QString &text, qsizetype i, QString &out)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == QLatin1Char('#')) {
        ++j;
        int base = 10;
        if (j < n && (text[j] == QLatin1Char('x') || text[j] == QLatin1Char('X'))) {
            base = 16;
            ++j;
        }
        const qsizetype start = j;
        char32_t code = 0;
        while (j < n && j - start < 8) {
            const int d = QChar(text[j]).digitValue();
            const char16_t u = text[j].unicode();
            int v = -1;
            if (d >= 0 && d <= 9 && u < 0x80)
                v = d;
            else if (base == 16 && u >= 'a' && u <= 'f')
                v = u - 'a' + 10;
            else if (base == 16 && u >= 'A' && u <= 'F')
                v = u - 'A' + 10;
            if (v < 0)
                break;
            code = code * base + char32_t(v);
            ++j;
        }
        if (j == start)
            return -1;
        if (j < n && text[j] == QLatin1Char(';'))
            ++j;
        code = fixC1(code);
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        out += QString::fromUcs4(&code, 1);
        return j;
    }
    const qsizetype start = j;
    while (j < n && j - start < 16 && isNameChar(text[j]))
        ++j;
    if (j == start)
        return -1;
    const char32_t code = HtmlEntities::lookup(QStringView(text).mid(start, j - start));
    if (code == 0)
        return -1;
    if (j < n && text[j] == QLatin1Char(';'))
        ++j;
    out += QString::fromUcs4(&code, 1);
    return j;
}

bool startsWithTag(const QString &html, qsizetype i, QLatin1String tag)
{
    const qsizetype n = html.size();
    if (i + 1 + tag.size() > n)
        return false;
    if (QStringView(html).mid(i + 1, tag.size()).compare(tag, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype k = i + 1 + tag.size();
    return k >= n || !isNameChar(html[k]);
}

// Inline tags (<a>, <b>, </em> ...) do not separate words; block tags do.
bool isInlineTag(const QString &html, qsizetype k)
{
    const qsizetype n = html.size();
    if (k < n && html[k] == QLatin1Char('/'))
        ++k;
    char name[8];
    std::size_t len = 0;
    while (k < n && len < 7 && isNameChar(html[k]))
        name[len++] = char(html[k++].toLower().unicode());
    if (len == 0 || len == 7 || (k < n && isNameChar(html[k])))
        return false;
    static constexpr std::string_view kInline[] = {
        "a", "b", "i", "em", "strong", "span", "u", "code", "sup", "sub", "small", "big", "abbr",
        "cite", "q", "s", "strike", "tt", "font", "mark", "kbd", "var", "time", "del", "ins", "wbr"};
    const std::string_view tag(name, len); // compares lengths before bytes
    return std::find(std::begin(kInline), std::end(kInline), tag) != std::end(kInline);
}

} // namespace

QString HtmlText::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text[i] == QLatin1Char('&')) {
            const qsizetype next = decodeReference(text, i, out);
            if (next > 0) {
                i = next;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

QString HtmlText::collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isAsciiSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString HtmlText::toPlainText(const QString &html)
{
    // The output is never longer than the input (every tag or reference
    // is longer than what replaces it), so write into a preallocated buffer.
    const qsizetype n = html.size();
    QString buffer(n + 1, Qt::Uninitialized);
    QChar *const begin = buffer.data();
    QChar *w = begin;
    bool pendingSpace = false;
    auto put = [&](QChar c) {
        if (isAsciiSpace(c)) {
            pendingSpace = w != begin;
            return;
        }
        if (pendingSpace)
            *w++ = QLatin1Char(' ');
        pendingSpace = false;
        *w++ = c;
    };

    QString decoded;
    for (qsizetype i = 0; i < n;) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const qsizetype k = i + 1;
            const bool tagLike = k < n && (html[k].isLetter() || html[k] == QLatin1Char('/')
                                           || html[k] == QLatin1Char('!') || html[k] == QLatin1Char('?'));
            if (!tagLike) {
                put(c);
                ++i;
                continue;
            }
            if (QStringView(html).mid(k, 3) == QLatin1String("!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), k + 3);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (QStringView(html).mid(k, 8) == QLatin1String("![CDATA[")) {
                const qsizetype end = html.indexOf(QLatin1String("]]>"), k + 8);
                const qsizetype stop = end < 0 ? n : end;
                for (qsizetype m = k + 8; m < stop; ++m)
                    put(html[m]);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const bool raw = startsWithTag(html, i, QLatin1String("script"))
                             || startsWithTag(html, i, QLatin1String("style"));
            qsizetype end = i + 1;
            QChar quote;
            for (; end < n; ++end) {
                const QChar e = html[end];
                if (!quote.isNull()) {
                    if (e == quote)
                        quote = QChar();
                } else if (e == QLatin1Char('"') || e == QLatin1Char('\'')) {
                    quote = e;
                } else if (e == QLatin1Char('>')) {
                    break;
                }
            }
            if (end >= n) { // unterminated: not a tag after all
                put(c);
                ++i;
                continue;
            }
            i = end + 1;
            if (raw) {
                const QString closer = startsWithTag(html, k - 1, QLatin1String("script"))
                                           ? QStringLiteral("</script") : QStringLiteral("</style");
                const qsizetype close = html.indexOf(closer, i, Qt::CaseInsensitive);
                const qsizetype gt = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
                i = gt < 0 ? n : gt + 1;
            }
            if (!isInlineTag(html, k)) {
                pendingSpace = pendingSpace || w != begin;
            } else if (i < n && isAsciiSpace(html[i])) {
                pendingSpace = w != begin;
            }
            continue;
        }
        if (c == QLatin1Char('&')) {
            decoded.clear();
            const qsizetype next = decodeReference(html, i, decoded);
            if (next > 0) {
                for (const QChar d : std::as_const(decoded))
                    put(d);
                i = next;
                continue;
            }
        }
        put(c);
        ++i;
    }
    buffer.truncate(w - begin);
    return buffer;
}

bool HtmlText::looksLikeHtml(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('&')) {
            QString sink;
            if (decodeReference(text, i, sink) > 0)
                return true;
        } else if (c == QLatin1Char('<')) {
            const QChar d = text[i + 1];
            if (d.isLetter() || d == QLatin1Char('/') || d == QLatin1Char('!'))
                return true;
        }
    }
    return false;
}

QString HtmlText::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace feed
