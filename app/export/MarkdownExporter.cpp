#include "export/MarkdownExporter.h"

#include "export/BriefingMarkdown.h"
#include "export/EditionNames.h"
#include "export/ExportStrings.h"
#include "export/MarkdownText.h"

namespace exporter {

namespace {

bool isOfflineSection(const Digest &digest, const DigestSection &section)
{
    return digest.offline || section.provenance.provider == QLatin1String("offline");
}

QString sourceLine(const DigestSource &source, const ExportStrings &strings)
{
    const QString url = markdown::safeUrl(source.url);
    const QString title = markdown::escapeInline(source.title);
    return QStringLiteral(" - %1 %2\n")
        .arg(title, url.isEmpty() ? strings.linkRemoved() : QStringLiteral("(%1)").arg(url));
}

QString summaryBlock(const DigestSection &section, const ExportStrings &strings)
{
    if (!section.error.isEmpty())
        return strings.summaryFailed(markdown::escapeInline(section.error));
    const QString body = markdown::trimBlankLines(markdown::sanitizeBlock(section.summaryMarkdown));
    return body.isEmpty() ? strings.noSummary() : body;
}

} // namespace

QString MarkdownExporter::baseName(const QString &day)
{
    return baseName(editions::news(), day);
}

QString MarkdownExporter::baseName(const Edition &edition, const QString &day)
{
    return EditionNames::baseName(edition, day);
}

QString MarkdownExporter::render(const Digest &digest, const QString &chartFileName, bool withBriefing)
{
    const ExportStrings strings(digest.language);
    QString out;
    out += QStringLiteral("# %1![Category Distribution Graph](%2)\n\n")
               .arg(markdown::escapeInline(EditionNames::titleLine(digest.edition)),
                    markdown::encodeLinkTarget(chartFileName));
    if (withBriefing)
        out += BriefingMarkdown::render(digest);

    int written = 0;
    for (const DigestSection &section : digest.sections) {
        if (section.sources.isEmpty())
            continue;
        ++written;
        const QString emoji = markdown::escapeInline(section.emoji);
        const QString name = markdown::escapeInline(section.categoryName);
        out += QStringLiteral("## %1\n\n").arg(emoji.isEmpty() ? name : emoji + QLatin1Char(' ') + name);
        out += QStringLiteral("**요약:**\n\n");
        if (isOfflineSection(digest, section) && section.error.isEmpty())
            out += strings.offlineMarker() + QStringLiteral("\n\n");
        out += summaryBlock(section, strings) + QStringLiteral("\n\n");
        out += QStringLiteral("**출처:**\n\n");
        for (const DigestSource &source : section.sources)
            out += sourceLine(source, strings);
        out += QStringLiteral("\n\n");
    }

    QStringList closing;
    if (written == 0)
        closing << strings.noSections();
    if (digest.offline)
        closing << strings.offlineNote();
    if (digest.notAiCount > 0)
        closing << strings.notAiLine(digest.notAiCount);
    for (const DigestLeftOut &left : digest.leftOut) {
        if (left.count > 0)
            closing << strings.leftOutLine(left.count, markdown::escapeInline(left.reason));
    }
    if (!closing.isEmpty())
        out += closing.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return out;
}

} // namespace exporter
