#include "cli/SearchOutput.h"

namespace cli::searchoutput {

namespace {

using search::SearchHit;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Builds one terminal line: drops what must not reach a terminal, turns
// tabs and line breaks into spaces and keeps at most one space in a row.
class LineBuilder
{
public:
    void add(QChar c)
    {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == u' ') {
            m_spacePending = true;
            return;
        }
        if (c.category() == QChar::Other_Control || isBidiControl(c.unicode()))
            return;
        flushSpace();
        m_text.append(c);
    }
    void addMarkup(const QString &markup)
    {
        flushSpace();
        m_text.append(markup);
    }
    QString take() { return m_text; }

private:
    void flushSpace()
    {
        if (m_spacePending && !m_text.isEmpty())
            m_text.append(u' ');
        m_spacePending = false;
    }

    QString m_text;
    bool m_spacePending = false;
};

} // namespace

MarkedText unmark(const QString &snippet)
{
    MarkedText out;
    out.text.reserve(snippet.size());
    int codePoints = 0;
    int start = -1; // the open match's start, -1 outside a match
    bool previousHigh = false;
    for (const QChar c : snippet) {
        if (c == QChar(SearchHit::kOpen)) {
            if (start < 0)
                start = codePoints;
            previousHigh = false;
            continue;
        }
        if (c == QChar(SearchHit::kClose)) {
            if (start >= 0 && codePoints > start)
                out.matches.append({start, codePoints - start});
            start = -1;
            previousHigh = false;
            continue;
        }
        // A surrogate pair is one code point.
        if (!(c.isLowSurrogate() && previousHigh))
            ++codePoints;
        previousHigh = c.isHighSurrogate();
        out.text.append(c);
    }
    if (start >= 0 && codePoints > start)
        out.matches.append({start, codePoints - start});
    return out;
}

QString terminalText(const QString &text)
{
    LineBuilder line;
    for (const QChar c : text)
        line.add(c);
    return line.take();
}

QString highlighted(const QString &snippet, const QString &open, const QString &close)
{
    LineBuilder line;
    bool inside = false;
    bool opened = false; // the open markup is written with the match's first character
    for (const QChar c : snippet) {
        if (c == QChar(SearchHit::kOpen)) {
            inside = true;
        } else if (c == QChar(SearchHit::kClose)) {
            if (opened)
                line.addMarkup(close);
            inside = opened = false;
        } else {
            if (inside && !opened) {
                line.addMarkup(open);
                opened = true;
            }
            line.add(c);
        }
    }
    if (opened)
        line.addMarkup(close);
    return line.take();
}

QJsonArray matchesJson(const QList<QPair<int, int>> &matches)
{
    QJsonArray array;
    for (const auto &m : matches)
        array.append(QJsonArray{m.first, m.second});
    return array;
}

} // namespace cli::searchoutput
