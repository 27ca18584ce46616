#pragma once

#include "digest/BriefingStories.h"
#include "llm/LlmClient.h"

#include <QList>

namespace digest {

// Bump when the briefing templates or schema change: cached briefings made
// with another version are made again.
inline constexpr const char kBriefingPromptVersion[] = "briefing-v1";

// What the model is given: the top stories and the best articles of each,
// numbered 1..n in story order; article n is fenced as <article id="n">,
// which is what the items cite.
struct BriefingInput
{
    QList<BriefingStory> stories;
    QList<Article> articles;
    QList<int> storyOf; // the (0-based) story of articles[i]
};

// The one briefing request of a day.
class BriefingPrompt
{
public:
    static constexpr int kMaxStories = 12;
    static constexpr int kArticlesPerStory = 2;
    static constexpr int kMaxCharsPerArticle = 700;

    // `ranked` as rankBriefingStories returns it.
    static BriefingInput input(const QList<BriefingStory> &ranked);
    static llm::Request build(const BriefingInput &input, const QString &language);

    // The number of items to ask for: min(3, stories) .. min(7, stories).
    static int minItems(const BriefingInput &input);
    static int maxItems(const BriefingInput &input);

    // The cache key: the articles given (ids and content, in order), how
    // the stories group them and how many sources each has, provider,
    // model, prompt version and output language.
    static QString inputHash(const BriefingInput &input, const QString &provider, const QString &model,
                             const QString &promptVersion, const QString &language);
};

} // namespace digest
