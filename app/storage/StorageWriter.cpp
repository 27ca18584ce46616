#include "storage/StorageWriter.h"

#include "storage/Database.h"
#include "storage/SearchBacklog.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <exception>
#include <new>

namespace storage {

StorageWriter::StorageWriter(const QString &dbPath, QTimeZone zone, QObject *parent)
    : QObject(parent),
      m_dbPath(dbPath),
      m_zone(std::move(zone)),
      m_connectionName(QStringLiteral("di-writer-%1").arg(quintptr(this), 0, 16))
{
}

StorageWriter::~StorageWriter()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    {
        QMutexLocker lock(&m_mutex);
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

bool StorageWriter::start(QString *error)
{
    if (m_thread)
        return isRunning();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("StorageWriter"));
    QMutexLocker lock(&m_mutex);
    m_thread->start();
    while (!m_opened && m_openError.isEmpty())
        m_idle.wait(&m_mutex);
    if (!m_opened && error)
        *error = m_openError;
    return m_opened;
}

bool StorageWriter::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_opened && m_thread && m_thread->isRunning();
}

void StorageWriter::post(std::function<void(QSqlDatabase &db)> job)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(job));
    m_wake.wakeOne();
}

void StorageWriter::flush()
{
    QMutexLocker lock(&m_mutex);
    while (m_opened && (!m_queue.isEmpty() || m_uncommitted))
        m_idle.wait(&m_mutex);
}

void StorageWriter::whenDrained(QObject *context, std::function<void(bool ok, QString error)> done)
{
    QPointer<QObject> guard(context);
    int failuresBefore = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_opened) {
            const QString error = m_openError.isEmpty()
                ? QCoreApplication::translate("StorageWriter", "The database is not open.")
                : m_openError;
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [done, error]() { done(false, error); }, Qt::QueuedConnection);
            return;
        }
        failuresBefore = m_failedCommits;
    }
    // A marker job: its batch ends after every job queued before it.
    post([this, guard, done = std::move(done), failuresBefore](QSqlDatabase &) {
        afterCommit([this, guard, done, failuresBefore](const CommitStatus &status) {
            bool ok = status.ok;
            QString error = status.error;
            {
                QMutexLocker lock(&m_mutex);
                if (m_failedCommits != failuresBefore) {
                    ok = false;
                    if (error.isEmpty())
                        error = m_lastCommitError;
                }
            }
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [done, ok, error]() { done(ok, error); }, Qt::QueuedConnection);
        });
    });
}

int StorageWriter::commitCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_commits;
}

int StorageWriter::failedCommitCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_failedCommits;
}

int StorageWriter::queuedJobs() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

void StorageWriter::afterCommit(Delivery delivery)
{
    m_deliveries.append(std::move(delivery));
}

void StorageWriter::runGuarded(const std::function<void()> &work)
{
    QString failure;
    try {
        work();
        return;
    } catch (const std::bad_alloc &) {
        failure = QCoreApplication::translate("StorageWriter", "out of memory");
    } catch (const std::exception &e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QCoreApplication::translate("StorageWriter", "unknown error");
    }
    if (m_batchError.isEmpty())
        m_batchError = failure;
}

CommitStatus StorageWriter::commit(QSqlDatabase &db)
{
    // The transaction's new articles join the full-text index in one
    // statement and commit with it.
    QString message = m_batchError;
    QSqlQuery q(db);
    const bool ok = message.isEmpty()
        && SearchBacklog::catchUp(SqliteStatement::handle(db), &message)
        && q.exec(QStringLiteral("COMMIT"));
    if (ok)
        return {};
    if (message.isEmpty())
        message = q.lastError().text();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return {false, QCoreApplication::translate("StorageWriter", "Could not save to the database: %1")
                       .arg(message)};
}

void StorageWriter::endBatch(QSqlDatabase &db, bool inTransaction)
{
    CommitStatus status;
    if (inTransaction) {
        status = commit(db);
    } else {
        // Jobs without a transaction committed on their own.
        QString ignored;
        SearchBacklog::catchUp(SqliteStatement::handle(db), &ignored);
        if (!m_batchError.isEmpty())
            status = {false, QCoreApplication::translate("StorageWriter",
                                 "Could not save to the database: %1").arg(m_batchError)};
    }
    m_batchError.clear();
    if (!status.ok) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_failedCommits;
            m_lastCommitError = status.error;
        }
        Q_EMIT commitFailed(status.error);
    }
    deliverAll(status);
}

void StorageWriter::deliverAll(const CommitStatus &status)
{
    const auto deliveries = std::exchange(m_deliveries, {});
    for (const auto &deliver : deliveries)
        deliver(status);
}

void StorageWriter::run()
{
    const Database::OpenResult opened = Database::open(m_connectionName, m_dbPath);
    {
        QMutexLocker lock(&m_mutex);
        m_opened = opened.ok;
        m_openError = opened.ok ? QString() : opened.error;
        m_idle.wakeAll();
        if (!opened.ok)
            return;
    }
    QSqlDatabase db = Database::connection(m_connectionName);
    bool pending = false;       // jobs have run since the last commit
    bool inTransaction = false; // BEGIN succeeded for them
    QElapsedTimer batch;

    for (;;) {
        std::function<void(QSqlDatabase &)> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !pending && !m_thread->isInterruptionRequested())
                m_wake.wait(&m_mutex);
            const bool batchTooLong = pending && batch.elapsed() > kMaxBatchMs;
            if (m_queue.isEmpty() || batchTooLong) {
                if (!pending) // nothing queued, nothing open: asked to stop
                    break;
                lock.unlock();
                endBatch(db, inTransaction);
                pending = inTransaction = false;
                lock.relock();
                ++m_commits;
                m_uncommitted = !m_queue.isEmpty();
                if (!m_uncommitted)
                    m_idle.wakeAll();
                continue;
            }
            job = m_queue.takeFirst();
            m_uncommitted = true;
        }
        if (!pending) {
            QSqlQuery begin(db);
            inTransaction = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!inTransaction)
                Q_EMIT commitFailed(QCoreApplication::translate("StorageWriter",
                                        "Could not start a transaction: %1")
                                        .arg(begin.lastError().text()));
            pending = true;
            batch.start();
        }
        runGuarded([&] { job(db); });
        if (inTransaction && sqlite3_get_autocommit(SqliteStatement::handle(db))) {
            // SQLite ends a transaction by itself after some errors (a full
            // disk, an I/O error): what the batch wrote so far is gone. The
            // rest of the batch runs in a new transaction that is rolled
            // back too, so that every job of the batch shares one fate.
            if (m_batchError.isEmpty())
                m_batchError = QCoreApplication::translate("StorageWriter",
                    "SQLite rolled the batch back after a failed write (a full disk or an I/O error)");
            inTransaction = QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
    }

    db = QSqlDatabase();
    Database::close(m_connectionName);
    QMutexLocker lock(&m_mutex);
    m_opened = false;
    m_idle.wakeAll();
}

} // namespace storage
