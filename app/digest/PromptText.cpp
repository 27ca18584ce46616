#include "digest/PromptText.h"

#include <QFile>
#include <QRegularExpression>

namespace digest {

QString loadPromptTemplate(const QString &name)
{
    QFile file(QStringLiteral(":/prompts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString fillTemplate(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1), m.captured(0));
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString neutraliseFence(const QString &text)
{
    // "</article>", "< /ARTICLE >", "<article id=9>": the angle bracket
    // becomes a look-alike so the fence cannot be closed or forged.
    static const QRegularExpression tag(QStringLiteral("<(\\s*/?\\s*article)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(tag, QStringLiteral("\u2039\\1"));
    return out;
}

QString fenceArticle(const QString &id, const QString &body)
{
    return QStringLiteral("<article id=\"%1\">\n%2\n</article>").arg(id, neutraliseFence(body));
}

} // namespace digest
