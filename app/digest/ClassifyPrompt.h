#pragma once

#include "llm/LlmClient.h"
#include "model/Article.h"
#include "model/Category.h"

#include <QList>

namespace digest {

// One classification request: the articles (id, title, first 600
// characters of text) fenced as data; the answer schema has the category
// keys plus "not_ai" as an enum.
class ClassifyPrompt
{
public:
    static llm::Request build(const QList<Article> &batch, const QList<Category> &categories);
    static QJsonObject schema(const QList<Category> &categories);
    static QString notAiKey() { return QStringLiteral("not_ai"); }

    static constexpr int kMaxBatch = 40;
    static constexpr int kMaxTextChars = 600;
};

} // namespace digest
