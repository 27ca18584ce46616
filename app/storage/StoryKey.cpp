#include "storage/StoryKey.h"

#include <QStringList>

namespace storage {

namespace {

QString stripPublisher(const QString &title)
{
    static const QString separators[] = {QStringLiteral(" - "), QStringLiteral(" | "),
                                         QStringLiteral(" – "), QStringLiteral(" — ")};
    for (const QString &sep : separators) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at <= 0)
            continue;
        const QString head = title.left(at);
        const QString tail = title.mid(at + sep.size());
        if (tail.split(u' ', Qt::SkipEmptyParts).size() <= 4
            && head.split(u' ', Qt::SkipEmptyParts).size() >= 4)
            return head;
    }
    return title;
}

} // namespace

QString StoryKey::of(const QString &title, const QString &fallback)
{
    const QString normalised =
        stripPublisher(title.simplified()).normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(normalised.size());
    for (const QChar c : normalised) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    if (key.size() < kMinLength)
        return key + u'#' + fallback;
    return key;
}

} // namespace storage
