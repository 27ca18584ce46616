#include "digest/MarkdownEscape.h"

#include <QRegularExpression>

namespace digest {

QString escapeMarkdownInline(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{2028}\\x{2029}\\x{0085}]+"));
    QString line = text;
    line.replace(space, QStringLiteral(" "));
    line = line.trimmed();
    // Control characters have no business in a summary.
    line.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });

    static const QString special = QStringLiteral("\\`*_[]<>#~");
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // A line that starts like a list item, quote or numbered item.
    if (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('+'))
        || out.startsWith(QLatin1Char('=')))
        out.prepend(QLatin1Char('\\'));
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])"));
    const auto m = ordered.match(out);
    if (m.hasMatch())
        out.insert(m.capturedStart(2), QLatin1Char('\\'));
    return out;
}

} // namespace digest
