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

// How the batch a job ran in ended: committed, or rolled back (a full disk,
// an I/O error, a job that threw) with a readable reason.
struct CommitStatus
{
    bool ok = true;
    QString error;
};

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

    // `done` runs on `context`'s thread once the job's batch has ended, with
    // the job's result and whether the batch was committed; it is dropped if
    // `context` is gone by then.
    template<typename R>
    void call(std::function<R(QSqlDatabase &)> job, QObject *context,
              std::function<void(R, CommitStatus)> done)
    {
        QPointer<QObject> guard(context);
        post([this, job = std::move(job), guard, done = std::move(done)](QSqlDatabase &db) {
            R result{};
            runGuarded([&] { result = job(db); }); // a throw rolls the batch back
            afterCommit([guard, done, result = std::move(result)](const CommitStatus &status) {
                if (guard)
                    QMetaObject::invokeMethod(
                        guard.data(), [done, result, status]() { done(result, status); },
                        Qt::QueuedConnection);
            });
        });
    }

    // The same for a caller that only needs the result: a batch that was
    // rolled back delivers R{} (false for a bool job), never a stale success.
    template<typename R>
    void call(std::function<R(QSqlDatabase &)> job, QObject *context, std::function<void(R)> done)
    {
        call<R>(std::move(job), context,
                std::function<void(R, CommitStatus)>(
                    [done = std::move(done)](R result, const CommitStatus &status) {
                        done(status.ok ? std::move(result) : R{});
                    }));
    }

    // Blocks until every queued job has run and been committed. Never call
    // it from inside a job, nor on the GUI thread (a refresh's batches may
    // be ahead in the queue): use whenDrained there.
    void flush();

    // Returns at once; `done` runs on `context`'s thread once every job
    // queued before this call has run and its batch has ended. ok is false
    // (with the reason) when a batch rolled back in the meantime, or when
    // the writer is not running. Dropped if `context` is gone by then.
    void whenDrained(QObject *context, std::function<void(bool ok, QString error)> done);

    QTimeZone zone() const { return m_zone; }
    QString connectionName() const { return m_connectionName; }
    int commitCount() const; // batches ended so far (committed or rolled back)
    int failedCommitCount() const; // batches rolled back so far
    int queuedJobs() const;        // posted, not yet started

    static constexpr int kMaxBatchMs = 250;

Q_SIGNALS:
    // A batch could not be committed and was rolled back.
    void commitFailed(const QString &message);

private:
    void run();
    using Delivery = std::function<void(const CommitStatus &)>;
    void afterCommit(Delivery delivery); // writer thread only
    CommitStatus commit(QSqlDatabase &db);
    // Runs part of a job; an exception marks the open batch for rollback
    // instead of ending the process. Writer thread only.
    void runGuarded(const std::function<void()> &work);
    void endBatch(QSqlDatabase &db, bool inTransaction);
    void deliverAll(const CommitStatus &status);

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
    int m_failedCommits = 0;
    QString m_lastCommitError;

    QList<Delivery> m_deliveries; // writer thread only
    QString m_batchError;         // writer thread only: why the open batch must roll back
};

} // namespace storage
