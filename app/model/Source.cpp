#include "model/Source.h"

#include <QUrl>

QString fullTextModeName(FullTextMode mode)
{
    switch (mode) {
    case FullTextMode::On:
        return QStringLiteral("on");
    case FullTextMode::Auto:
        return QStringLiteral("auto");
    case FullTextMode::Off:
        break;
    }
    return QStringLiteral("off");
}

FullTextMode fullTextModeFromName(const QString &name)
{
    if (name == QLatin1String("on"))
        return FullTextMode::On;
    if (name == QLatin1String("auto"))
        return FullTextMode::Auto;
    return FullTextMode::Off;
}

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Arxiv:
        return QStringLiteral("arxiv");
    case SourceKind::HfDaily:
        return QStringLiteral("hf-daily");
    case SourceKind::Feed:
        break;
    }
    return QStringLiteral("feed");
}

SourceKind sourceKindFromName(const QString &name)
{
    if (name == QLatin1String("arxiv"))
        return SourceKind::Arxiv;
    if (name == QLatin1String("hf-daily"))
        return SourceKind::HfDaily;
    return SourceKind::Feed;
}

SourceKind sourceKindForUrl(const QString &url)
{
    const QUrl u(url);
    const QString host = u.host().toLower();
    if ((host == QLatin1String("rss.arxiv.org") || host == QLatin1String("export.arxiv.org"))
        && (u.path().startsWith(QLatin1String("/rss/")) || u.path().startsWith(QLatin1String("/atom/"))))
        return SourceKind::Arxiv;
    if (host == QLatin1String("huggingface.co") && u.path().startsWith(QLatin1String("/api/daily_papers")))
        return SourceKind::HfDaily;
    return SourceKind::Feed;
}
