// Issue 11 §2 end to end: a move the user makes is learnt by the profile's
// classifier, and the next digest build classifies a similar article with it.

#include "ServiceFixture.h"
#include "digest/LocalClassifier.h"
#include "digest/ShippedClassifier.h"
#include "service/CategoryEditing.h"
#include "service/DigestService.h"
#include "service/ProfileClassifier.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>

namespace {

const QString kNextDay = QStringLiteral("2026-11-20");

class LearnedDigestTest : public ServiceFixture
{
protected:
    qint64 ingest(const QString &title, const QString &summary, int daysAgo)
    {
        const QTimeZone zone = m_context->profile().timeZone();
        const QDateTime when = m_clock.nowUtc().addDays(-daysAgo);
        qint64 id = 0;
        m_context->writer().post([&, zone, when](QSqlDatabase &db) {
            Source s;
            s.url = QStringLiteral("https://news.example/feed/%1").arg(daysAgo);
            const qint64 source = storage::SourceStore(db).add(s);
            FeedItem it;
            it.url = it.link = it.guid = QStringLiteral("https://news.example/%1").arg(daysAgo);
            it.title = title;
            it.summary = summary;
            it.published = when;
            storage::ArticleStore store(db, zone);
            store.ingest(source, {it}, when);
            const QList<Article> day = store.articlesForDay(when.toTimeZone(zone).date().toString(Qt::ISODate));
            id = day.isEmpty() ? 0 : day.first().id;
        });
        m_context->writer().flush();
        return id;
    }

    Category category(const QString &key)
    {
        for (const Category &c : storage::CategoryStore(m_context->profile().database()).all()) {
            if (c.key == key)
                return c;
        }
        return Category();
    }
};

} // namespace

TEST_F(LearnedDigestTest, AMoveIsLearntAndTheNextBuildClassifiesASimilarArticleWithIt)
{
    service::ProfileClassifier *classifier = m_context->classifier();
    ASSERT_NE(classifier, nullptr);
    const Category inference = category(QStringLiteral("inference"));
    ASSERT_GT(inference.id, 0);
    FeedItem similar;
    similar.title = QStringLiteral("Rival chipmaker's data-centre revenue jumps on accelerator orders");
    similar.summary = QStringLiteral("Hyperscalers bought more of its chips for serving models, it said.");
    QString error;
    const digest::LocalClassifier shipped(storage::CategoryStore(m_context->profile().database()).all(),
                                          std::make_shared<const digest::LearnedClassifier>(
                                              digest::ShippedClassifier::load(&error)));
    ASSERT_NE(shipped.classify(similar).categoryKey, inference.key) << "an article the shipped model puts elsewhere";

    const qint64 moved = ingest(QStringLiteral("Chipmaker posts record data-centre revenue as hyperscaler orders swell"),
                                QStringLiteral("Sales of its accelerator chips for serving models rose 71% in the quarter."),
                                1);
    ASSERT_GT(moved, 0);
    bool done = false;
    service::CategoryEditing::run(
        m_context->writer(),
        [moved, inference](QSqlDatabase &db) { return service::CategoryEditing::moveArticle(db, moved, inference.id, true); },
        m_context.get(), [&done](const service::CategoryEdit &e) {
            EXPECT_TRUE(e.ok) << e.error.toStdString();
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    classifier->update(); // what the window does after a move
    classifier->waitForIdle();

    ASSERT_GT(ingest(similar.title, similar.summary, 0), 0);
    QSignalSpy finished(&m_context->digests(), &service::DigestService::finished);
    service::DigestBuildOptions offline;
    offline.offline = true;
    m_context->digests().build(kNextDay, offline);
    ASSERT_TRUE(finished.wait(60000));
    const QList<Article> day =
        storage::ArticleStore(m_context->profile().database(), m_context->profile().timeZone()).articlesForDay(kNextDay);
    ASSERT_EQ(day.size(), 1);
    EXPECT_EQ(day.first().categoryId, inference.id) << day.first().reason.toStdString();
    EXPECT_EQ(day.first().origin, CategoryOrigin::Offline);
}
