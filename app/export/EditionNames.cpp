#include "export/EditionNames.h"

#include "model/MarkdownInline.h"

namespace exporter {

namespace {

bool isSafePrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.size() > EditionNames::kMaxPrefixLength || prefix.startsWith(QLatin1Char('-')))
        return false;
    for (const char32_t c : prefix.toUcs4()) {
        if (!(QChar::isLetterOrNumber(c) || c == U'-' || c == U'_'))
            return false;
    }
    return true;
}

} // namespace

QString EditionNames::slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetterOrNumber(c)) {
            dash = true;
            continue;
        }
        const char32_t lower = QChar::toLower(c);
        const QString next = (dash && !out.isEmpty() ? QStringLiteral("-") : QString()) + QString::fromUcs4(&lower, 1);
        if (out.size() + next.size() > kMaxPrefixLength)
            break; // never half a surrogate pair
        out += next;
        dash = false;
    }
    return out;
}

QString EditionNames::filePrefix(const Edition &edition)
{
    if (isSafePrefix(edition.filePrefix))
        return edition.filePrefix;
    for (const QString &candidate : {edition.filePrefix, edition.key, edition.name}) {
        const QString s = slug(candidate);
        if (!s.isEmpty())
            return s;
    }
    return QStringLiteral("digest");
}

QString EditionNames::baseName(const Edition &edition, const QString &day)
{
    return filePrefix(edition) + QLatin1Char('_') + day;
}

QString EditionNames::titleLine(const Edition &edition)
{
    // escapeInline flattens to one line without controls; unescaping gives
    // the plain text back.
    QString title = ::markdown::unescapeInline(::markdown::escapeInline(edition.titleLine));
    if (!title.isEmpty())
        return title;
    const QString name = ::markdown::unescapeInline(::markdown::escapeInline(edition.name));
    return name.isEmpty() ? QStringLiteral("Daily Artificial Intelligence Insights")
                          : QStringLiteral("Daily Artificial Intelligence Insights : ") + name;
}

} // namespace exporter
