#include "export/SeedEditionMatch.h"

#include "export/EditionNames.h"
#include "model/MarkdownInline.h"

#include <QDate>
#include <QRegularExpression>

namespace exporter {

namespace {

bool isValidDay(const QString &day)
{
    return QDate::fromString(day, Qt::ISODate).isValid();
}

bool same(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// The text after the last ':' of a title, trimmed ("News" of "… : News").
QString afterColon(const QString &title)
{
    const qsizetype colon = title.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : title.mid(colon + 1).trimmed();
}

// A name as it appears in a file name: the prefix itself, the key, the
// name, or the name with its spaces as '_' or '-' or slugged.
QString editionOfPrefix(const QString &prefix, const QList<Edition> &known)
{
    for (const Edition &e : known) {
        const QString name = e.name.simplified();
        const QStringList names{EditionNames::filePrefix(e),
                                e.filePrefix,
                                e.key,
                                name,
                                QString(name).replace(QLatin1Char(' '), QLatin1Char('_')),
                                QString(name).replace(QLatin1Char(' '), QLatin1Char('-')),
                                EditionNames::slug(name)};
        for (const QString &n : names) {
            if (same(n, prefix))
                return e.key;
        }
    }
    return QString();
}

} // namespace

QString SeedEditionMatch::editionFromTitle(const QString &titleLine, const QList<Edition> &known)
{
    // The chart link starts at the first "![": an exported title escapes
    // its own brackets.
    QString title = titleLine;
    const qsizetype chart = title.indexOf(QLatin1String("!["));
    if (chart >= 0)
        title.truncate(chart);
    title = ::markdown::unescapeInline(title).simplified();
    const QString tail = afterColon(title);
    for (const Edition &e : known) {
        const QString line = EditionNames::titleLine(e).simplified();
        if (same(line, title))
            return e.key;
    }
    for (const Edition &e : known) {
        if (!tail.isEmpty() && (same(e.name.simplified(), tail) || same(afterColon(EditionNames::titleLine(e)), tail)))
            return e.key;
    }
    return QString();
}

SeedEditionMatch::Match SeedEditionMatch::fromChartLink(const QString &titleLine, const QList<Edition> &known)
{
    static const QRegularExpression png(QStringLiteral("([\\p{L}\\p{N}_-]*)_(\\d{4}-\\d{2}-\\d{2})\\.png"),
                                        QRegularExpression::CaseInsensitiveOption);
    Match match;
    const auto m = png.match(titleLine);
    if (!m.hasMatch() || !isValidDay(m.captured(2)))
        return match;
    match.day = m.captured(2);
    match.editionKey = editionOfPrefix(m.captured(1), known);
    return match;
}

SeedEditionMatch::Match SeedEditionMatch::fromFileName(const QString &fileName, const QList<Edition> &known)
{
    static const QRegularExpression legacy(
        QStringLiteral("(?:news|digest)[_-](\\d{4}-\\d{2}-\\d{2})\\.(?:md|markdown)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        QStringLiteral("^(.+?)[_-](\\d{4}-\\d{2}-\\d{2})(?:[_-]report)?\\.(?:md|markdown)$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype slash = std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    const QString base = fileName.mid(slash + 1);

    Match match;
    const auto n = named.match(base);
    if (n.hasMatch() && isValidDay(n.captured(2))) {
        match.editionKey = editionOfPrefix(n.captured(1), known);
        if (!match.editionKey.isEmpty())
            match.day = n.captured(2);
    }
    if (match.day.isEmpty()) {
        const auto l = legacy.match(fileName);
        if (l.hasMatch() && isValidDay(l.captured(1)))
            match.day = l.captured(1);
    }
    return match;
}

} // namespace exporter
