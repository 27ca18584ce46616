#pragma once

#include "fetch/FetchTypes.h"
#include "model/Source.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QObject;
namespace storage { class StorageWriter; }

namespace service {

// What an OPML list offers, once read and checked: only http(s) feeds. A
// list never subscribes to local files: `file:` and relative addresses
// (which would name files next to the list, or ../.ssh/id_rsa) are
// skipped, and so is every other scheme (javascript:, gopher:, ...).
struct OpmlImportPlan
{
    bool ok = false;
    bool readable = true;   // false: the file could not be read at all
    QString error;          // why nothing can be imported (too large, not OPML: line and column)
    QList<Source> sources;  // the http(s) feeds, in file order, each URL once
    int duplicatesInFile = 0;
    int localSkipped = 0;   // file: and relative addresses
    int otherSkipped = 0;   // other schemes, or http(s) without a host

    int skipped() const { return localSkipped + otherSkipped; }
    // "2 local or relative addresses and 1 with another scheme skipped: only
    // http and https feeds are imported from a list"; empty when none.
    QString skippedText() const;
};

struct OpmlImportResult
{
    bool ok = false;
    QString error;              // the plan's, or the database's
    OpmlImportPlan plan;
    int added = 0;
    int alreadySubscribed = 0;

    int duplicates() const { return plan.duplicatesInFile + alreadySubscribed; }
};

// Subscribing to feeds, for the window and the command line alike: one
// feed by hand (http, https, or a local file the user names), or a whole
// OPML list (http and https only, capped at the feed size, in one writer
// transaction).
class SourceImport
{
public:
    static constexpr qint64 kMaxListBytes = fetch::kMaxFeedBytes;

    // The URL to store for a feed added by hand, or an empty string when the
    // text is not an http(s) URL with a host or a file: URL.
    static QString checkedFeedUrl(const QString &text);

    static OpmlImportPlan planFromBytes(const QByteArray &bytes);
    // Reads the list (a regular file only, at most maxBytes) and plans.
    // Blocking: importOpml runs it on a pool thread.
    static OpmlImportPlan planFromFile(const QString &path, qint64 maxBytes = kMaxListBytes);
    // Adds the plan's sources on `db` in one transaction, all or nothing.
    static OpmlImportResult store(QSqlDatabase &db, const OpmlImportPlan &plan);

    using Done = std::function<void(const OpmlImportResult &)>;
    // The whole import without blocking the calling thread: read and plan on
    // a pool thread, then one writer job. `done` runs on `context`'s thread
    // (dropped if `context` is gone by then).
    static void importOpml(const QString &path, storage::StorageWriter &writer, QObject *context, Done done,
                           qint64 maxBytes = kMaxListBytes);
    // Adds one feed through the writer; done(added, existed).
    static void addFeed(const Source &source, storage::StorageWriter &writer, QObject *context,
                        std::function<void(bool added, bool existed)> done);
};

} // namespace service
