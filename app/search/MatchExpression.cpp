#include "search/MatchExpression.h"

namespace search {

QStringList MatchExpression::words(const QString &text)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && !out.contains(word) && out.size() < kMaxWords)
            out.append(word.left(kMaxWordLength));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return out;
}

bool MatchExpression::hasCjk(const QString &word)
{
    for (const QChar c : word) {
        const ushort u = c.unicode();
        if ((u >= 0x1100 && u <= 0x11FF) || (u >= 0x3040 && u <= 0x30FF)
            || (u >= 0x3130 && u <= 0x318F) || (u >= 0x3400 && u <= 0x9FFF)
            || (u >= 0xA960 && u <= 0xA97F) || (u >= 0xAC00 && u <= 0xD7FF)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF66 && u <= 0xFFDC) || c.isSurrogate())
            return true;
    }
    return false;
}

QString MatchExpression::forWords(const QStringList &words, const Completions &completions)
{
    const auto quoted = [](QString term) {
        return u'"' + term.replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    QStringList terms;
    for (const QString &w : words) {
        // A word cut at kMaxWordLength matches the longer words it starts.
        const bool cut = w.size() >= kMaxWordLength;
        if (hasCjk(w)) {
            terms.append(quoted(w) + (w.size() == 1 || cut ? QStringLiteral("*") : QString()));
            continue;
        }
        QStringList alternatives = {quoted(w) + (cut ? QStringLiteral("*") : QString())};
        if (completions && w.toUtf8().size() >= 3) {
            for (const QString &t : completions(w))
                alternatives.append(quoted(t));
            alternatives.removeDuplicates();
        }
        terms.append(alternatives.size() == 1 ? alternatives.first()
                                              : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    return terms.join(QStringLiteral(" AND "));
}

QString MatchExpression::inTitle(const QString &expression)
{
    return expression.isEmpty() ? expression : QStringLiteral("{title} : (") + expression + u')';
}

} // namespace search
