#pragma once

#include <QObject>
#include <QString>

namespace storage {
class StorageWriter;
}

namespace service {

// Builds the search index for the articles a migrated profile already had
// (schema 6), newest first, in small jobs through the StorageWriter: each
// chunk commits on its own, so a refresh interleaves, the window never
// waits, and a process killed midway resumes from the last chunk at the
// next start. A profile whose index is complete finishes at once.
class SearchIndexBuilder : public QObject
{
    Q_OBJECT
public:
    SearchIndexBuilder(storage::StorageWriter &writer, QObject *parent = nullptr);

    void start();
    void stop(); // no new chunk is posted; the current one still commits
    bool isRunning() const { return m_running; }

    static constexpr int kChunk = 5000; // articles per job

Q_SIGNALS:
    // done of total articles indexed (total = all articles of the profile).
    void progress(qint64 done, qint64 total);
    void finished();
    void failed(const QString &message);

private:
    void postChunk();

    storage::StorageWriter &m_writer;
    bool m_running = false;
    bool m_stopped = false;
};

} // namespace service
