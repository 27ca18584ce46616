#pragma once

#include "llm/LlmClient.h"
#include "model/Article.h"
#include "model/Category.h"

#include <QList>

namespace digest {

// Bump when the prompt templates or the schema change: cached summaries
// made with another version are regenerated.
inline constexpr const char kPromptVersion[] = "summary-v1";

// The request for one (day, category) section. Article n of `sources` is
// fenced as <article id="n"> (1-based), which is what events cite.
class SummaryPrompt
{
public:
    static llm::Request build(const QList<Article> &sources, const Category &category, const QString &language);

    static constexpr int kMaxCharsPerArticle = 1500;
};

} // namespace digest
