#pragma once

#include "model/Article.h"
#include "model/Category.h"
#include "model/Edition.h"
#include "model/Summary.h"

namespace digest {

// The built-in extractive summariser, no network:
// - themes: the section's top key phrases (TF-IDF-like weights over titles
//   and text, titles counting more, phrases shared by several articles
//   ranked first), in English and Korean;
// - events: one per article, its lead sentence, citing [n];
// - conclusion: the top-ranked sentences of the section (TextRank over a
//   word-overlap sentence graph), in their original order;
// - impact: a sentence for economy / society / politics only when that
//   domain's vocabulary appears, else "not applicable".
// Papers read each paper's abstract only (paperAbstract), and their events
// are the key results: one per paper, its abstract's result sentence
// (keyResultSentence), citing it; a paper without an abstract gives its
// title, marked as title only.
class OfflineSummarizer
{
public:
    static SummaryDoc summarize(const QList<Article> &sources, const QString &language,
                                Edition::Style style = Edition::Style::News);

    // The whole section: doc, rendered Markdown, provenance.provider "offline".
    static SectionSummary summarizeSection(const QList<Article> &sources, const Category &category,
                                           const QString &language, Edition::Style style = Edition::Style::News);

    // Part of the cache key: a style change makes the section's summary anew.
    static QString promptVersion(Edition::Style style = Edition::Style::News)
    {
        return style == Edition::Style::Papers ? QStringLiteral("offline-papers-v1") : QStringLiteral("offline-v2");
    }
};

} // namespace digest
