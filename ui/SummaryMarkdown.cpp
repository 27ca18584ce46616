#include "ui/SummaryMarkdown.h"

#include <QRegularExpression>
#include <QStringList>

namespace ui {

QString SummaryMarkdown::prepare(const QString &markdown)
{
    return linkCitations(escapeHtml(markdown));
}

QString SummaryMarkdown::escapeHtml(const QString &markdown)
{
    // Only "<" can open raw HTML; as an entity it renders as the character.
    QString out = markdown;
    return out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
}

QString SummaryMarkdown::linkCitations(const QString &markdown)
{
    // [1], [1, 2] or [1,2,3] that is not already link text or a link target.
    static const QRegularExpression cite(
        QStringLiteral("(?<![\\\\\\]])\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\](?![(\\[:])"));
    QString out;
    qsizetype last = 0;
    auto it = cite.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += markdown.mid(last, m.capturedStart() - last);
        const QStringList numbers = m.captured(1).split(QLatin1Char(','));
        QStringList links;
        for (const QString &n : numbers) {
            const QString t = n.trimmed();
            links << QStringLiteral("[\\[%1\\]](cite:%1)").arg(t);
        }
        out += links.join(QString());
        last = m.capturedEnd();
    }
    out += markdown.mid(last);
    return out;
}

int SummaryMarkdown::citationNumber(const QUrl &url)
{
    if (url.scheme() != QLatin1String("cite"))
        return 0;
    bool ok = false;
    const int n = url.path().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

bool SummaryMarkdown::isWebLink(const QUrl &url)
{
    const QString s = url.scheme().toLower();
    return url.isValid() && (s == QLatin1String("http") || s == QLatin1String("https"))
           && !url.host().isEmpty();
}

} // namespace ui
