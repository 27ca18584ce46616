#include "model/Source.h"

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
