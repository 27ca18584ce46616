#pragma once

#include "model/Article.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace digest {

// The two verdicts on one article: "about AI?" and "which category".
// A non-AI verdict has categoryId 0 and an empty categoryKey.
struct Verdict
{
    qint64 categoryId = 0;
    QString categoryKey;
    bool isAi = false;
    double confidence = 0.0; // 0..1, confidence in the verdict as a whole
    QString reason;          // one line, for the UI
    QStringList evidence;    // the terms that were matched (offline) or empty
};

struct ClassifiedArticle
{
    qint64 articleId = 0;
    Verdict verdict;
    CategoryOrigin origin = CategoryOrigin::None;
};

} // namespace digest

Q_DECLARE_METATYPE(digest::ClassifiedArticle)
