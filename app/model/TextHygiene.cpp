#include "model/TextHygiene.h"

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
    const bool single = lines == Lines::Single;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (isStripped(c) || (single && isLineBreakOrTab(c)))
            return true;
    }
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
    const qsizetype n = url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ? 8
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
