#include "feed/Paper.h"

#include <QRegularExpression>

namespace feed {

QString announceTypeName(AnnounceType type)
{
    switch (type) {
    case AnnounceType::New:
        return QStringLiteral("new");
    case AnnounceType::Cross:
        return QStringLiteral("cross");
    case AnnounceType::Replace:
        return QStringLiteral("replace");
    case AnnounceType::ReplaceCross:
        return QStringLiteral("replace-cross");
    case AnnounceType::Unknown:
        break;
    }
    return {};
}

AnnounceType announceTypeFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("new"))
        return AnnounceType::New;
    if (n == QLatin1String("cross"))
        return AnnounceType::Cross;
    if (n == QLatin1String("replace"))
        return AnnounceType::Replace;
    if (n == QLatin1String("replace-cross"))
        return AnnounceType::ReplaceCross;
    return AnnounceType::Unknown;
}

bool parseArxivId(QStringView text, ArxivId &out)
{
    // New style (since 2007): YYMM.NNNN or YYMM.NNNNN; old style:
    // archive[.SUBJ]/YYMMNNN. Not preceded by a digit, dot or letter, so
    // "12406.12345" or "x2406.12345" are not taken apart.
    static const QRegularExpression kId(QStringLiteral(
        R"((?<![\w.])(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7})(?:v(\d{1,4}))?(?![\d.]))"));
    const QRegularExpressionMatch m = kId.match(text.left(4096));
    if (!m.hasMatch())
        return false;
    out.id = m.captured(1);
    out.version = m.hasCaptured(2) ? m.captured(2).toInt() : 0;
    return true;
}

QUrl arxivAbsUrl(const QString &arxivId)
{
    return QUrl(QStringLiteral("https://arxiv.org/abs/") + arxivId);
}

} // namespace feed
