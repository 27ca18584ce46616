#include "export/SeedDigestImporter.h"

#include "export/BriefingMarkdown.h"
#include "export/ExportStrings.h"
#include "export/MarkdownText.h"
#include "export/SeedEditionMatch.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace exporter {

namespace {

enum class Part { Preamble, SectionHead, Summary, Sources, Briefing, BriefingSources, Skipped };

bool inSection(Part part)
{
    return part == Part::SectionHead || part == Part::Summary || part == Part::Sources;
}

bool isLabel(const QString &line, const QStringList &words)
{
    // **요약:**  **요약**:  **요약**  요약:  (any of the words, case-insensitive)
    QString t = line.trimmed();
    t.remove(QLatin1String("**"));
    t = t.trimmed();
    if (t.endsWith(QLatin1Char(':')) || t.endsWith(QChar(0xff1a)))
        t.chop(1);
    t = t.trimmed();
    for (const QString &w : words)
        if (t.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isSummaryLabel(const QString &line)
{
    static const QStringList words{QStringLiteral("요약"), QStringLiteral("Summary"), QStringLiteral("要約")};
    return isLabel(line, words);
}

bool isSourcesLabel(const QString &line)
{
    static const QStringList words{QStringLiteral("출처"), QStringLiteral("Sources"), QStringLiteral("出典")};
    return isLabel(line, words);
}

// The first token of a heading is the emoji when it starts with neither a
// letter nor a digit.
void splitHeading(const QString &text, ImportedSection &section)
{
    const QString t = text.trimmed();
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    const QString first = space < 0 ? t : t.left(space);
    const char32_t c = first.isEmpty() ? 0 : first.toUcs4().value(0);
    if (space > 0 && !QChar::isLetterOrNumber(c) && c != U'\\') {
        section.emoji = markdown::unescapeInline(first);
        section.categoryName = markdown::unescapeInline(t.mid(space + 1).trimmed());
    } else {
        section.categoryName = markdown::unescapeInline(t);
    }
}

bool parseSourceLine(const QString &line, DigestSource &source)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*+]\\s+(.*)$"));
    const auto m = bullet.match(line);
    if (!m.hasMatch())
        return false;
    QString rest = m.captured(1).trimmed();
    for (const QString &removed : ExportStrings::allLinkRemoved()) {
        if (rest.endsWith(removed)) {
            source.title = markdown::unescapeInline(rest.chopped(removed.size()).trimmed());
            return true;
        }
    }
    if (rest.endsWith(QLatin1Char(')'))) {
        const qsizetype at = std::max(rest.lastIndexOf(QLatin1String("(http://"), -1, Qt::CaseInsensitive),
                                      rest.lastIndexOf(QLatin1String("(https://"), -1, Qt::CaseInsensitive));
        if (at >= 0) {
            source.url = rest.mid(at + 1, rest.size() - at - 2).trimmed();
            source.title = markdown::unescapeInline(rest.left(at).trimmed());
            return true;
        }
    }
    source.title = markdown::unescapeInline(rest);
    return true;
}

void finishSection(ImportedSection &section, QStringList &summaryLines, QList<ImportedSection> &out)
{
    QString summary = markdown::trimBlankLines(summaryLines.join(QLatin1Char('\n')));
    for (const QString &marker : ExportStrings::allOfflineMarkers()) {
        if (summary.startsWith(marker + QLatin1Char('\n')) || summary == marker) {
            section.offline = true;
            summary = markdown::trimBlankLines(summary.mid(marker.size()));
            break;
        }
    }
    // Text from a file: it may keep its structure and web links, but not
    // load an image or carry a javascript:/file: link into the window or a
    // re-export.
    section.summaryMarkdown = ::markdown::sanitizeBlock(summary);
    out.append(section);
    section = ImportedSection();
    summaryLines.clear();
}

bool isOfflineMarker(const QString &line)
{
    return ExportStrings::allOfflineMarkers().contains(line.trimmed());
}

// One line of the briefing section, before its sources label.
void briefingLine(const QString &line, ImportedBriefing &briefing)
{
    BriefingItem item;
    if (isOfflineMarker(line))
        briefing.offline = true;
    else if (BriefingMarkdown::parseItemLine(line, &item))
        briefing.items.append(item);
    else if (!line.trimmed().isEmpty() && !briefing.items.isEmpty()) // a wrapped item
        briefing.items.last().text =
            (briefing.items.last().text + QLatin1Char(' ') + markdown::unescapeInline(line.trimmed())).simplified();
}

// Citations only to the sources listed, items only with text.
void finishBriefing(ImportedBriefing &briefing)
{
    QList<BriefingItem> kept;
    for (BriefingItem item : std::as_const(briefing.items)) {
        item.citations.removeIf([&](int n) { return n < 1 || n > briefing.sources.size(); });
        if (!item.text.isEmpty())
            kept.append(item);
    }
    briefing.items = kept;
}

} // namespace

