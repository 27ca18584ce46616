#include "digest/TermMatcher.h"

namespace digest {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

} // namespace

bool isSubstringTerm(const QString &term)
{
    for (QChar c : term) {
        if (c.unicode() >= 0x0250 && c.isLetter())
            return true;
    }
    return false;
}

QList<QPair<qsizetype, qsizetype>> findTerm(const QString &text, const QString &term)
{
    QList<QPair<qsizetype, qsizetype>> spans;
    if (term.isEmpty())
        return spans;
    const bool substring = isSubstringTerm(term);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(term, from);
        if (at < 0)
            break;
        from = at + 1;
        qsizetype end = at + term.size();
        if (!substring) {
            if (at > 0 && isWordChar(text.at(at - 1)) && isWordChar(term.front()))
                continue;
            if (end < text.size() && isWordChar(term.back())) {
                // allow a plural: robot -> robots, process -> processes
                if (text.at(end) == QLatin1Char('s'))
                    ++end;
                else if (text.mid(end, 2) == QLatin1String("es"))
                    end += 2;
                if (end < text.size() && isWordChar(text.at(end)))
                    continue;
            }
        }
        spans.append({at, end - at});
        from = end;
    }
    return spans;
}

int countTerm(const QString &text, const QString &term)
{
    return int(findTerm(text, term).size());
}

void blankTerm(QString *text, const QString &term)
{
    for (const auto &span : findTerm(*text, term))
        text->replace(span.first, span.second, QString(span.second, QLatin1Char(' ')));
}

double keywordWeight(const QString &keyword)
{
    if (isSubstringTerm(keyword)) {
        const QString compact = QString(keyword).remove(QLatin1Char(' '));
        return compact.size() >= 3 ? 1.5 : 1.0;
    }
    if (keyword.contains(QLatin1Char(' ')) || keyword.contains(QLatin1Char('-')))
        return 2.0;
    return 1.0;
}

} // namespace digest
