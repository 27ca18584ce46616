#include "export/MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace exporter::markdown {

QString safeUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed, QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty())
        return {};
    return encodeLinkTarget(trimmed);
}

QString encodeLinkTarget(const QString &target)
{
    static const QString unsafe = QStringLiteral("()<>\"`\\{}|^");
    QString out;
    out.reserve(target.size());
    for (const char32_t c : target.toUcs4()) {
        const QString ch = QString::fromUcs4(&c, 1);
        if (isBidiControl(c) || isBreakOrControl(c) || QChar::isSpace(c)
            || (c < 0x80 && unsafe.contains(ch))) {
            for (const char byte : ch.toUtf8())
                out += QLatin1Char('%') + QString::number(uint(uchar(byte)), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        } else {
            out += ch;
        }
    }
    return out;
}

QString sanitizeBlock(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^( {0,3})#"));
    QStringList lines = ::markdown::sanitizeBlock(QString(markdown)
                                                      .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                                      .replace(QLatin1Char('\r'), QLatin1Char('\n')))
                            .split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.replace(heading, QStringLiteral("\\1\\#"));
    return lines.join(QLatin1Char('\n'));
}

QString trimBlankLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace exporter::markdown
