#include "export/SummaryHtml.h"

#include "export/MarkdownText.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace exporter {

namespace {

bool isEscapable(QChar c)
{
    return c.unicode() < 0x80 && (c.isPunct() || c.isSymbol());
}

// Index of the next unescaped `delim` at or after `from`, or -1.
qsizetype findUnescaped(const QString &s, qsizetype from, const QString &delim)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (s.mid(i, delim.size()) == delim)
            return i;
    }
    return -1;
}

// Index of the ")" that closes a link target starting at `from`, counting
// nested parentheses, or -1.
qsizetype closingParen(const QString &s, qsizetype from)
{
    int depth = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('('))
            ++depth;
        else if (s.at(i) == QLatin1Char(')') && depth-- == 0)
            return i;
    }
    return -1;
}

struct ListLevel
{
    int indent;
    bool ordered;
};

} // namespace

QString SummaryHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString SummaryHtml::inlineHtml(const QString &line)
{
    QString out;
    QStringList open; // "strong" / "em"
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && isEscapable(line.at(i + 1))) {
            out += escape(QString(line.at(++i)));
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype end = line.indexOf(QLatin1Char('`'), i + 1);
            if (end > i) {
                out += QLatin1String("<code>") + escape(line.mid(i + 1, end - i - 1)) + QLatin1String("</code>");
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = findUnescaped(line, i + 1, QStringLiteral("]("));
            const qsizetype end = close < 0 ? -1 : closingParen(line, close + 2);
            if (close > i && end > close) {
                const QString text = inlineHtml(line.mid(i + 1, close - i - 1));
                const QString url = markdown::safeUrl(line.mid(close + 2, end - close - 2));
                if (url.isEmpty())
                    out += text;
                else
                    out += QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>").arg(escape(url), text);
                i = end;
                continue;
            }
        }
        const bool dbl = c == QLatin1Char('*') && line.mid(i, 2) == QLatin1String("**");
        if (dbl || c == QLatin1Char('*') || c == QLatin1Char('_')) {
            const QString delim = dbl ? QStringLiteral("**") : QString(c);
            const QString tag = dbl ? QStringLiteral("strong") : QStringLiteral("em");
            const bool intraword = c == QLatin1Char('_') && i > 0 && line.at(i - 1).isLetterOrNumber()
                && i + 1 < line.size() && line.at(i + 1).isLetterOrNumber();
            if (!intraword) {
                if (!open.isEmpty() && open.last() == tag) {
                    out += QStringLiteral("</%1>").arg(tag);
                    open.removeLast();
                    i += delim.size() - 1;
                    continue;
                }
                if (!open.contains(tag) && findUnescaped(line, i + delim.size(), delim) > i + qsizetype(delim.size())) {
                    out += QStringLiteral("<%1>").arg(tag);
                    open << tag;
                    i += delim.size() - 1;
                    continue;
                }
            }
        }
        out += escape(QString(c));
    }
    while (!open.isEmpty())
        out += QStringLiteral("</%1>").arg(open.takeLast());
    return out;
}

QString SummaryHtml::fromMarkdown(const QString &markdown)
{
    static const QRegularExpression item(QStringLiteral("^( *)([-*+]|\\d{1,9}[.)])\\s+(.*)$"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    QString out;
    QList<ListLevel> lists;
    QStringList paragraph;

    const auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        QStringList html;
        for (const QString &l : paragraph)
            html << inlineHtml(l.trimmed());
        out += QLatin1String("<p>") + html.join(QLatin1String("<br>\n")) + QLatin1String("</p>\n");
        paragraph.clear();
    };
    const auto closeLists = [&](int downToIndent) {
        while (!lists.isEmpty() && lists.last().indent > downToIndent) {
            out += lists.last().ordered ? QLatin1String("</li></ol>\n") : QLatin1String("</li></ul>\n");
            lists.removeLast();
        }
    };

    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = QString(raw).replace(QLatin1Char('\t'), QLatin1String("    "));
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            continue;
        }
        const auto m = item.match(line);
        if (m.hasMatch()) {
            flushParagraph();
            const int indent = int(m.capturedLength(1));
            const bool ordered = m.captured(2).at(0).isDigit();
            closeLists(indent);
            if (!lists.isEmpty() && lists.last().indent == indent) {
                if (lists.last().ordered != ordered) {
                    closeLists(indent - 1);
                } else {
                    out += QLatin1String("</li>\n<li>") + inlineHtml(m.captured(3)) ;
                    continue;
                }
            }
            lists.append({indent, ordered});
            out += ordered ? QLatin1String("<ol>\n<li>") : QLatin1String("<ul>\n<li>");
            out += inlineHtml(m.captured(3));
            continue;
        }
        const auto h = heading.match(line);
        if (h.hasMatch()) {
            flushParagraph();
            closeLists(-1);
            out += QStringLiteral("<h4>%1</h4>\n").arg(inlineHtml(h.captured(2)));
            continue;
        }
        const int indent = int(line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^ +"))).size());
        if (!lists.isEmpty() && indent > 0 && paragraph.isEmpty()) {
            out += QLatin1String("<br>\n") + inlineHtml(line.trimmed()); // continuation of the item
            continue;
        }
        closeLists(-1);
        paragraph << line;
    }
    flushParagraph();
    closeLists(-1);
    return out;
}

} // namespace exporter
