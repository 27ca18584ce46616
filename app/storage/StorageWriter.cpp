#include "storage/StorageWriter.h"

#include "storage/Database.h"
#include "storage/SearchBacklog.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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

int StorageWriter::commitCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_commits;
}

void StorageWriter::afterCommit(std::function<void()> delivery)
{
    m_deliveries.append(std::move(delivery));
}

bool StorageWriter::commit(QSqlDatabase &db)
{
    // The transaction's new articles join the full-text index in one
    // statement and commit with it.
    QString message;
    QSqlQuery q(db);
    const bool ok = SearchBacklog::catchUp(SqliteStatement::handle(db), &message)
        && q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        if (message.isEmpty())
            message = q.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        Q_EMIT commitFailed(QCoreApplication::translate("StorageWriter",
                                "Could not save to the database: %1").arg(message));
    }
    deliverAll();
    return ok;
}

void StorageWriter::deliverAll()
{
    const auto deliveries = std::exchange(m_deliveries, {});
    for (const auto &deliver : deliveries)
        deliver();
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
                if (inTransaction) {
                    commit(db);
                } else {
                    QString ignored; // jobs without a transaction committed on their own
                    SearchBacklog::catchUp(SqliteStatement::handle(db), &ignored);
                    deliverAll();
                }
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
        job(db);
    }

    db = QSqlDatabase();
    Database::close(m_connectionName);
    QMutexLocker lock(&m_mutex);
    m_opened = false;
    m_idle.wakeAll();
}

} // namespace storage
