#include "ui/BriefingText.h"

#include "model/MarkdownInline.h"
#include "ui/SummaryMarkdown.h"

#include <QStringList>

namespace ui {

namespace {

// Inert Markdown for SummaryView::showMessage, which turns "<" into an
// entity itself (an escaped "\<" would then show its backslash).
QString inert(const QString &text)
{
    return markdown::escapeInline(text.simplified()).replace(QLatin1String("\\<"), QLatin1String("<"));
}

} // namespace

QString BriefingText::heading()
{
    return tr("📌 Today's briefing");
}

QString BriefingText::provenance(const Briefing &b)
{
    const QString provider = b.provenance.provider;
    QString line;
    if (provider == QLatin1String("offline") || provider.isEmpty())
        line = tr("the stories most sources carry, in their own words (offline, no LLM)");
    else if (provider == QLatin1String("imported"))
        line = tr("imported history");
    else
        line = tr("by %1 (%2)").arg(b.provenance.model.isEmpty() ? tr("default model") : b.provenance.model, provider);
    if (!b.error.isEmpty())
        line += QStringLiteral(" · ") + tr("the model's briefing failed: %1").arg(b.error);
    return line;
}

QString BriefingText::markdown(const Digest &digest)
{
    const Briefing &b = digest.briefing;
    if (b.isEmpty())
        return QString();
    QString out = QStringLiteral("### %1\n\n%2\n\n").arg(inert(heading()), inert(provenance(b)));
    int index = 0;
    for (const BriefingItem &item : b.items) {
        QString cites;
        for (int n : item.citations)
            cites += QStringLiteral("[%1]").arg(n);
        out += QStringLiteral("%1. %2 %3\n").arg(++index).arg(inert(item.text), SummaryMarkdown::linkCitations(cites));
    }
    return out;
}

} // namespace ui
