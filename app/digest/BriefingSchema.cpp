#include "digest/BriefingSchema.h"

#include <QJsonArray>

namespace digest {

QJsonObject BriefingSchema::schema()
{
    const auto type = [](const char *name) { return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(name)}}; };
    const QJsonObject item{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("text"), type("string")},
                     {QStringLiteral("sources"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                             {QStringLiteral("items"), type("integer")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("text"), QStringLiteral("sources")}}};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                           {QStringLiteral("items"), item}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("items")}}};
}

} // namespace digest
