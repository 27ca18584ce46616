#pragma once

#include "search/SearchQuery.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace service {

// Search off the GUI thread: one worker thread with its own read-only
// connection to the profile database (WAL: it reads while the writer
// commits). A new search cancels the one still running; only the latest
// search's results are delivered.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    ~SearchService() override; // cancels what runs and joins the thread

    // Returns the ticket that finished() will carry.
    quint64 search(const search::SearchQuery &query);
    void cancel(); // the running search stops; nothing is delivered for it
    quint64 latestTicket() const { return m_ticket.load(); }
    bool isBusy() const { return m_busy.load(); }

Q_SIGNALS:
    // On the thread that owns this object; only for the latest ticket.
    void finished(quint64 ticket, const search::SearchResults &results);

private:
    class Worker;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    std::atomic<quint64> m_ticket{0};
    std::atomic<bool> m_busy{false};
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace service
