#pragma once

#include "digest/BriefingStories.h"
#include "model/Briefing.h"

namespace digest {

// The briefing without a language model: the top stories (five, plus up to
// two more that several sources carry; every story when there are fewer
// than three), each as its best extractive sentence, citing the story's
// articles (at most kMaxCitations, best first).
class OfflineBriefing
{
public:
    static constexpr int kUsualItems = 5;
    static constexpr int kMaxCitations = 3;
    static constexpr qsizetype kMaxChars = 280;

    // `ranked` as rankBriefingStories returns it.
    static Briefing build(const QList<BriefingStory> &ranked, const QString &language);
    // How many of the ranked stories the briefing takes.
    static int itemCount(const QList<BriefingStory> &ranked);
    // The sentence of a story's articles that says most about it: among the
    // first sentences of its best articles, the one sharing most content
    // words with the titles (the lead wins a tie); the title when none fits.
    static QString bestSentence(const BriefingStory &story);

    // "[Day 3]" in the output language, before the item of a story that
    // continues earlier days' (the output language, not the UI's: it is stored).
    static QString storyDayLabel(int dayNumber, const QString &language);

    static QString promptVersion() { return QStringLiteral("offline-briefing-v1"); }
};

} // namespace digest
