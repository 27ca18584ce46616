#pragma once

#include "support/TestPaths.h"

#include "digest/LearnedClassifier.h"
#include "model/Category.h"
#include "service/CategoryEditing.h"
#include "service/Profile.h"
#include "service/ProfileClassifier.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SourceStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

#include <memory>

namespace learning {

// The shipped training set's first half, as the base model's data.
inline QList<digest::LabelledExample> trainingSet()
{
    QList<digest::LabelledExample> out;
    QFile f(testpaths::fixture(QStringLiteral("../../resources/classifier/train-a.jsonl")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            out.append({o.value(QLatin1String("title")).toString(), o.value(QLatin1String("text")).toString(),
                        o.value(QLatin1String("ai")).toBool(), o.value(QLatin1String("category")).toString()});
    }
    return out;
}

// Trained once per test run; each caller gets a copy.
inline digest::LearnedClassifier baseModel()
{
    static const digest::LearnedClassifier base = [] {
        QStringList keys;
        for (const Category &c : defaultCategories())
            keys.append(c.key);
        return digest::LearnedClassifier::train(trainingSet(), keys);
    }();
    return base;
}

// A fresh profile (default categories, no sources) with a way to add
// articles and move them as the window does.
class LearningFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        ASSERT_TRUE(
            m_profile.open(m_dir.path(), service::Profile::Access::Write, &error, service::Profile::Seed::NoSources))
            << error.toStdString();
        Source s;
        s.url = QStringLiteral("https://example.com/feed.xml");
        s.title = QStringLiteral("Example");
        m_sourceId = storage::SourceStore(db()).add(s);
        ASSERT_GT(m_sourceId, 0);
        ASSERT_FALSE(baseModel().isEmpty()) << "resources/classifier/train-a.jsonl not found";
    }

    QSqlDatabase db() const { return m_profile.database(); }
    QString modelPath() const { return service::ProfileClassifier::modelPath(m_dir.path()); }
    QList<Category> categories() const { return storage::CategoryStore(db()).all(); }
    Category category(const QString &key) const { return storage::CategoryStore(db()).byKey(key); }

    qint64 addArticle(const QString &title, const QString &summary)
    {
        FeedItem item;
        item.title = title;
        item.summary = summary;
        item.guid = QStringLiteral("guid-%1").arg(++m_articles);
        item.url = item.link = QStringLiteral("https://example.com/a/%1").arg(m_articles);
        item.published = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
        storage::ArticleStore(db(), QTimeZone::utc()).ingest(m_sourceId, {item}, item.published);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM articles WHERE guid = ?"));
        q.addBindValue(item.guid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // What the window does when the user moves an article.
    void move(qint64 articleId, const QString &key, bool isAi = true)
    {
        QSqlDatabase d = db();
        const service::CategoryEdit e = service::CategoryEditing::moveArticle(d, articleId, category(key).id, isAi);
        ASSERT_TRUE(e.ok) << e.error.toStdString();
    }

    std::unique_ptr<service::ProfileClassifier> makeClassifier()
    {
        return std::make_unique<service::ProfileClassifier>(
            modelPath(), [] { return baseModel(); },
            service::ProfileClassifier::databaseExamples(m_profile.databasePath()));
    }

    // Starts `c` and waits for it to be ready; the messages it showed.
    QStringList startAndWait(service::ProfileClassifier &c)
    {
        QSignalSpy ready(&c, &service::ProfileClassifier::ready);
        QSignalSpy messages(&c, &service::ProfileClassifier::message);
        c.start(categories());
        EXPECT_TRUE(ready.wait(120000));
        QStringList out;
        for (const QList<QVariant> &m : messages)
            out.append(m.at(0).toString());
        return out;
    }

    // Learns what was stored since, and waits; {applied, dropped}.
    QPair<int, int> updateAndWait(service::ProfileClassifier &c)
    {
        QSignalSpy learned(&c, &service::ProfileClassifier::learned);
        c.update();
        EXPECT_TRUE(learned.wait(120000));
        return learned.isEmpty() ? QPair<int, int>{-1, -1}
                                 : QPair<int, int>{learned.at(0).at(0).toInt(), learned.at(0).at(1).toInt()};
    }

    QTemporaryDir m_dir;
    service::Profile m_profile;
    qint64 m_sourceId = 0;
    int m_articles = 0;
};

} // namespace learning