QList<Edition> SeedDigestImporter::shippedEditions()
{
    return {editions::news(), editions::papers()};
}

QString SeedDigestImporter::dayFromFileName(const QString &fileName, const QList<Edition> &known)
{
    return SeedEditionMatch::fromFileName(fileName, known).day;
}

ImportedDigest SeedDigestImporter::parse(const QByteArray &markdown, const QString &fileName,
                                         const QList<Edition> &known)
{
    ImportedDigest result;
    if (markdown.size() > kMaxFileBytes) {
        result.error = QCoreApplication::translate("SeedDigestImporter",
                                                   "%1 is larger than %2 MiB; a digest is much smaller.")
                           .arg(fileName)
                           .arg(kMaxFileBytes / (1024 * 1024));
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(markdown);
    if (decoder.hasError()) {
        result.error = QCoreApplication::translate("SeedDigestImporter", "%1 is not UTF-8 text.").arg(fileName);
        return result;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));

    // The edition: the title line says it best, then its chart link, then
    // the file name. The day: the file name, then the chart link.
    const SeedEditionMatch::Match byFileName = SeedEditionMatch::fromFileName(fileName, known);
    result.day = byFileName.day;
    QString byTitle, byChart;

    Part part = Part::Preamble;
    ImportedSection section;
    QStringList summaryLines;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            if (inSection(part))
                finishSection(section, summaryLines, result.sections);
            const QString briefingLanguage = ExportStrings::briefingLanguage(markdown::unescapeInline(line.mid(3)));
            if (!briefingLanguage.isEmpty()) {
                // Only the first briefing counts; a repeated one is skipped.
                part = result.briefing.language.isEmpty() ? Part::Briefing : Part::Skipped;
                if (part == Part::Briefing)
                    result.briefing.language = briefingLanguage;
                continue;
            }
            if (result.sections.size() >= kMaxSections) {
                result.sections.clear();
                result.error = QCoreApplication::translate("SeedDigestImporter",
                                                           "%1 has more than %2 sections; a digest has one per "
                                                           "category.")
                                   .arg(fileName)
                                   .arg(kMaxSections);
                return result;
            }
            splitHeading(line.mid(3), section);
            part = Part::SectionHead;
            continue;
        }
        switch (part) {
        case Part::Preamble:
            // The title line; tolerated after other "# " lines.
            if (line.startsWith(QLatin1String("# "))) {
                const QString title = line.mid(2);
                if (byTitle.isEmpty())
                    byTitle = SeedEditionMatch::editionFromTitle(title, known);
                const SeedEditionMatch::Match chart = SeedEditionMatch::fromChartLink(title, known);
                if (byChart.isEmpty())
                    byChart = chart.editionKey;
                if (result.day.isEmpty())
                    result.day = chart.day;
            }
            break;
        case Part::SectionHead:
            if (isSummaryLabel(line))
                part = Part::Summary;
            else if (isSourcesLabel(line))
                part = Part::Sources;
            else if (!line.trimmed().isEmpty()) { // a summary without its label
                summaryLines << line;
                part = Part::Summary;
            }
            break;
        case Part::Summary:
            if (isSourcesLabel(line))
                part = Part::Sources;
            else
                summaryLines << line;
            break;
        case Part::Sources: {
            DigestSource source;
            if (parseSourceLine(line, source))
                section.sources.append(source);
            break;
        }
        case Part::Briefing:
            if (isSourcesLabel(line))
                part = Part::BriefingSources;
            else
                briefingLine(line, result.briefing);
            if (result.briefing.items.size() > kMaxBriefingItems) {
                result.error = QCoreApplication::translate("SeedDigestImporter",
                                                           "%1 has more than %2 briefing items; a briefing has a few.")
                                   .arg(fileName)
                                   .arg(kMaxBriefingItems);
                return result;
            }
            break;
        case Part::BriefingSources: {
            DigestSource source;
            if (parseSourceLine(line, source))
                result.briefing.sources.append(source);
            break;
        }
        case Part::Skipped:
            break;
        }
    }
    if (inSection(part))
        finishSection(section, summaryLines, result.sections);
    finishBriefing(result.briefing);
    result.editionKey = !byTitle.isEmpty() ? byTitle : !byChart.isEmpty() ? byChart : byFileName.editionKey;

    if (result.day.isEmpty()) {
        result.error = QCoreApplication::translate("SeedDigestImporter",
            "%1: no date found (expected a file name like news_YYYY-MM-DD.md or paper_YYYY-MM-DD.md, or the chart link in the title line).")
                           .arg(fileName);
        return result;
    }
    if (result.sections.isEmpty()) {
        result.error = QCoreApplication::translate("SeedDigestImporter",
            "%1: no \"## <emoji> <category>\" sections found; is this a digest?").arg(fileName);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace exporter
