#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A digest category. Ordered by `position`; user-editable.
struct Category
{
    qint64 id = 0;
    QString key;         // stable identifier, e.g. "llm", "computer-vision"
    QString name;        // display name, e.g. "Computer Vision"
    QString emoji;
    QString color;       // "#rrggbb"
    QString description; // for the LLM
    QStringList keywords;// for the offline classifier; English and Korean
    int position = 0;
    qint64 editionId = 1; // the edition it sorts articles of (1 = News)
};

// The default categories of PRODUCT.md, read from :/data/categories.json.
QList<Category> defaultCategories();
// The Papers edition's research areas, from :/data/paper-categories.json.
QList<Category> defaultPaperCategories();

// Whether a category key names an edition's catch-all category ("other",
// "paper-other", or "other-2" when a second edition copied News's set).
bool isFallbackCategoryKey(const QString &key);
