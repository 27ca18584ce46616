#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The four-part summary of one (day, category) section. The LLM fills this
// structure as JSON against a schema (or the offline summariser builds it);
// the app renders the Markdown itself, so the headings never drift.
struct SummaryEvent
{
    QString text;
    QList<int> citations; // 1-based numbers into the section's source list
};

struct SummaryImpact
{
    SummaryImpact() = default;
    SummaryImpact(QString domain_, QString text_, QList<int> citations_ = {})
        : domain(std::move(domain_)), text(std::move(text_)), citations(std::move(citations_))
    {
    }

    QString domain; // e.g. 경제 / 사회 / 정치
    QString text;   // may be the language's "not applicable" word
    QList<int> citations; // the articles it is about (offline), 1-based; often none
};

struct SummaryDoc
{
    QStringList themes;
    QList<SummaryEvent> events;
    QList<SummaryImpact> impacts;
    // Offline: the impacts list only the domains the articles touch, citing
    // them; with none, the rendering says once that the analysis comes with
    // an LLM (never "not applicable" under every domain).
    bool impactsByArticle = false;
    QString conclusion;
};

// How a summary was made.
struct SummaryProvenance
{
    QString provider;      // "openai", "anthropic", "gemini", "offline", "imported"
    QString model;         // empty for offline
    QString promptVersion;
    QString language;      // "ko", "en", "ja"
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 elapsedMs = 0;
    QDateTime createdAt;   // UTC
    QString inputHash;     // cache key: articles + provider + model + prompt + language
    QList<qint64> fullTextArticles; // sources read from their full text, not the feed's text
};

// One stored section summary. `markdown` is what is shown and exported;
// `doc` is empty for imported history, where only the Markdown survives.
struct SectionSummary
{
    QString day;
    qint64 categoryId = 0;
    SummaryDoc doc;
    QString markdown;
    QString error;         // set instead of a summary when generation failed
    SummaryProvenance provenance;
};
