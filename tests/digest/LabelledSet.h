#pragma once

#include "support/TestPaths.h"
#include "model/Article.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "model/Category.h"

struct LabelledArticle
{
    QString lang;
    bool isAi = false;
    QString category; // empty when not AI
    FeedItem item;
};

inline QList<LabelledArticle> loadLabelled(const QString &name)
{
    QList<LabelledArticle> out;
    const QList<QByteArray> lines = testpaths::readAll(testpaths::fixture(QStringLiteral("digest/") + name)).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        LabelledArticle a;
        a.lang = o.value(QLatin1String("lang")).toString();
        a.isAi = o.value(QLatin1String("ai")).toBool();
        a.category = o.value(QLatin1String("category")).toString();
        a.item.title = o.value(QLatin1String("title")).toString();
        a.item.summary = o.value(QLatin1String("text")).toString();
        out.append(a);
    }
    return out;
}

// The default categories with the ids a database would give them.
inline QList<Category> numberedCategories()
{
    QList<Category> categories = defaultCategories();
    for (int i = 0; i < categories.size(); ++i)
        categories[i].id = 100 + i;
    return categories;
}
