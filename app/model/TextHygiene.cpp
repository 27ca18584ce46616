#include "model/TextHygiene.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// C0 (but tab, LF, CR), DEL and C1.
inline bool isStripped(char16_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    return char16_t(c - 0x7F) <= 0x20;
}

// Tab, LF, CR and the Unicode line and paragraph separators.
inline bool isLineBreakOrTab(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

bool cleanUrl(QString &url)
{
    bool changed = TextHygiene::clean(url, TextHygiene::Lines::Single);
    const QString trimmed = url.trimmed();
    if (trimmed.size() != url.size()) {
        url = trimmed;
        changed = true;
    }
    if (!url.isEmpty() && !TextHygiene::isWebUrl(url)) {
        url.clear();
        changed = true;
    }
    return changed;
}

} // namespace

bool TextHygiene::needsCleaning(QStringView text, Lines lines)
{
    // This runs over every character of every stored text, so 8 at a time
    // where SSE2 is there: a block with nothing below U+0020, nothing in
    // U+007F..U+009F (and no U+2028/2029) is skipped; any other block is
    // looked at character by character.
    const bool single = lines == Lines::Single;
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    const auto needs = [single](char16_t c) { return isStripped(c) || (single && isLineBreakOrTab(c)); };
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    const __m128i c0Max = _mm_set1_epi16(0x1F);
    const __m128i c1First = _mm_set1_epi16(0x7F);
    const __m128i c1Span = _mm_set1_epi16(0x20);
    const __m128i separatorMask = _mm_set1_epi16(short(0xFFFE));
    const __m128i separator = _mm_set1_epi16(0x2028);
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i c0 = _mm_cmpeq_epi16(_mm_subs_epu16(v, c0Max), zero);                          // c <= 0x1F
        const __m128i c1 = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, c1First), c1Span), zero); // 0x7F..0x9F
        __m128i flagged = _mm_or_si128(c0, c1);
        if (single)
            flagged = _mm_or_si128(flagged, _mm_cmpeq_epi16(_mm_and_si128(v, separatorMask), separator));
        if (_mm_movemask_epi8(flagged) == 0)
            continue;
        for (qsizetype k = i; k < i + 8; ++k)
            if (needs(p[k]))
                return true;
    }
#endif
    for (; i < n; ++i)
        if (needs(p[i]))
            return true;
    return false;
}

bool TextHygiene::clean(QString &text, Lines lines)
{
    if (!needsCleaning(text, lines))
        return false;
    const bool single = lines == Lines::Single;
    QString out;
    out.reserve(text.size());
    for (const QChar ch : std::as_const(text)) {
        const char16_t c = ch.unicode();
        if (single && isLineBreakOrTab(c)) {
            // One space for a CR LF pair or a run of breaks.
            if (!out.endsWith(QLatin1Char(' ')))
                out.append(QLatin1Char(' '));
        } else if (!isStripped(c)) {
            out.append(ch);
        }
    }
    text = out;
    return true;
}

bool TextHygiene::isWebUrl(QStringView url)
{
    const qsizetype n = url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)  ? 8
                        : url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ? 7
                                                                                        : 0;
    return n > 0 && url.size() > n;
}

bool TextHygiene::cleanItem(FeedItem &item)
{
    bool changed = false;
    for (QString *single : {&item.guid, &item.title, &item.author, &item.enclosure.type})
        changed |= clean(*single, Lines::Single);
    for (QString *multi : {&item.summary, &item.summaryHtml, &item.content, &item.contentHtml})
        changed |= clean(*multi, Lines::Multi);
    for (QString *url : {&item.url, &item.link, &item.enclosure.url})
        changed |= cleanUrl(*url);
    for (qsizetype i = 0; i < item.tags.size(); ++i) {
        if (needsCleaning(item.tags.at(i), Lines::Single)) {
            clean(item.tags[i], Lines::Single);
            changed = true;
        }
    }
    return changed;
}
