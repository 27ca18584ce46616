#include "html/NestingLimiter.h"

#include <gumbo.h>

#include <algorithm>
#include <vector>

namespace html {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Elements with no end tag, whose end the parser implies, or that cannot
// nest in themselves: they never make the tree deeper on their own.
bool isUncounted(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_A:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool isRawText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT:
        return true;
    default:
        return false;
    }
}

qsizetype findCaseInsensitive(const QByteArray &s, const QByteArray &needle, qsizetype from)
{
    const qsizetype n = s.size();
    const qsizetype m = needle.size();
    for (qsizetype i = from; i + m <= n; ++i) {
        if (s[i] != '<')
            continue;
        bool match = true;
        for (qsizetype j = 1; j < m && match; ++j)
            match = (s[i + j] | 0x20) == (needle[j] | 0x20) || s[i + j] == needle[j];
        if (match)
            return i;
    }
    return -1;
}

// The index of the '>' that ends the tag starting at `from`, or -1.
qsizetype tagEnd(const QByteArray &s, qsizetype from)
{
    const qsizetype n = s.size();
    bool afterEquals = false;
    for (qsizetype i = from; i < n; ++i) {
        const char c = s[i];
        if (c == '>')
            return i;
        if (afterEquals && (c == '"' || c == '\'')) {
            const qsizetype close = s.indexOf(c, i + 1);
            if (close < 0)
                return -1;
            i = close;
            afterEquals = false;
            continue;
        }
        if (c == '=')
            afterEquals = true;
        else if (!isSpace(c))
            afterEquals = false;
    }
    return -1;
}

} // namespace

QByteArray NestingLimiter::limit(const QByteArray &s, int maxDepth, bool *changed)
{
    const qsizetype n = s.size();
    std::vector<GumboTag> open;
    std::vector<int> dropped(GUMBO_TAG_LAST + 1, 0);
    QByteArray out;
    qsizetype copied = 0;
    bool anyDropped = false;
    auto drop = [&](qsizetype from, qsizetype to) {
        if (!anyDropped)
            out.reserve(n);
        anyDropped = true;
        out.append(s.constData() + copied, from - copied);
        copied = to;
    };

    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = s.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        i = lt;
        const char next = s[i + 1];
        if (next == '!' || next == '?') {
            if (s.mid(i, 4) == "<!--") {
                const qsizetype close = s.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
            } else {
                const qsizetype close = s.indexOf('>', i);
                i = close < 0 ? n : close + 1;
            }
            continue;
        }
        const bool isEnd = next == '/';
        qsizetype k = i + 1 + (isEnd ? 1 : 0);
        if (k >= n || !isAsciiAlpha(s[k])) {
            i += 1;
            continue;
        }
        const qsizetype nameStart = k;
        while (k < n && !isSpace(s[k]) && s[k] != '/' && s[k] != '>')
            ++k;
        const GumboTag tag =
            gumbo_tagn_enum(s.constData() + nameStart, unsigned(std::min<qsizetype>(k - nameStart, 64)));
        const qsizetype end = tagEnd(s, k);
        if (end < 0)
            break;
        const bool selfClosing = s[end - 1] == '/';
        if (!isEnd) {
            if (tag == GUMBO_TAG_PLAINTEXT)
                break;
            if (isRawText(tag)) {
                const qsizetype close = findCaseInsensitive(s, "</" + s.mid(nameStart, k - nameStart), end + 1);
                i = close < 0 ? n : close;
                continue;
            }
            if (!isUncounted(tag) && !selfClosing) {
                if (int(open.size()) >= maxDepth) {
                    drop(i, end + 1);
                    ++dropped[tag];
                } else {
                    open.push_back(tag);
                }
            }
        } else if (!isUncounted(tag)) {
            if (dropped[tag] > 0) {
                drop(i, end + 1);
                --dropped[tag];
            } else {
                const auto it = std::find(open.rbegin(), open.rend(), tag);
                if (it != open.rend())
                    open.erase(std::prev(it.base()), open.end());
            }
        }
        i = end + 1;
    }
    if (changed)
        *changed = anyDropped;
    if (!anyDropped)
        return s;
    out.append(s.constData() + copied, n - copied);
    return out;
}

} // namespace html
