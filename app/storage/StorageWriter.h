#pragma once

#include <QList>
#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QWaitCondition>

#include <functional>

class QThread;

namespace storage {

// The one writer of a profile database (qBittorrent's pattern): jobs are
// queued from any thread and run in order on the writer thread's own
// connection, inside one transaction that is opened when work arrives and
// committed when the queue drains (or after kMaxBatchMs of steady work).
// Results are delivered on the caller's thread after the commit, so a
// reader connection already sees what the job wrote. A job that must be
// all-or-nothing uses a Savepoint (ArticleStore::ingest does). Before each
// commit the writer indexes the transaction's new articles for search in
// one go (SearchBacklog), so jobs ingest with Indexing::BeforeCommit.
class StorageWriter : public QObject
{
    Q_OBJECT

public:
    StorageWriter(const QString &dbPath, QTimeZone zone, QObject *parent = nullptr);
    ~StorageWriter() override; // runs what is queued, commits, joins the thread

    // Opens the database on the writer thread (migrating it if needed).
    bool start(QString *error);
    bool isRunning() const;

    void post(std::function<void(QSqlDatabase &db)> job); // fire-and-forget

    // `done` runs on `context`'s thread once the job's batch is committed;
    // it is dropped if `context` is gone by then.
    template<typename R>
    void call(std::function<R(QSqlDatabase &)> job, QObject *context, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        post([this, job = std::move(job), guard, done = std::move(done)](QSqlDatabase &db) {
            R result = job(db);
            afterCommit([guard, done, result = std::move(result)]() {
                if (guard)
                    QMetaObject::invokeMethod(
                        guard.data(), [done, result]() { done(result); }, Qt::QueuedConnection);
            });
        });
    }

    // Blocks until every queued job has run and been committed. Never call
    // it from inside a job.
    void flush();

    QTimeZone zone() const { return m_zone; }
    QString connectionName() const { return m_connectionName; }
    int commitCount() const; // batches committed so far

    static constexpr int kMaxBatchMs = 250;

Q_SIGNALS:
    // A batch could not be committed and was rolled back.
    void commitFailed(const QString &message);

private:
    void run();
    void afterCommit(std::function<void()> delivery); // writer thread only
    bool commit(QSqlDatabase &db);
    void deliverAll();

    const QString m_dbPath;
    const QTimeZone m_zone;
    const QString m_connectionName;
    QThread *m_thread = nullptr;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;   // work arrived, or stop
    QWaitCondition m_idle;   // everything committed; or the thread opened the database
    QList<std::function<void(QSqlDatabase &)>> m_queue;
    bool m_uncommitted = false;
    bool m_opened = false;
    QString m_openError;
    int m_commits = 0;

    QList<std::function<void()>> m_deliveries; // writer thread only
};

} // namespace storage
