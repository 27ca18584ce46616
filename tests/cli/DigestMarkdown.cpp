#include "DigestMarkdown.h"

#include <QRegularExpression>

namespace clitest {

QStringList MdDigest::names() const
{
    QStringList out;
    for (const MdSection &s : sections)
        out.append(s.name);
    return out;
}

QString unescapeMarkdown(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1).unicode() < 0x80
            && (text.at(i + 1).isPunct() || text.at(i + 1).isSymbol())) {
            out.append(text.at(++i));
            continue;
        }
        out.append(c);
    }
    return out;
}

MdDigest parseDigestMarkdown(const QString &text)
{
    static const QRegularExpression sourceLine(QStringLiteral("^ - (.*) \\((\\S+)\\)$"));
    MdDigest digest;
    const QStringList lines = text.split(QLatin1Char('\n'));
    digest.titleLine = lines.value(0);
    bool inSources = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            MdSection section;
            const QString heading = line.mid(3).trimmed();
            const qsizetype space = heading.indexOf(QLatin1Char(' '));
            section.emoji = space > 0 ? heading.left(space) : QString();
            section.name = space > 0 ? heading.mid(space + 1).trimmed() : heading;
            digest.sections.append(section);
            inSources = false;
            continue;
        }
        if (digest.sections.isEmpty())
            continue;
        MdSection &section = digest.sections.last();
        if (line.trimmed() == QStringLiteral("**출처:**") || line.trimmed() == QLatin1String("**Sources:**")) {
            inSources = true;
            continue;
        }
        if (inSources) {
            const auto m = sourceLine.match(line);
            if (m.hasMatch())
                section.sources.append(MdSource{unescapeMarkdown(m.captured(1)), m.captured(2)});
            continue;
        }
        section.body += line + QLatin1Char('\n');
    }
    return digest;
}

} // namespace clitest
