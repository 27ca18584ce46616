#include "html/RawTextStripper.h"

namespace html {

namespace {

bool startsWithTag(const QByteArray &s, qsizetype at, const char *name)
{
    qsizetype i = at;
    for (const char *p = name; *p; ++p, ++i)
        if (i >= s.size() || (s[i] | 0x20) != *p)
            return false;
    if (i >= s.size())
        return false;
    const char c = s[i];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

qsizetype findEndTag(const QByteArray &s, qsizetype from, const char *name)
{
    for (qsizetype i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2))
        if (startsWithTag(s, i + 2, name))
            return i;
    return -1;
}

// The '>' closing the start tag at `from` (quotes respected), or -1.
qsizetype startTagEnd(const QByteArray &s, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            if (i > 0 && (s[i - 1] == '=' || s[i - 1] == ' '))
                quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return -1;
}

} // namespace

QByteArray RawTextStripper::strip(const QByteArray &s)
{
    QByteArray out;
    qsizetype copied = 0;
    auto cut = [&](qsizetype from, qsizetype to) {
        if (out.isEmpty())
            out.reserve(s.size());
        out.append(s.constData() + copied, from - copied);
        copied = to;
    };
    qsizetype i = s.indexOf('<');
    while (i >= 0 && i + 1 < s.size()) {
        if (s.mid(i, 4) == "<!--") {
            const qsizetype close = s.indexOf("-->", i + 4);
            if (close < 0)
                break;
            cut(i, close + 3);
            i = s.indexOf('<', close + 3);
            continue;
        }
        const bool script = startsWithTag(s, i + 1, "script");
        const bool style = !script && startsWithTag(s, i + 1, "style");
        // Other raw-text elements: their content is text, never tags.
        const char *rawText = nullptr;
        for (const char *name : {"textarea", "title", "xmp", "noembed", "noframes", "iframe", "noscript"})
            if (startsWithTag(s, i + 1, name)) {
                rawText = name;
                break;
            }
        if (!script && !style && !rawText) {
            i = s.indexOf('<', i + 1);
            continue;
        }
        const char *name = script ? "script" : style ? "style" : rawText;
        const qsizetype tagEnd = startTagEnd(s, i + 1);
        if (tagEnd < 0)
            break;
        const qsizetype close = findEndTag(s, tagEnd + 1, name);
        if (close < 0)
            break;
        const QByteArray tag = s.mid(i, tagEnd - i + 1).toLower();
        if ((script && !tag.contains("ld+json")) || style)
            cut(tagEnd + 1, close);
        i = s.indexOf('<', close + 2);
    }
    if (out.isEmpty() && copied == 0)
        return s;
    out.append(s.constData() + copied, s.size() - copied);
    return out;
}

} // namespace html
