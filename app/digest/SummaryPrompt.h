#pragma once

#include "llm/LlmClient.h"
#include "model/Article.h"
#include "model/Category.h"
#include "model/Edition.h"

#include <QList>

namespace digest {

// Bump when the prompt templates or the schema change: cached summaries
// made with another version are regenerated.
inline constexpr const char kPromptVersion[] = "summary-v1";              // News
inline constexpr const char kPapersPromptVersion[] = "summary-papers-v1"; // Papers

// The prompt version of an edition's style: part of the summaries' cache
// key (inputHash), so a section summarised in one style is never reused
// for the other.
QString summaryPromptVersion(Edition::Style style);

// The request for one (day, category) section. Article n of `sources` is
// fenced as <article id="n"> (1-based), which is what events cite.
// News: each article's title, sources, date and text. Papers: each paper's
// title, authors and abstract (summary_papers_*.txt), events being the
// papers' key results; a paper without an abstract says so ("Abstract:
// NONE"), so the model reports no results for it.
class SummaryPrompt
{
public:
    static llm::Request build(const QList<Article> &sources, const Category &category, const QString &language,
                              Edition::Style style = Edition::Style::News);

    static constexpr int kMaxCharsPerArticle = 1500;
    static constexpr int kMaxCharsPerAbstract = 2000; // arXiv allows 1,920
};

} // namespace digest
