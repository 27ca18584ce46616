#include "export/BriefingMarkdown.h"

#include "export/MarkdownText.h"

#include <QRegularExpression>

namespace exporter {

QString BriefingMarkdown::render(const Digest &digest)
{
    const Briefing &b = digest.briefing;
    if (b.isEmpty())
        return QString();
    const ExportStrings strings(digest.language);
    QString out = QStringLiteral("## %1\n\n").arg(strings.briefingHeading());
    if (b.provenance.provider == QLatin1String("offline"))
        out += strings.offlineMarker() + QStringLiteral("\n\n");
    for (const BriefingItem &item : b.items) {
        QString cites;
        for (int n : item.citations)
            cites += QStringLiteral("[%1]").arg(n);
        out += QStringLiteral("- %1%2\n")
                   .arg(markdown::escapeInline(item.text.simplified()),
                        cites.isEmpty() ? QString() : QLatin1Char(' ') + cites);
    }
    out += QStringLiteral("\n**출처:**\n\n");
    for (const DigestSource &source : digest.briefingSources) {
        const QString url = markdown::safeUrl(source.url);
        out += QStringLiteral(" - %1 %2\n")
                   .arg(markdown::escapeInline(source.title),
                        url.isEmpty() ? strings.linkRemoved() : QStringLiteral("(%1)").arg(url));
    }
    return out + QStringLiteral("\n\n");
}

bool BriefingMarkdown::parseItemLine(const QString &line, BriefingItem *item)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$"));
    static const QRegularExpression trailing(QStringLiteral("(?<!\\\\)\\[(\\d{1,4})\\]\\s*$"));
    const auto m = bullet.match(line);
    if (!m.hasMatch())
        return false;
    QString rest = m.captured(1).trimmed();
    QList<int> citations;
    for (auto c = trailing.match(rest); c.hasMatch(); c = trailing.match(rest)) {
        citations.prepend(c.captured(1).toInt());
        rest = rest.left(c.capturedStart()).trimmed();
    }
    item->text = markdown::unescapeInline(rest).simplified();
    item->citations.clear();
    for (int n : std::as_const(citations)) {
        if (!item->citations.contains(n))
            item->citations.append(n);
    }
    return true;
}

} // namespace exporter
