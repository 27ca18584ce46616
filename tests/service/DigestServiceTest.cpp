// DigestService on the GUI thread while the writer is busy (item 9): the
// build never waits for the writer on this thread; `finished` comes once
// its writes are committed, with any failure to save in the report.

#include "ServiceFixture.h"

#include "service/DigestService.h"
#include "storage/ArticleStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <stdexcept>

namespace {

const QString kDay = QStringLiteral("2026-11-20");

class DigestServiceTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        const QTimeZone zone = m_context->profile().timeZone();
        const QDateTime now = m_clock.nowUtc();
        m_context->writer().post([zone, now](QSqlDatabase &db) {
            Source s;
            s.url = QStringLiteral("https://news.example/feed");
            const qint64 source = storage::SourceStore(db).add(s);
            QList<FeedItem> items;
            const QStringList titles{QStringLiteral("OpenAI releases a new large language model"),
                                     QStringLiteral("Robot arm learns to fold laundry with reinforcement learning"),
                                     QStringLiteral("Nvidia GPU prices fall as AI chip supply grows")};
            for (const QString &title : titles) {
                FeedItem it;
                it.url = QStringLiteral("https://news.example/") + QString::number(items.size());
                it.link = it.url;
                it.guid = it.url;
                it.title = title;
                it.summary = title + QStringLiteral(". More on the neural network and its training.");
                it.published = now.addSecs(-3600);
                items.append(it);
            }
            storage::ArticleStore(db, zone).ingest(source, items, now);
        });
        m_context->writer().flush();
    }

    qint64 summaryRows()
    {
        QSqlQuery q(m_context->profile().database());
        return q.exec(QStringLiteral("SELECT count(*) FROM summaries")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static bool sawStage(const QSignalSpy &progress, const QString &stage)
    {
        for (const QList<QVariant> &args : progress) {
            if (args.first().toString() == stage)
                return true;
        }
        return false;
    }

    service::DigestBuildOptions offline() const
    {
        service::DigestBuildOptions options;
        options.offline = true;
        return options;
    }
};

TEST_F(DigestServiceTest, FinishingDoesNotWaitForABusyWriterAndContinuesOnceItsWritesAreSaved)
{
    storage::StorageWriter &writer = m_context->writer();
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); }); // busy, as behind a long refresh
    // Only a build that blocks this thread needs the watchdog to open the
    // gate (and then fails below); a working one never lets it fire.
    QSemaphore stopWatchdog;
    std::atomic_bool watchdogOpened{false};
    std::unique_ptr<QThread> watchdog(QThread::create([&] {
        if (!stopWatchdog.tryAcquire(1, 60000)) {
            watchdogOpened = true;
            gate.release();
        }
    }));
    watchdog->start();

    service::DigestService &digests = m_context->digests();
    QSignalSpy progress(&digests, &service::DigestService::progress);
    qint64 rowsWhenFinished = -1;
    service::DigestBuildReport report;
    bool finished = false;
    QObject::connect(&digests, &service::DigestService::finished, &digests,
                     [&](const service::DigestBuildReport &r) {
                         rowsWhenFinished = summaryRows();
                         report = r;
                         finished = true;
                     });
    digests.build(kDay, offline());
    // The whole build ran on this thread up to its last step…
    EXPECT_TRUE(QTest::qWaitFor([&] { return sawStage(progress, service::savingStage()); }, 30000));
    EXPECT_FALSE(watchdogOpened);
    // …and waits for its writes without holding this thread.
    EXPECT_FALSE(finished);
    EXPECT_TRUE(digests.isRunning());
    EXPECT_EQ(summaryRows(), 0);

    gate.release();
    stopWatchdog.release();
    watchdog->wait();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 20000));
    EXPECT_FALSE(watchdogOpened);
    EXPECT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_FALSE(report.sections.isEmpty());
    EXPECT_EQ(rowsWhenFinished, report.sections.size()); // readers see the summaries on `finished`
    EXPECT_FALSE(digests.isRunning());
}

TEST_F(DigestServiceTest, WritesThatAreRolledBackBecomeTheBuildsError)
{
    storage::StorageWriter &writer = m_context->writer();
    QSemaphore gate;
    writer.post([&gate](QSqlDatabase &) { gate.acquire(); });
    // The batch that will hold the build's writes fails (any job's failure
    // rolls back the whole batch).
    writer.post([](QSqlDatabase &) { throw std::runtime_error("disk gone"); });
    service::DigestService &digests = m_context->digests();
    QSignalSpy progress(&digests, &service::DigestService::progress);
    QSignalSpy finished(&digests, &service::DigestService::finished);
    digests.build(kDay, offline());
    ASSERT_TRUE(QTest::qWaitFor([&] { return sawStage(progress, service::savingStage()); }, 30000));
    gate.release();
    ASSERT_TRUE(finished.wait(20000));
    const auto report = finished.first().first().value<service::DigestBuildReport>();
    EXPECT_TRUE(report.error.contains(QStringLiteral("could not be saved"))) << report.error.toStdString();
    EXPECT_TRUE(report.error.contains(QStringLiteral("disk gone"))) << report.error.toStdString();
}

} // namespace
