#include "model/Category.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QList<Category> categoriesFrom(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QList<Category> categories;
    int position = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Category c;
        c.key = o.value(QLatin1String("key")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.emoji = o.value(QLatin1String("emoji")).toString();
        c.color = o.value(QLatin1String("color")).toString();
        c.description = o.value(QLatin1String("description")).toString();
        for (const QJsonValue &k : o.value(QLatin1String("keywords")).toArray())
            c.keywords.append(k.toString());
        c.position = position++;
        categories.append(c);
    }
    return categories;
}

} // namespace

QList<Category> defaultCategories()
{
    return categoriesFrom(QStringLiteral(":/data/categories.json"));
}

QList<Category> defaultPaperCategories()
{
    return categoriesFrom(QStringLiteral(":/data/paper-categories.json"));
}

bool isFallbackCategoryKey(const QString &key)
{
    return key == QLatin1String("other") || key.startsWith(QLatin1String("other-"))
        || key.endsWith(QLatin1String("-other"));
}
