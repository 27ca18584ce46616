#include "service/SourceImport.h"

#include "feed/Opml.h"
#include "fetch/Backoff.h"
#include "fetch/LocalFeedFile.h"
#include "storage/Savepoint.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QUrl>

#include <memory>

namespace service {

namespace {

bool isHttp(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

} // namespace

QString OpmlImportPlan::skippedText() const
{
    QStringList parts;
    if (localSkipped > 0)
        parts << QCoreApplication::translate("SourceImport", "%n local or relative address(es)", nullptr, localSkipped);
    if (otherSkipped > 0)
        parts << QCoreApplication::translate("SourceImport", "%n with another scheme or no host", nullptr, otherSkipped);
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("SourceImport", "%1 skipped: only http and https feeds are imported from a list")
        .arg(parts.join(QCoreApplication::translate("SourceImport", " and ")));
}

QString SourceImport::checkedFeedUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return {};
    if ((isHttp(scheme) && !url.host().isEmpty()) || (scheme == QLatin1String("file") && !url.toLocalFile().isEmpty()))
        return trimmed;
    return {};
}

OpmlImportPlan SourceImport::planFromBytes(const QByteArray &bytes)
{
    OpmlImportPlan plan;
    const feed::OpmlResult opml = feed::OpmlReader::read(bytes);
    if (!opml.ok) {
        plan.error = opml.error;
        return plan;
    }
    plan.ok = true;
    plan.duplicatesInFile = opml.duplicatesSkipped;
    plan.sources.reserve(opml.feeds.size());
    for (const feed::OpmlFeed &f : opml.feeds) {
        const QString text = f.xmlUrl.trimmed();
        const QUrl url(text);
        const QString scheme = url.scheme().toLower();
        if (scheme.isEmpty() || scheme == QLatin1String("file")) {
            ++plan.localSkipped;
            continue;
        }
        if (!url.isValid() || !isHttp(scheme) || url.host().isEmpty()) {
            ++plan.otherSkipped;
            continue;
        }
        Source s;
        s.url = text;
        s.title = f.title;
        s.group = f.group;
        s.kind = sourceKindForUrl(text);
        plan.sources.append(s);
    }
    return plan;
}

OpmlImportPlan SourceImport::planFromFile(const QString &path, qint64 maxBytes)
{
    const fetch::LocalFileRead read = fetch::readLocalFeedFile(path, maxBytes);
    if (read.status == fetch::LocalFileRead::Status::Ok)
        return planFromBytes(read.bytes);
    OpmlImportPlan plan;
    plan.readable = read.status == fetch::LocalFileRead::Status::TooLarge;
    plan.error = read.status == fetch::LocalFileRead::Status::TooLarge
        ? QCoreApplication::translate("SourceImport", "the file is larger than the %1 limit (the same as for one feed)")
              .arg(fetch::describeBytes(maxBytes))
        : read.error;
    return plan;
}

OpmlImportResult SourceImport::store(QSqlDatabase &db, const OpmlImportPlan &plan)
{
    OpmlImportResult result;
    result.plan = plan;
    if (!plan.ok) {
        result.error = plan.error;
        return result;
    }
    storage::Savepoint savepoint(db, QStringLiteral("opml_import"));
    if (!savepoint.isActive()) {
        result.error = savepoint.error();
        return result;
    }
    storage::SourceStore store(db);
    for (const Source &s : plan.sources) {
        bool existed = false;
        if (store.add(s, &existed) <= 0) {
            result.error = QCoreApplication::translate("SourceImport", "could not store %1: %2")
                               .arg(s.url, store.lastError());
            return result; // the savepoint rolls everything back
        }
        existed ? ++result.alreadySubscribed : ++result.added;
    }
    if (!savepoint.release()) {
        result.error = savepoint.error();
        result.added = result.alreadySubscribed = 0;
        return result;
    }
    result.ok = true;
    return result;
}

void SourceImport::importOpml(const QString &path, storage::StorageWriter &writer, QObject *context, Done done,
                              qint64 maxBytes)
{
    auto promise = std::make_shared<QPromise<OpmlImportPlan>>();
    auto *watcher = new QFutureWatcher<OpmlImportPlan>(context);
    QPointer<storage::StorageWriter> writerGuard(&writer);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, writerGuard, context, done] {
        watcher->deleteLater();
        OpmlImportPlan plan;
        if (watcher->future().resultCount() > 0)
            plan = watcher->result();
        if (!plan.ok || !writerGuard) {
            OpmlImportResult result;
            result.plan = plan;
            result.error = plan.error;
            done(result);
            return;
        }
        writerGuard->call<OpmlImportResult>([plan](QSqlDatabase &db) { return store(db, plan); }, context,
                                            [done](OpmlImportResult result) {
                                                // A batch rolled back at COMMIT delivers a default result.
                                                if (!result.ok && result.error.isEmpty())
                                                    result.error = QCoreApplication::translate(
                                                        "SourceImport", "the sources could not be saved to the database");
                                                done(result);
                                            });
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, maxBytes] {
        promise->addResult(planFromFile(path, maxBytes));
        promise->finish();
    });
}

void SourceImport::addFeed(const Source &source, storage::StorageWriter &writer, QObject *context,
                           std::function<void(bool added, bool existed)> done)
{
    writer.call<QPair<bool, bool>>(
        [source](QSqlDatabase &db) {
            bool existed = false;
            const bool stored = storage::SourceStore(db).add(source, &existed) > 0;
            return qMakePair(stored && !existed, existed);
        },
        context, [done](QPair<bool, bool> r) { done(r.first, r.second); });
}

} // namespace service
