// Helper for the SIGKILL tests: ingests batches through the StorageWriter
// forever, printing "committed N" after each batch is committed, until it
// is killed. Usage: storage_killer DB_PATH BATCH_SIZE
// Or builds the search index of a migrated profile in chunks, printing
// "committed DONE" after each chunk, "complete" at the end:
//        storage_killer DB_PATH backfill CHUNK
#include "storage/ArticleStore.h"
#include "storage/SearchBackfill.h"
#include "storage/SqliteStatement.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>

namespace {

FeedItem makeItem(int batch, int i)
{
    FeedItem it;
    it.url = QStringLiteral("https://killer.example/%1/%2").arg(batch).arg(i);
    it.link = it.url;
    it.guid = it.url;
    it.title = QStringLiteral("killer batch%1 item%2 model release").arg(batch).arg(i);
    it.summary = QStringLiteral("A summary long enough to be worth indexing, batch %1.").arg(batch);
    it.content = it.summary.repeated(8);
    it.contentHtml = QStringLiteral("<p>") + it.content + QStringLiteral("</p>");
    it.published = QDateTime(QDate(2026, 3, 1 + batch % 28), QTime(batch % 24, i % 60), Qt::UTC);
    return it;
}

int backfill(storage::StorageWriter &writer, int chunk)
{
    using Progress = storage::SearchBackfill::Progress;
    std::function<void()> postChunk = [&] {
        writer.call<Progress>(
            [chunk](QSqlDatabase &db) {
                return storage::SearchBackfill::step(storage::SqliteStatement::handle(db), chunk);
            },
            qApp,
            std::function<void(Progress, storage::CommitStatus)>([&](Progress p, storage::CommitStatus status) {
                if (!p.ok || !status.ok) {
                    std::fprintf(stderr, "backfill failed: %s\n", qPrintable(p.ok ? status.error : p.error));
                    QCoreApplication::exit(1);
                    return;
                }
                std::printf("committed %lld\n", p.done);
                std::fflush(stdout);
                if (p.complete()) {
                    std::printf("complete\n");
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                    return;
                }
                postChunk();
            }));
    };
    postChunk();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: storage_killer DB_PATH BATCH_SIZE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int batchSize = QByteArray(argv[2]).toInt();
    storage::StorageWriter writer(path, QTimeZone("Asia/Seoul"));
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (QByteArray(argv[2]) == "backfill")
        return backfill(writer, argc > 3 ? QByteArray(argv[3]).toInt() : 100);
    writer.post([](QSqlDatabase &db) {
        for (const char *url : {"https://a.example/feed", "https://b.example/feed"}) {
            Source s;
            s.url = QString::fromLatin1(url);
            s.title = s.url;
            storage::SourceStore(db).add(s);
        }
    });

    int next = 0;
    int committed = 0;
    std::function<void()> postBatch = [&] {
        const int batch = next++;
        writer.call<storage::IngestStats>(
            [batch, batchSize](QSqlDatabase &db) {
                storage::ArticleStore store(db, QTimeZone("Asia/Seoul"));
                QList<FeedItem> fresh;
                for (int i = 0; i < batchSize; ++i)
                    fresh.append(makeItem(batch, i));
                // The previous batch again from the other source (dedup path),
                // then this batch's new articles: one transaction.
                QList<FeedItem> items;
                if (batch > 0) {
                    for (int i = 0; i < batchSize; ++i)
                        items.append(makeItem(batch - 1, i));
                }
                items.append(fresh);
                // Indexed for search just before the commit, as a refresh does.
                return store.ingest(1 + batch % 2, items,
                                    QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC),
                                    storage::ArticleStore::Indexing::BeforeCommit);
            },
            &app,
            [&](storage::IngestStats stats) {
                if (!stats.error.isEmpty()) {
                    std::fprintf(stderr, "ingest failed: %s\n", qPrintable(stats.error));
                    QCoreApplication::exit(1);
                    return;
                }
                std::printf("committed %d\n", ++committed);
                std::fflush(stdout);
                postBatch();
            });
    };
    // Keep a few batches in flight so that the kill lands mid-transaction.
    for (int i = 0; i < 3; ++i)
        postBatch();
    return app.exec();
}
