#include "model/Article.h"

QString categoryOriginName(CategoryOrigin origin)
{
    switch (origin) {
    case CategoryOrigin::Offline: return QStringLiteral("offline");
    case CategoryOrigin::Llm: return QStringLiteral("llm");
    case CategoryOrigin::User: return QStringLiteral("user");
    case CategoryOrigin::Imported: return QStringLiteral("imported");
    case CategoryOrigin::None: break;
    }
    return QString();
}

CategoryOrigin categoryOriginFromName(const QString &name)
{
    if (name == QLatin1String("offline")) return CategoryOrigin::Offline;
    if (name == QLatin1String("llm")) return CategoryOrigin::Llm;
    if (name == QLatin1String("user")) return CategoryOrigin::User;
    if (name == QLatin1String("imported")) return CategoryOrigin::Imported;
    return CategoryOrigin::None;
}
