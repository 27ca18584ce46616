#include "service/SearchService.h"

#include "search/SearchEngine.h"
#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace service {

// Lives on the worker thread; owns the read connection.
class SearchService::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
        , m_connection(QStringLiteral("search-%1").arg(quintptr(this), 0, 16))
    {
    }
    ~Worker() override
    {
        if (m_opened)
            storage::Database::close(m_connection);
    }

    search::SearchResults run(const search::SearchQuery &query, const std::atomic<bool> *cancel)
    {
        if (!m_opened) {
            const auto opened = storage::Database::open(m_connection, m_path);
            if (!opened.ok) {
                search::SearchResults failed;
                failed.error = opened.error;
                return failed;
            }
            m_opened = true;
        }
        return search::SearchEngine(storage::Database::connection(m_connection)).run(query, cancel);
    }

private:
    QString m_path;
    QString m_connection;
    bool m_opened = false;
};

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new Worker(databasePath))
{
    qRegisterMetaType<search::SearchQuery>();
    qRegisterMetaType<search::SearchResults>();
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SearchService::~SearchService()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

quint64 SearchService::search(const search::SearchQuery &query)
{
    cancel();
    const quint64 ticket = ++m_ticket;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_busy = true;
    QPointer<SearchService> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, worker, query, flag, ticket] {
        // A search superseded while queued does not run at all.
        search::SearchResults results;
        if (flag->load())
            results.cancelled = true;
        else
            results = worker->run(query, flag.get());
        if (flag->load())
            results.cancelled = true;
        QMetaObject::invokeMethod(
            self.data(),
            [self, ticket, results] {
                if (!self || ticket != self->m_ticket.load())
                    return;
                self->m_busy = false;
                if (!results.cancelled)
                    Q_EMIT self->finished(ticket, results);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void SearchService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_busy = false;
}

} // namespace service
