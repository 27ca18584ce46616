#pragma once

#include "model/Article.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <ostream>

// Readable QStrings in gtest failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList &l, std::ostream *os) { *os << '[' << l.join(QLatin1String(", ")).toStdString() << ']'; }

namespace storagetest {

// Runs the shipped migrations 001..`last` on `db` as they are (a profile
// as that schema left it; later migrations may change tables, so the full
// schema with its version set back would not do), then sets user_version.
// False with *error naming the script that failed.
bool migrateUpTo(QSqlDatabase &db, int last, QString *error);

inline QString uniqueConnection()
{
    static QAtomicInt counter;
    return QStringLiteral("storage-test-%1").arg(counter.fetchAndAddOrdered(1));
}

inline QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

inline FeedItem item(const QString &url, const QString &title, const QDateTime &published = {},
                     const QString &guid = {})
{
    FeedItem i;
    i.url = url;
    i.link = url;
    i.guid = guid.isEmpty() ? url : guid;
    i.title = title;
    i.summary = QStringLiteral("Summary of ") + title;
    i.content = QStringLiteral("Content of ") + title;
    i.published = published;
    return i;
}

inline qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A fresh database in a temporary directory, closed at the end.
class DbFixture : public ::testing::Test
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
    }
    void TearDown() override
    {
        m_db = QSqlDatabase();
        storage::Database::close(m_name);
    }
    qint64 addSource(const QString &url, const QString &title);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    QTimeZone m_zone = QTimeZone("Asia/Seoul");
};

} // namespace storagetest
