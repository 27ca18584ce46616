#include "ui/DayRepository.h"

#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/SummaryStore.h"

#include <QDate>
#include <QSqlQuery>

#include <utility>

namespace ui {

const DigestSection *DayData::section(qint64 categoryId) const
{
    for (const DigestSection &s : digest.sections) {
        if (s.categoryId == categoryId)
            return &s;
    }
    return nullptr;
}

const Category *DayData::category(qint64 id) const
{
    for (const Category &c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<Article> DayData::articlesFor(qint64 categoryId) const
{
    if (categoryId == kStarred)
        return starred;
    QList<Article> picked;
    for (const Article &a : articles) {
        if (categoryId == kAllCategories ? a.isAi
            : categoryId == kNotAi       ? !a.isAi
                                         : (a.isAi && a.categoryId == categoryId))
            picked << a;
    }
    const DigestSection *s = categoryId > 0 ? section(categoryId) : nullptr;
    // "All" starts with the briefing's sources, so that its [n] are rows n.
    const QList<DigestSource> *order = s ? &s->sources
                                       : categoryId == kAllCategories && !digest.briefing.isEmpty()
                                           ? &digest.briefingSources
                                           : nullptr;
    if (!order)
        return picked;
    QList<Article> ordered;
    for (const DigestSource &src : *order) {
        for (qsizetype i = 0; i < picked.size(); ++i) {
            if (picked.at(i).id == src.articleId) {
                ordered << picked.takeAt(i);
                break;
            }
        }
    }
    return ordered + picked;
}

DayRepository::DayRepository(QString connectionName, LoadDigest loadDigest)
    : m_connection(std::move(connectionName)), m_loadDigest(std::move(loadDigest))
{
}

void DayRepository::setEdition(qint64 edition)
{
    if (edition == m_edition)
        return;
    m_edition = edition;
    m_cachedVersion = -1; // the day lists are another edition's
    m_cachedDays.clear();
    m_cachedDigestDays.clear();
}

DayData DayRepository::load(const QString &day) const
{
    DayData d;
    d.day = day;
    d.categories = storage::CategoryStore(storage::Database::connection(m_connection), m_edition).all();
    refreshState(d);
    if (day.isEmpty())
        return d;
    if (m_loadDigest)
        d.digest = m_loadDigest(day, m_edition);
    d.digest.day = day;
    return d;
}

void DayRepository::refreshState(DayData &d) const
{
    const storage::ArticleStore store(storage::Database::connection(m_connection), QTimeZone::utc(), m_edition);
    d.starred = store.starredArticles();
    d.articles = d.day.isEmpty() ? QList<Article>() : store.articlesForDay(d.day);
    d.countByCategory.clear();
    d.unreadByCategory.clear();
    d.aiCount = d.notAiCount = d.aiUnread = d.notAiUnread = 0;
    // One count per story (and per category or "not AI" it has articles in).
    struct Seen
    {
        bool read = false;
    };
    QHash<QPair<qint64, qint64>, Seen> stories; // (category or kNotAi, story) → read
    QList<QPair<qint64, qint64>> order;
    for (const Article &a : std::as_const(d.articles)) {
        const QPair<qint64, qint64> key{a.isAi ? a.categoryId : kNotAi, a.storyId > 0 ? a.storyId : -a.id};
        auto it = stories.find(key);
        if (it == stories.end()) {
            it = stories.insert(key, Seen());
            order.append(key);
        }
        it->read = it->read || a.read;
    }
    QSet<qint64> aiStories, aiUnreadStories;
    for (const auto &key : std::as_const(order)) {
        const bool read = stories.value(key).read;
        if (key.first == kNotAi) {
            ++d.notAiCount;
            d.notAiUnread += read ? 0 : 1;
            continue;
        }
        d.countByCategory[key.first] += 1;
        aiStories.insert(key.second);
        if (!read) {
            d.unreadByCategory[key.first] += 1;
            aiUnreadStories.insert(key.second);
        }
    }
    d.aiCount = int(aiStories.size());
    d.aiUnread = int(aiUnreadStories.size());
}

bool DayRepository::dayCacheIsStale() const
{
    QSqlQuery q(storage::Database::connection(m_connection));
    const qint64 version = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -2;
    if (version == m_cachedVersion && version >= 0)
        return false;
    m_cachedVersion = version;
    return true;
}

QStringList DayRepository::days() const
{
    if (dayCacheIsStale() || m_cachedDays.isEmpty()) {
        m_cachedDays =
            storage::ArticleStore(storage::Database::connection(m_connection), QTimeZone::utc(), m_edition).days();
        const QStringList list =
            storage::SummaryStore(storage::Database::connection(m_connection), m_edition).daysWithSummaries();
        m_cachedDigestDays = QSet<QString>(list.begin(), list.end());
    }
    return m_cachedDays;
}

QSet<QString> DayRepository::daysWithDigest() const
{
    days(); // refreshes both when stale
    return m_cachedDigestDays;
}

QList<Category> DayRepository::categories() const
{
    return storage::CategoryStore(storage::Database::connection(m_connection), m_edition).all();
}

QList<TrendDay> DayRepository::trend(const QString &lastDay, int days) const
{
    const QDate last = QDate::fromString(lastDay, Qt::ISODate);
    QList<TrendDay> out;
    if (!last.isValid() || days <= 0)
        return out;
    const QString first = last.addDays(1 - days).toString(Qt::ISODate);
    for (int i = 0; i < days; ++i)
        out << TrendDay{last.addDays(1 - days + i).toString(Qt::ISODate), {}};
    // The user's category wins over the machine's, as in ArticleStore.
    QSqlQuery q(storage::Database::connection(m_connection));
    q.prepare(QStringLiteral("SELECT a.day, COALESCE(st.user_category_id, c.category_id) AS cat,"
                             " COUNT(DISTINCT COALESCE(a.story_id, -a.id))"
                             " FROM articles a LEFT JOIN classifications c ON c.article_id = a.id"
                             " LEFT JOIN article_state st ON st.article_id = a.id"
                             " WHERE a.edition_id = ? AND a.day BETWEEN ? AND ?"
                             " AND (CASE WHEN st.user_category_id IS NOT NULL THEN COALESCE(st.user_is_ai, 1)"
                             "      ELSE COALESCE(c.is_ai, 1) END) = 1"
                             " GROUP BY a.day, cat"));
    q.addBindValue(m_edition);
    q.addBindValue(first);
    q.addBindValue(lastDay);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const qint64 index = QDate::fromString(first, Qt::ISODate).daysTo(d);
        if (index >= 0 && index < out.size())
            out[index].counts[q.value(1).toLongLong()] += q.value(2).toInt();
    }
    return out;
}

qint64 DayRepository::editionOf(qint64 articleId, qint64 categoryId) const
{
    QSqlQuery q(storage::Database::connection(m_connection));
    q.prepare(articleId > 0 ? QStringLiteral("SELECT edition_id FROM articles WHERE id = ?")
                            : QStringLiteral("SELECT edition_id FROM categories WHERE id = ?"));
    q.addBindValue(articleId > 0 ? articleId : categoryId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

ArticleContent DayRepository::article(qint64 articleId) const
{
    QSqlDatabase db = storage::Database::connection(m_connection);
    const storage::ArticleStore store(db, QTimeZone::utc());
    ArticleContent c;
    c.article = store.article(articleId);
    if (c.article.id == 0)
        return c;
    c.fullText = storage::FullTextStore(db).forArticle(articleId);
    c.loadImages = store.loadsImages(articleId);
    if (c.article.storyId > 0) {
        const storage::StoryStore stories(db);
        for (const storage::ThreadArticle &other : stories.storyArticles(c.article.storyId)) {
            if (other.articleId != articleId)
                c.alsoReported.append(other);
        }
        c.thread = stories.thread(c.article.storyId);
    }
    return c;
}

} // namespace ui
