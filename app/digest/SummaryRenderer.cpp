#include "digest/SummaryRenderer.h"

#include "model/MarkdownInline.h"
#include "digest/SummaryLabels.h"

namespace digest {

namespace {

QString heading(const QString &text)
{
    return QStringLiteral("**%1:**\n\n").arg(text);
}

} // namespace

QString SummaryRenderer::render(const SummaryDoc &doc, const QString &language)
{
    const SummaryLabels labels = summaryLabels(language);
    QString md;

    md += heading(labels.themes);
    for (const QString &theme : doc.themes)
        md += QStringLiteral("- %1\n").arg(markdown::escapeInline(theme));
    if (doc.themes.isEmpty())
        md += QStringLiteral("- %1\n").arg(labels.notApplicable);
    md += QLatin1Char('\n');

    md += heading(labels.events);
    for (const SummaryEvent &event : doc.events) {
        QString citations;
        for (int n : event.citations)
            citations += QStringLiteral("[%1]").arg(n);
        QString line = markdown::escapeInline(event.text);
        if (!citations.isEmpty())
            line += QLatin1Char(' ') + citations;
        md += QStringLiteral("- %1\n").arg(line);
    }
    if (doc.events.isEmpty())
        md += QStringLiteral("- %1\n").arg(labels.notApplicable);
    md += QLatin1Char('\n');

    // Economy, society and politics always appear, in that order; other
    // domains follow in the order of impactDomainKeys(), then unknown ones.
    md += heading(labels.impact);
    if (doc.impactsByArticle && doc.impacts.isEmpty()) {
        md += QStringLiteral("- %1\n\n").arg(labels.impactsByArticle);
        md += heading(labels.conclusion);
        const QString conclusion = markdown::escapeInline(doc.conclusion);
        md += (conclusion.isEmpty() ? labels.notApplicable : conclusion) + QLatin1Char('\n');
        return md;
    }
    QList<SummaryImpact> impacts = doc.impacts;
    QList<SummaryImpact> ordered;
    const QStringList &keys = impactDomainKeys();
    for (int i = 0; i < keys.size(); ++i) {
        bool found = false;
        for (int j = 0; j < impacts.size(); ++j) {
            if (impacts[j].domain.trimmed().toLower() == keys[i]) {
                ordered.append(impacts.takeAt(j));
                found = true;
                break;
            }
        }
        // An offline summary names only the domains its articles touch.
        if (!found && i < kRequiredImpactDomains && !doc.impactsByArticle)
            ordered.append({keys[i], QString(), {}});
    }
    ordered += impacts;
    for (const SummaryImpact &impact : ordered) {
        QString text = isNotApplicable(impact.text) ? labels.notApplicable : markdown::escapeInline(impact.text);
        if (!impact.citations.isEmpty()) {
            text += QLatin1Char(' ');
            for (int n : impact.citations)
                text += QStringLiteral("[%1]").arg(n);
        }
        md += QStringLiteral("- **%1**: %2\n")
                  .arg(markdown::escapeInline(impactDomainName(impact.domain, language)), text);
    }
    md += QLatin1Char('\n');

    md += heading(labels.conclusion);
    const QString conclusion = markdown::escapeInline(doc.conclusion);
    md += conclusion.isEmpty() ? labels.notApplicable : conclusion;
    md += QLatin1Char('\n');
    return md;
}

} // namespace digest
