#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "feed/Opml.h"
#include "service/SourceImport.h"
#include "storage/FullTextStore.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cli {

namespace {

// "full text: auto (3 ok, 1 failed), images: on"
QString readingOptions(const Source &s, const storage::FullTextStore::Counts &counts)
{
    QString text = QCoreApplication::translate("cli", "full text: %1").arg(fullTextModeName(s.fullText));
    if (counts.ok > 0 || counts.failed > 0)
        text += QCoreApplication::translate("cli", " (%1 ok, %2 failed)").arg(counts.ok).arg(counts.failed);
    return text + QCoreApplication::translate("cli", ", images: %1")
                      .arg(s.loadImages ? QStringLiteral("on") : QStringLiteral("off"));
}

int list(storage::SourceStore &store, const storage::FullTextStore &fullText, const Edition &edition)
{
    const auto counts = fullText.countsBySource();
    for (const Source &s : store.inEdition(edition.id)) {
        out() << (s.enabled ? "  " : "- ") << s.url << "\t" << s.title << "\t" << s.group << "\t"
              << readingOptions(s, counts.value(s.id));
        if (s.kind != SourceKind::Feed)
            out() << "\t" << QCoreApplication::translate("cli", "kind: %1").arg(sourceKindName(s.kind));
        if (!s.lastError.isEmpty())
            out() << "\t" << QCoreApplication::translate("cli", "last error: %1").arg(s.lastError);
        out() << "\n";
    }
    return Ok;
}

// `sources set URL [--full-text off|on|auto] [--images on|off]`.
int setOptions(storage::SourceStore &store, const QCommandLineParser &parser, const QString &url)
{
    Source s = store.byUrl(url);
    if (s.id == 0) {
        err() << QCoreApplication::translate("cli", "error: no source with URL %1\n").arg(url);
        return Failure;
    }
    const QString mode = parser.value(QStringLiteral("full-text")).toLower();
    const QString images = parser.value(QStringLiteral("images")).toLower();
    if (mode.isEmpty() && images.isEmpty()) {
        err() << QCoreApplication::translate("cli", "error: `sources set` needs --full-text off|on|auto or --images on|off\n");
        return Usage;
    }
    if (!mode.isEmpty()) {
        if (mode != QLatin1String("off") && mode != QLatin1String("on") && mode != QLatin1String("auto")) {
            err() << QCoreApplication::translate("cli", "error: --full-text is off, on or auto, not \"%1\"\n").arg(mode);
            return Usage;
        }
        s.fullText = fullTextModeFromName(mode);
    }
    if (!images.isEmpty()) {
        if (images != QLatin1String("on") && images != QLatin1String("off")) {
            err() << QCoreApplication::translate("cli", "error: --images is on or off, not \"%1\"\n").arg(images);
            return Usage;
        }
        s.loadImages = images == QLatin1String("on");
    }
    if (!store.setReadingOptions(s.id, s.fullText, s.loadImages)) {
        err() << QCoreApplication::translate("cli", "error: could not store the options of %1: %2\n")
                     .arg(url, store.lastError());
        return Failure;
    }
    out() << QCoreApplication::translate("cli", "%1: %2\n").arg(url, readingOptions(s, {}));
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

int exportFile(storage::SourceStore &store, const QString &path, const Edition &edition)
{
    const QList<Source> sources = store.inEdition(edition.id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(feed::OpmlWriter::write(QStringLiteral("Daily Insights sources"), sources)) < 0
        || !file.commit()) {
        err() << QCoreApplication::translate("cli", "error: cannot write %1: %2\n").arg(path, file.errorString());
        return Failure;
    }
    out() << QCoreApplication::translate("cli", "Wrote %1 sources to %2.\n").arg(sources.size()).arg(path);
    return Ok;
}

} // namespace

int runSources(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Manage the subscribed sources."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list | add URL | remove URL | set URL | move URL | import FILE | export FILE"));
    addEditionOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("kind"),
        QCoreApplication::translate("cli", "For `add`: feed, arxiv (an arXiv RSS listing) or hf-daily (Hugging Face's "
                                           "daily papers JSON); default: from the URL."), QStringLiteral("kind")));
    parser.addOption(QCommandLineOption(QStringLiteral("title"), QCoreApplication::translate("cli", "Title for `add`."), QStringLiteral("title")));
    parser.addOption(QCommandLineOption(QStringLiteral("group"), QCoreApplication::translate("cli", "Group for `add`."), QStringLiteral("group")));
    parser.addOption(QCommandLineOption(QStringLiteral("full-text"),
        QCoreApplication::translate("cli", "For `set`: fetch each article's page for its full text: off, on, or auto "
                                           "(when the feed's text is short)."), QStringLiteral("mode")));
    parser.addOption(QCommandLineOption(QStringLiteral("images"),
        QCoreApplication::translate("cli", "For `set`: fetch and keep the articles' images: on or off."),
        QStringLiteral("on|off")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
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
    Edition edition;
    if (!editionOption(parser, context->profile().database(), &edition))
        return Usage;

    if (action == QLatin1String("list"))
        return list(store, storage::FullTextStore(context->profile().database()), edition);
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
        s.editionId = edition.id;
        s.kind = sourceKindForUrl(s.url);
        if (parser.isSet(QStringLiteral("kind"))) {
            const QString kind = parser.value(QStringLiteral("kind"));
            s.kind = sourceKindFromName(kind);
            if (sourceKindName(s.kind) != kind) {
                err() << QCoreApplication::translate("cli", "error: --kind is feed, arxiv or hf-daily, not \"%1\"\n").arg(kind);
                return Usage;
            }
        }
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
    if (action == QLatin1String("set"))
        return setOptions(store, parser, arg);
    if (action == QLatin1String("move")) {
        const Source s = store.byUrl(arg);
        if (s.id == 0 || !store.setEdition(s.id, edition.id)) {
            err() << QCoreApplication::translate("cli", "error: no source with URL %1\n").arg(arg);
            return Failure;
        }
        out() << QCoreApplication::translate("cli", "Moved %1 to %2; its stored articles stay where they are.\n")
                     .arg(arg, edition.name);
        return Ok;
    }
    if (action == QLatin1String("import"))
        return importFile(*context, arg);
    if (action == QLatin1String("export"))
        return exportFile(store, arg, edition);
    err() << QCoreApplication::translate("cli", "error: unknown action \"%1\" (list, add, remove, set, move, import, export)\n").arg(action);
    return Usage;
}

} // namespace cli
