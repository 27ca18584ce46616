#include "export/HtmlExporter.h"

#include "export/BriefingHtml.h"
#include "export/EditionNames.h"
#include "export/ExportStrings.h"
#include "export/MarkdownText.h"
#include "export/SummaryHtml.h"

#include <QBuffer>
#include <QColor>
#include <QRegularExpression>

namespace exporter {

namespace {

const char *const kStyle =
    "body{font-family:'Noto Sans KR','NanumGothic','Apple SD Gothic Neo','Malgun Gothic',system-ui,sans-serif;"
    "line-height:1.6;color:#1d1d1f;background:#fafafa;margin:0}"
    "main{max-width:860px;margin:0 auto;padding:2rem 1.25rem 4rem;background:#fff}"
    "h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2.5rem 0 .5rem;padding-bottom:.25rem;"
    "border-bottom:3px solid var(--c,#999)}h3{font-size:1rem;margin:1.25rem 0 .25rem;color:#555}"
    "h4{font-size:1rem;margin:1rem 0 .25rem}"
    ".day{color:#666;margin:0 0 1rem}figure{margin:1rem 0}img{max-width:100%;height:auto;border:1px solid #eee}"
    ".note,.offline{color:#666;font-style:italic}.error{color:#a40000;background:#fff3f3;padding:.5rem .75rem}"
    ".sources li{margin:.2rem 0}.site{color:#777;font-size:.9em}a{color:#0b57d0}"
    "code{background:#f2f2f2;padding:0 .2em}"
    ".briefing{background:#f5f8ff;border-left:4px solid #0b57d0;padding:.25rem 1rem .5rem;margin:1rem 0}"
    ".briefing h2{border:0;margin-top:.75rem}.briefing-items li{margin:.35rem 0}.cite{text-decoration:none}";

QString pngDataUri(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

QString anchorId(const DigestSection &section, int index)
{
    QString key = section.categoryKey.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]")), QStringLiteral("-"));
    return key.isEmpty() ? QStringLiteral("section-%1").arg(index) : QStringLiteral("cat-") + key;
}

QString sourceItem(const DigestSource &source, const ExportStrings &strings)
{
    // One line of text, controls and bidi overrides removed, as in Markdown.
    const QString flat = markdown::unescapeInline(markdown::escapeInline(source.title));
    const QString title = SummaryHtml::escape(flat.isEmpty() ? source.url : flat);
    const QString url = markdown::safeUrl(source.url);
    QString item = url.isEmpty()
        ? QStringLiteral("%1 <span class=\"note\">%2</span>").arg(title, SummaryHtml::escape(strings.linkRemoved()))
        : QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>").arg(SummaryHtml::escape(url), title);
    if (!source.sourceName.trimmed().isEmpty())
        item += QStringLiteral(" <span class=\"site\">— %1</span>").arg(SummaryHtml::escape(source.sourceName.simplified()));
    return QStringLiteral("<li>%1</li>\n").arg(item);
}

// A closing note written as "_text_" by ExportStrings, as HTML.
QString note(const QString &emphasised)
{
    QString t = emphasised;
    if (t.startsWith(QLatin1Char('_')) && t.endsWith(QLatin1Char('_')))
        t = t.mid(1, t.size() - 2);
    return QStringLiteral("<p class=\"note\">%1</p>\n").arg(SummaryHtml::escape(t));
}

} // namespace

QString HtmlExporter::render(const Digest &digest, const QImage &chart)
{
    const ExportStrings strings(digest.language);
    const QString title = SummaryHtml::escape(EditionNames::titleLine(digest.edition));
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(strings.language());
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src data:; style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<title>%1 · %2</title>\n<style>%3</style>\n</head>\n<body>\n<main>\n")
               .arg(title, SummaryHtml::escape(digest.day), QString::fromLatin1(kStyle));
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"day\">%2</p>\n").arg(title, SummaryHtml::escape(digest.day));
    out += BriefingHtml::render(digest);
    if (!chart.isNull())
        out += QStringLiteral("<figure><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></figure>\n")
                   .arg(pngDataUri(chart)).arg(chart.width()).arg(chart.height())
                   .arg(SummaryHtml::escape(strings.chartTitle(digest.day)));
    else
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(SummaryHtml::escape(strings.chartMissing()));

    int index = 0;
    for (const DigestSection &section : digest.sections) {
        if (section.sources.isEmpty())
            continue;
        ++index;
        const QString color = QColor(section.color).isValid() ? QColor(section.color).name() : QStringLiteral("#999999");
        out += QStringLiteral("<section id=\"%1\" style=\"--c:%2\">\n").arg(anchorId(section, index), color);
        const QString heading = (section.emoji.trimmed() + QLatin1Char(' ') + section.categoryName).simplified();
        out += QStringLiteral("<h2>%1</h2>\n").arg(SummaryHtml::escape(heading));
        out += QStringLiteral("<h3>%1</h3>\n").arg(SummaryHtml::escape(strings.summaryHeading()));
        if (!section.error.isEmpty()) {
            QString failed = strings.summaryFailed(section.error.simplified());
            failed = failed.mid(1, failed.size() - 2);
            out += QStringLiteral("<p class=\"error\">%1</p>\n").arg(SummaryHtml::escape(failed));
        } else {
            if (digest.offline || section.provenance.provider == QLatin1String("offline")) {
                const QString marker = strings.offlineMarker();
                out += QStringLiteral("<p class=\"offline\">%1</p>\n").arg(SummaryHtml::escape(marker.mid(1, marker.size() - 2)));
            }
            const QString body = markdown::trimBlankLines(section.summaryMarkdown);
            out += QStringLiteral("<div class=\"summary\">\n%1</div>\n")
                       .arg(body.isEmpty() ? note(strings.noSummary()) : SummaryHtml::fromMarkdown(body));
        }
        out += QStringLiteral("<h3>%1</h3>\n<ul class=\"sources\">\n").arg(SummaryHtml::escape(strings.sourcesHeading()));
        for (const DigestSource &source : section.sources)
            out += sourceItem(source, strings);
        out += QStringLiteral("</ul>\n</section>\n");
    }
    out += QStringLiteral("<footer>\n");
    if (index == 0)
        out += note(strings.noSections());
    if (digest.offline)
        out += note(strings.offlineNote());
    if (digest.notAiCount > 0)
        out += note(strings.notAiLine(digest.notAiCount));
    for (const DigestLeftOut &left : digest.leftOut) {
        if (left.count > 0) // one line of plain text; note() escapes it
            out += note(strings.leftOutLine(left.count, markdown::unescapeInline(markdown::escapeInline(left.reason))));
    }
    out += QStringLiteral("</footer>\n</main>\n</body>\n</html>\n");
    return out;
}

} // namespace exporter
