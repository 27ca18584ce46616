#pragma once

#include "model/Article.h"
#include "model/Category.h"
#include "model/Digest.h"
#include "storage/ArticleStore.h"
#include "storage/FullTextStore.h"
#include "storage/StoryStore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace ui {

// Special sidebar entries beside the real category ids.
constexpr qint64 kAllCategories = -1;
constexpr qint64 kNotAi = -2;
constexpr qint64 kStarred = -3; // starred articles of every day

// Everything the window shows for one day, read at once from the local
// database (never the network).
struct DayData
{
    QString day;
    QList<Category> categories;          // by position
    QList<Article> articles;             // the day's articles, newest first
    Digest digest;                       // sections with summaries and source order
    // Counts are of stories: a story several sources reported counts once
    // (and is unread while none of its articles was read).
    QHash<qint64, int> countByCategory; // AI stories per category id
    int aiCount = 0;
    int notAiCount = 0;
    QHash<qint64, int> unreadByCategory; // unread AI stories per category id
    int aiUnread = 0;
    int notAiUnread = 0;
    QList<Article> starred;              // every day's, newest first

    const DigestSection *section(qint64 categoryId) const;
    const Category *category(qint64 id) const;
    // The articles of a sidebar entry in the section's citation order ("All": the briefing's)
    // (articles the digest does not know yet come after, newest first).
    QList<Article> articlesFor(qint64 categoryId) const;
};

// One article as the reading pane shows it, all from the database.
struct ArticleContent
{
    Article article;             // with its HTML
    storage::FullText fullText;  // state None when never fetched
    bool loadImages = false;     // a source of the article has "load images" on
    QList<storage::ThreadArticle> alsoReported; // the story's other articles of the day
    storage::StoryThread thread;                // day N of the story, earlier days' articles
};

// Per-category counts for one day of the trend chart.
struct TrendDay
{
    QString day;
    QHash<qint64, int> counts;
};

// Reads through the GUI thread's connection. Cheap, indexed queries.
class DayRepository
{
public:
    using LoadDigest = std::function<Digest(const QString &day, qint64 edition)>;
    DayRepository(QString connectionName, LoadDigest loadDigest);

    // The edition everything below reads (days, categories, articles,
    // digest, trend); News by default.
    void setEdition(qint64 edition);
    qint64 edition() const { return m_edition; }

    DayData load(const QString &day) const;
    // Re-reads the articles' read / starred state and the counts, not the
    // digest (after the user marked or starred something).
    void refreshState(DayData &data) const;
    // Days with articles, newest first, and days with a digest: cached
    // until another connection (the writer) commits.
    QStringList days() const;
    QSet<QString> daysWithDigest() const;
    QList<Category> categories() const;
    QList<TrendDay> trend(const QString &lastDay, int days) const;
    ArticleContent article(qint64 articleId) const; // article id 0 when not found
    // The edition of an article (articleId > 0) or else of a category; 0 when unknown.
    qint64 editionOf(qint64 articleId, qint64 categoryId) const;

private:
    bool dayCacheIsStale() const; // PRAGMA data_version moved

    QString m_connection;
    mutable qint64 m_cachedVersion = -1;
    mutable QStringList m_cachedDays;
    mutable QSet<QString> m_cachedDigestDays;
    LoadDigest m_loadDigest;
    qint64 m_edition = editions::kNewsId;
};

} // namespace ui
