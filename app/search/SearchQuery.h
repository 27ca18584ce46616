#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace search {

// What the user asked for: words plus filters. Every word must match.
// Latin words match as word prefixes (and inside CamelCase and
// hyphenated tokens: "AI" finds "OpenAI", "4o" finds "GPT-4o"); Korean,
// Chinese and Japanese match as substrings ("모델" finds "언어모델의").
// Query syntax (", *, -, :, NEAR, AND/OR) is plain text.
struct SearchQuery
{
    enum class Order { Relevance, Newest };

    QString text;
    QString fromDay;       // "yyyy-MM-dd", inclusive; empty = open
    QString toDay;         // "yyyy-MM-dd", inclusive; empty = open
    qint64 categoryId = 0; // 0 = any (the article's effective category)
    qint64 sourceId = 0;   // 0 = any
    qint64 editionId = 0;  // 0 = any: the edition of the articles and summaries
    bool starredOnly = false;
    bool unreadOnly = false;
    Order order = Order::Relevance;
    int limit = 50;         // articles per page
    int offset = 0;         // articles to skip (the next page)
    bool withSummaries = true; // also search the stored section summaries
};

// One result. The snippet is plain text (Markdown removed) with every
// match between SearchHit::kOpen and SearchHit::kClose.
struct SearchHit
{
    static constexpr char16_t kOpen = 0x2;
    static constexpr char16_t kClose = 0x3;

    qint64 articleId = 0; // 0 for a summary
    QString day;
    qint64 categoryId = 0;
    QString title;  // article title, or the category's name for a summary
    QString source; // the article's first source title ("" for a summary)
    QString url;    // the article's link ("" for a summary)
    QString snippet;
    bool isSummary = false;
    bool starred = false;
    bool read = false;
};

struct SearchResults
{
    QList<SearchHit> summaries; // at most a handful, best first
    QList<SearchHit> articles;  // one page, in the requested order
    bool more = false;          // another page exists
    bool cancelled = false;
    QString error;              // set when the search failed
    // The index is still being built for older articles (a migrated
    // profile): results may miss them. 0..100.
    int indexPercent = 100;
};

} // namespace search

Q_DECLARE_METATYPE(search::SearchQuery)
Q_DECLARE_METATYPE(search::SearchResults)
