#include "service/SearchIndexBuilder.h"

#include "storage/SearchBackfill.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageWriter.h"

namespace service {

SearchIndexBuilder::SearchIndexBuilder(storage::StorageWriter &writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{
}

void SearchIndexBuilder::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopped = false;
    postChunk();
}

void SearchIndexBuilder::stop()
{
    m_stopped = true;
}

void SearchIndexBuilder::postChunk()
{
    using Progress = storage::SearchBackfill::Progress;
    m_writer.call<Progress>(
        [](QSqlDatabase &db) {
            return storage::SearchBackfill::step(storage::SqliteStatement::handle(db), kChunk);
        },
        this,
        std::function<void(Progress, storage::CommitStatus)>(
            [this](Progress p, storage::CommitStatus status) {
                if (!status.ok || !p.ok) {
                    m_running = false;
                    Q_EMIT failed(tr("The search index could not be built: %1")
                                      .arg(status.ok ? p.error : status.error));
                    return;
                }
                Q_EMIT progress(p.done, p.total);
                if (p.complete()) {
                    m_running = false;
                    Q_EMIT finished();
                } else if (m_stopped) {
                    m_running = false;
                } else {
                    postChunk(); // one chunk per commit: a refresh's jobs interleave
                }
            }));
}

} // namespace service
