#pragma once

#include "search/SearchEngine.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace searchtest {

inline QString uniqueConnection()
{
    static QAtomicInt counter;
    return QStringLiteral("search-test-%1").arg(counter.fetchAndAddOrdered(1));
}

inline qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// A profile database with one source; articles are added with their
// title, text and day (published at noon UTC).
class SearchFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("profile.sqlite"));
        m_name = uniqueConnection();
        const auto r = storage::Database::open(m_name, m_path);
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        m_db = storage::Database::connection(m_name);
        m_source = addSource(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    }
    void TearDown() override
    {
        m_db = QSqlDatabase();
        storage::Database::close(m_name);
    }

    qint64 addSource(const QString &url, const QString &title)
    {
        Source s;
        s.url = url;
        s.title = title;
        return storage::SourceStore(m_db).add(s);
    }

    qint64 add(const QString &title, const QString &summary = {}, const QString &day = QStringLiteral("2026-03-10"),
               qint64 source = 0)
    {
        FeedItem it;
        it.url = QStringLiteral("https://a.example/%1").arg(++m_serial);
        it.link = it.url;
        it.guid = it.url;
        it.title = title;
        it.summary = summary;
        it.published = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(3, 0), Qt::UTC);
        storage::ArticleStore store(m_db, m_zone);
        const auto stats = store.ingest(source ? source : m_source, {it}, it.published.addSecs(60));
        EXPECT_EQ(stats.inserted, 1) << stats.error.toStdString();
        return scalar(m_db, QStringLiteral("SELECT max(id) FROM articles"));
    }

    search::SearchResults find(const QString &text,
                               search::SearchQuery::Order order = search::SearchQuery::Order::Newest)
    {
        search::SearchQuery q;
        q.text = text;
        q.order = order;
        return run(q);
    }
    search::SearchResults run(const search::SearchQuery &q)
    {
        const auto r = search::SearchEngine(m_db).run(q);
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        return r;
    }
    // The article ids of a search, in order.
    QList<qint64> ids(const QString &text,
                      search::SearchQuery::Order order = search::SearchQuery::Order::Newest)
    {
        return idsOf(find(text, order));
    }
    static QList<qint64> idsOf(const search::SearchResults &r)
    {
        QList<qint64> out;
        for (const auto &h : r.articles)
            out.append(h.articleId);
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    qint64 m_source = 0;
    int m_serial = 0;
    QTimeZone m_zone = QTimeZone("Asia/Seoul");
};

} // namespace searchtest
