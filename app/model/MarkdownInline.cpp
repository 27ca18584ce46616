#include "model/MarkdownInline.h"

#include <QRegularExpression>

namespace markdown {

bool isBreakOrControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0xfeff;
}

namespace {

bool isMarkdownActive(QChar c)
{
    static const QString active = QStringLiteral("\\`*_[]<>#~|");
    return active.contains(c);
}

// One line, whitespace collapsed, no control characters.
QString flatten(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const char32_t c : text.toUcs4()) {
        if (isBidiControl(c))
            continue;
        if (isBreakOrControl(c) || QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

} // namespace

QString escapeInline(const QString &text)
{
    const QString flat = flatten(text);
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"));
    QString out;
    out.reserve(flat.size() + 8);
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        if (isMarkdownActive(c)) {
            out.append(QLatin1Char('\\'));
        } else if (c == QLatin1Char('&')) {
            if (entity.match(flat.mid(i, 40)).hasMatch())
                out.append(QLatin1Char('\\'));
        } else if (i == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('='))) {
            out.append(QLatin1Char('\\')); // would open a nested list or a rule
        }
        out.append(c);
    }
    // "1. x" / "1) x" at the start would open a nested ordered list.
    static const QRegularExpression ordered(QStringLiteral("^([0-9]{1,9})([.)])"));
    const auto m = ordered.match(out);
    if (m.hasMatch())
        out.insert(m.capturedEnd(1), QLatin1Char('\\'));
    return out;
}

QString unescapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(i + 1);
            if (n.unicode() < 0x80 && (n.isPunct() || n.isSymbol())) {
                out.append(n);
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace markdown
