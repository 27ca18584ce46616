#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "feed/Opml.h"
#include "service/SourceImport.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cli {

namespace {

int list(storage::SourceStore &store)
{
    for (const Source &s : store.all()) {
        out() << (s.enabled ? "  " : "- ") << s.url << "\t" << s.title << "\t" << s.group;
        if (!s.lastError.isEmpty())
            out() << "\t" << QCoreApplication::translate("cli", "last error: %1").arg(s.lastError);
        out() << "\n";
    }
    return Ok;
}

int importFile(service::AppContext &context, const QString &path)
{
    bool done = false;
    service::OpmlImportResult result;
    QObject receiver;
    service::SourceImport::importOpml(path, context.writer(), &receiver,
                                      [&](const service::OpmlImportResult &r) {
                                          result = r;
                                          done = true;
                                      });
    waitFor(done);
    if (!result.plan.readable) {
        err() << QCoreApplication::translate("cli", "error: cannot read %1: %2\n").arg(path, result.error);
        return Failure;
    }
    if (!result.ok) {
        // The reader's error already names the line and column of a broken file.
        err() << QCoreApplication::translate("cli", "error: cannot import %1: %2\n").arg(path, result.error);
        return Failure;
    }
    out() << QCoreApplication::translate("cli", "Imported %1 sources from %2; %3 duplicates skipped.\n")
                 .arg(result.added).arg(path).arg(result.duplicates());
    if (result.plan.skipped() > 0)
        out() << result.plan.skippedText() << ".\n";
    return Ok;
}

int exportFile(storage::SourceStore &store, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(feed::OpmlWriter::write(QStringLiteral("Daily Insights sources"), store.all())) < 0
        || !file.commit()) {
        err() << QCoreApplication::translate("cli", "error: cannot write %1: %2\n").arg(path, file.errorString());
        return Failure;
    }
    out() << QCoreApplication::translate("cli", "Wrote %1 sources to %2.\n").arg(store.all().size()).arg(path);
    return Ok;
}

} // namespace

int runSources(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Manage the subscribed sources."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add URL | remove URL | import FILE | export FILE"));
    parser.addOption(QCommandLineOption(QStringLiteral("title"), QCoreApplication::translate("cli", "Title for `add`."), QStringLiteral("title")));
    parser.addOption(QCommandLineOption(QStringLiteral("group"), QCoreApplication::translate("cli", "Group for `add`."), QStringLiteral("group")));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    const bool needsArg = action != QLatin1String("list");
    if (needsArg && pos.size() != 2) {
        err() << QCoreApplication::translate("cli", "error: `sources %1` needs one argument\n").arg(action);
        return Usage;
    }
    auto context = openContext(parser);
    if (!context)
        return Failure;
    storage::SourceStore store(context->profile().database());

    if (action == QLatin1String("list"))
        return list(store);
    const QString arg = pos.at(1);
    if (action == QLatin1String("add")) {
        Source s;
        s.url = service::SourceImport::checkedFeedUrl(arg);
        if (s.url.isEmpty()) {
            err() << QCoreApplication::translate("cli", "error: \"%1\" is not an http, https or file URL\n").arg(arg);
            return Usage;
        }
        s.title = parser.value(QStringLiteral("title"));
        s.group = parser.value(QStringLiteral("group"));
        bool done = false;
        bool added = false;
        bool existed = false;
        QObject receiver;
        service::SourceImport::addFeed(s, context->writer(), &receiver, [&](bool a, bool e) {
            added = a;
            existed = e;
            done = true;
        });
        waitFor(done);
        if (!added && !existed) {
            err() << QCoreApplication::translate("cli", "error: could not store %1\n").arg(s.url);
            return Failure;
        }
        out() << (existed ? QCoreApplication::translate("cli", "Already subscribed: %1\n")
                          : QCoreApplication::translate("cli", "Added %1\n")).arg(s.url);
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const Source s = store.byUrl(arg);
        if (s.id == 0 || !store.remove(s.id)) {
            err() << QCoreApplication::translate("cli", "error: no source with URL %1\n").arg(arg);
            return Failure;
        }
        out() << QCoreApplication::translate("cli", "Removed %1\n").arg(arg);
        return Ok;
    }
    if (action == QLatin1String("import"))
        return importFile(*context, arg);
    if (action == QLatin1String("export"))
        return exportFile(store, arg);
    err() << QCoreApplication::translate("cli", "error: unknown action \"%1\" (list, add, remove, import, export)\n").arg(action);
    return Usage;
}

} // namespace cli
