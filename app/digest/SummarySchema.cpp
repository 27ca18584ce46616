#include "digest/SummarySchema.h"

#include "digest/SummaryLabels.h"

#include <QJsonArray>

namespace digest {

namespace {

QJsonObject type(const char *name)
{
    return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(name)}};
}

QJsonObject object(const QJsonObject &properties, const QStringList &required)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), QJsonArray::fromStringList(required)}};
}

QJsonObject array(const QJsonObject &items)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), items}};
}

} // namespace

QJsonObject SummarySchema::schema()
{
    const QJsonObject event = object(
        {{QStringLiteral("text"), type("string")},
         {QStringLiteral("sources"), array(type("integer"))}},
        {QStringLiteral("text"), QStringLiteral("sources")});
    QJsonObject domain = type("string");
    domain.insert(QStringLiteral("enum"), QJsonArray::fromStringList(impactDomainKeys()));
    const QJsonObject impact = object({{QStringLiteral("domain"), domain},
                                       {QStringLiteral("text"), type("string")}},
                                      {QStringLiteral("domain"), QStringLiteral("text")});
    return object({{QStringLiteral("themes"), array(type("string"))},
                   {QStringLiteral("events"), array(event)},
                   {QStringLiteral("impact"), array(impact)},
                   {QStringLiteral("conclusion"), type("string")}},
                  {QStringLiteral("themes"), QStringLiteral("events"), QStringLiteral("impact"),
                   QStringLiteral("conclusion")});
}

} // namespace digest
