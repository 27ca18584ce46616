#include "search/Snippet.h"

#include "search/SearchQuery.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace search {
namespace {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3040 && u <= 0x30FF)
        || (u >= 0x3130 && u <= 0x318F) || (u >= 0x3400 && u <= 0x9FFF)
        || (u >= 0xA960 && u <= 0xA97F) || (u >= 0xAC00 && u <= 0xD7FF)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF66 && u <= 0xFFDC) || c.isSurrogate();
}

bool hasCjk(const QString &word)
{
    return std::any_of(word.begin(), word.end(), isCjk);
}

// Whether a match of a Latin word may start at `pos`: a word start, a
// CamelCase part (openAI) or digits after letters (llama3).
bool startsPart(const QString &text, qsizetype pos)
{
    if (pos == 0)
        return true;
    const QChar prev = text.at(pos - 1), cur = text.at(pos);
    if (!prev.isLetterOrNumber() && !prev.isMark())
        return true;
    if (prev.isLower() && cur.isUpper())
        return true;
    if (prev.isUpper() && cur.isUpper() && pos + 1 < text.size() && text.at(pos + 1).isLower())
        return true;
    return prev.isLetter() && cur.isDigit();
}

struct Range
{
    qsizetype from, to;
};

QList<Range> matches(const QString &text, const QStringList &words)
{
    QList<Range> ranges;
    for (const QString &w : words) {
        if (w.isEmpty())
            continue;
        const bool anywhere = hasCjk(w);
        for (qsizetype at = text.indexOf(w, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(w, at + 1, Qt::CaseInsensitive)) {
            if (anywhere || startsPart(text, at))
                ranges.append({at, at + w.size()});
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.from < b.from; });
    QList<Range> merged;
    for (const Range &r : ranges) {
        if (!merged.isEmpty() && r.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, r.to);
        else
            merged.append(r);
    }
    return merged;
}

// A cut at a space near `pos`, looking `direction` (−1 back, +1 ahead).
qsizetype nearSpace(const QString &text, qsizetype pos, int direction)
{
    for (int k = 0; k < 24; ++k) {
        const qsizetype at = pos + direction * k;
        if (at <= 0 || at >= text.size())
            return std::clamp<qsizetype>(at, 0, text.size());
        if (text.at(at).isSpace())
            return direction < 0 ? at + 1 : at;
    }
    return pos;
}

} // namespace

QString Snippet::mark(const QString &text, const QStringList &words)
{
    QString out;
    qsizetype from = 0;
    for (const Range &r : matches(text, words)) {
        out += QStringView(text).mid(from, r.from - from);
        out += QChar(SearchHit::kOpen);
        out += QStringView(text).mid(r.from, r.to - r.from);
        out += QChar(SearchHit::kClose);
        from = r.to;
    }
    out += QStringView(text).mid(from);
    return out;
}

QString Snippet::make(const QStringList &texts, const QStringList &words, int length)
{
    QString fallback;
    for (const QString &raw : texts) {
        const QString text = raw.simplified()
                                 .remove(QChar(SearchHit::kOpen))
                                 .remove(QChar(SearchHit::kClose));
        if (text.isEmpty())
            continue;
        if (fallback.isEmpty())
            fallback = text;
        const QList<Range> found = matches(text, words);
        if (found.isEmpty())
            continue;
        qsizetype start = std::max<qsizetype>(0, found.first().from - length / 3);
        if (start > 0)
            start = nearSpace(text, start, +1);
        qsizetype end = std::min<qsizetype>(text.size(), start + length);
        if (end < text.size())
            end = nearSpace(text, end, -1);
        if (end <= found.first().from)
            end = std::min<qsizetype>(text.size(), found.first().to + length / 2);
        QString excerpt = mark(text.mid(start, end - start).trimmed(), words);
        if (start > 0)
            excerpt.prepend(QChar(0x2026));
        if (end < text.size())
            excerpt.append(QChar(0x2026));
        return excerpt;
    }
    if (fallback.size() > length)
        fallback = fallback.left(nearSpace(fallback, length, -1)).trimmed() + QChar(0x2026);
    return mark(fallback, words);
}

QString Snippet::plainFromMarkdown(const QString &markdown)
{
    static const QRegularExpression lineMarks(
        QStringLiteral("^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d{1,3}[.)][ \\t]+)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("\\*+|__+|~~|`+"));
    QString text = markdown;
    text.remove(QChar(SearchHit::kOpen)).remove(QChar(SearchHit::kClose));
    text.replace(lineMarks, QString());
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(emphasis, QString());
    return text.simplified();
}

} // namespace search
