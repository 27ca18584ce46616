#include "model/MarkdownInline.h"

#include <QRegularExpression>
#include <QUrl>

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

bool isWebUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !u.host().isEmpty();
}

namespace {

bool isEscaped(const QString &text, qsizetype at)
{
    int backslashes = 0;
    for (qsizetype i = at - 1; i >= 0 && text.at(i) == QLatin1Char('\\'); --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

// A link destination as Markdown reads it, enough to judge its scheme: from
// `from`, whitespace skipped, up to whitespace or ")"; "<…>" unwrapped.
QString destinationAt(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    qsizetype end = i;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(')'))
        ++end;
    QString dest = text.mid(i, end - i);
    if (dest.startsWith(QLatin1String("\\<")))
        dest.remove(0, 2);
    else if (dest.startsWith(QLatin1Char('<')))
        dest.remove(0, 1);
    if (dest.endsWith(QLatin1Char('>')))
        dest.chop(1);
    return dest;
}

} // namespace

QString sanitizeBlock(const QString &markdown)
{
    // Controls out; every "<" escaped: no raw HTML, no <scheme:…> autolink.
    QString text;
    text.reserve(markdown.size() + 16);
    for (const char32_t c : markdown.toUcs4()) {
        if (c != U'\n' && c != U'\t' && (isBreakOrControl(c) || isBidiControl(c)))
            continue;
        if (c == U'<' && !isEscaped(text, text.size()))
            text.append(QLatin1Char('\\'));
        text.append(QString::fromUcs4(&c, 1));
    }

    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // No image at all: "![" loses its bracket.
        if (c == QLatin1Char('[') && i > 0 && text.at(i - 1) == QLatin1Char('!') && !isEscaped(text, i)
            && !isEscaped(text, i - 1)) {
            out.append(QLatin1String("\\["));
            continue;
        }
        // "](dest": a link only when dest is http(s); else the bracket is
        // escaped and the whole thing reads as text.
        if (c == QLatin1Char(']') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('(')
            && !isEscaped(text, i) && !isWebUrl(destinationAt(text, i + 2))) {
            out.append(QLatin1String("\\]"));
            continue;
        }
        out.append(c);
    }

    // Reference definitions "[label]: dest" to anything but http(s) become text.
    static const QRegularExpression definition(QStringLiteral("^( {0,3})\\[([^\\]\\n]+)\\]:\\s*(\\S+)"),
                                               QRegularExpression::MultilineOption);
    QString result;
    qsizetype last = 0;
    auto defs = definition.globalMatch(out);
    while (defs.hasNext()) {
        const QRegularExpressionMatch m = defs.next();
        result += out.mid(last, m.capturedStart() - last);
        if (isWebUrl(destinationAt(m.captured(3), 0)))
            result += m.captured(0);
        else
            result += m.captured(1) + QLatin1Char('\\') + m.captured(0).mid(m.captured(1).size());
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
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
