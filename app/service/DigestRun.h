#pragma once

// DigestService's state for one build, shared by the files that implement
// its steps (DigestService.cpp, DigestBriefStep.cpp). Not an interface.

#include "digest/BriefingStories.h"
#include "digest/LlmBriefer.h"
#include "digest/LlmClassifier.h"
#include "digest/LlmSummarizer.h"
#include "model/Edition.h"
#include "service/DigestService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace service {

struct DigestService::Run
{
    Edition edition;
    QString day;
    DigestBuildOptions options;
    QString language;
    QList<Category> categories;
    QList<Article> articles;            // the day's articles, classification applied
    QList<qint64> sectionOrder;         // categories with sources, in category order
    int nextSection = 0;
    DigestBuildReport report;
    QElapsedTimer timer;
    QPointer<digest::LlmClassifier> classifier;
    QPointer<digest::LlmSummarizer> summarizer;
    QPointer<digest::LlmBriefer> briefer;
    QString saveError; // the first write that failed
    QSet<qint64> fullText; // articles read from their full text
    QHash<qint64, int> storyDays; // stories that continue an earlier day's → their day number

    QList<qint64> fullTextOf(const QList<Article> &sources) const
    {
        QList<qint64> ids;
        for (const Article &a : sources) {
            if (fullText.contains(a.id))
                ids.append(a.id);
        }
        return ids;
    }

    bool useLlm(const llm::Client *client) const { return client && !options.offline; }

    qint64 fallbackCategory() const
    {
        for (const Category &c : categories) {
            if (isFallbackCategoryKey(c.key))
                return c.id;
        }
        return categories.isEmpty() ? 0 : categories.constLast().id;
    }

    Category category(qint64 id) const
    {
        for (const Category &c : categories) {
            if (c.id == id)
                return c;
        }
        return Category();
    }

    QList<Article> sourcesOf(qint64 categoryId) const
    {
        QList<Article> out;
        for (const Article &a : articles) {
            if (a.isAi && a.categoryId == categoryId)
                out.append(a);
        }
        return digest::groupByStory(out); // a story's articles next to each other, so all are cited
    }
};

} // namespace service
