#include "export/BriefingHtml.h"

#include "export/ExportStrings.h"
#include "export/MarkdownText.h"
#include "export/SummaryHtml.h"

namespace exporter {

QString BriefingHtml::render(const Digest &digest)
{
    const Briefing &b = digest.briefing;
    if (b.isEmpty())
        return QString();
    const ExportStrings strings(digest.language);
    QString out = QStringLiteral("<section id=\"briefing\" class=\"briefing\">\n<h2>%1</h2>\n")
                      .arg(SummaryHtml::escape(strings.briefingHeading()));
    if (b.provenance.provider == QLatin1String("offline")) {
        const QString marker = strings.offlineMarker();
        out +=
            QStringLiteral("<p class=\"offline\">%1</p>\n").arg(SummaryHtml::escape(marker.mid(1, marker.size() - 2)));
    }
    out += QStringLiteral("<ol class=\"briefing-items\">\n");
    for (const BriefingItem &item : b.items) {
        QString cites;
        for (int n : item.citations)
            cites += QStringLiteral("<a class=\"cite\" href=\"#briefing-source-%1\">[%1]</a>").arg(n);
        out += QStringLiteral("<li>%1 %2</li>\n").arg(SummaryHtml::escape(item.text.simplified()), cites);
    }
    out += QStringLiteral("</ol>\n<h3>%1</h3>\n<ol class=\"sources\">\n")
               .arg(SummaryHtml::escape(strings.sourcesHeading()));
    int n = 0;
    for (const DigestSource &source : digest.briefingSources) {
        ++n;
        // One line of text, controls and bidi overrides removed, as in Markdown.
        const QString flat = markdown::unescapeInline(markdown::escapeInline(source.title));
        const QString title = SummaryHtml::escape(flat.isEmpty() ? source.url : flat);
        const QString url = markdown::safeUrl(source.url);
        const QString link = url.isEmpty() ? QStringLiteral("%1 <span class=\"note\">%2</span>")
                                                 .arg(title, SummaryHtml::escape(strings.linkRemoved()))
                                           : QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>")
                                                 .arg(SummaryHtml::escape(url), title);
        out += QStringLiteral("<li id=\"briefing-source-%1\">%2</li>\n").arg(n).arg(link);
    }
    return out + QStringLiteral("</ol>\n</section>\n");
}

} // namespace exporter
