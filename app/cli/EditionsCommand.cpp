#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "storage/EditionStore.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>

#include <functional>

namespace cli {

namespace {

// Runs a write on the writer thread and waits; "" when it succeeded.
QString write(service::AppContext &context, std::function<QString(QSqlDatabase &)> job)
{
    bool done = false;
    QString error;
    QObject receiver;
    context.writer().call<QString>(std::move(job), &receiver,
                                   std::function<void(QString, storage::CommitStatus)>(
                                       [&](const QString &e, const storage::CommitStatus &status) {
                                           error = status.ok ? e : status.error;
                                           done = true;
                                       }));
    waitFor(done);
    return error;
}

// --name, --title-line, --prefix, --language, --style, --top on `edition`;
// false (error printed) on a bad value.
bool applyOptions(const QCommandLineParser &parser, Edition &edition)
{
    if (parser.isSet(QStringLiteral("name")))
        edition.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("title-line")))
        edition.titleLine = parser.value(QStringLiteral("title-line"));
    if (parser.isSet(QStringLiteral("prefix")))
        edition.filePrefix = parser.value(QStringLiteral("prefix"));
    if (parser.isSet(QStringLiteral("language")))
        edition.language = parser.value(QStringLiteral("language"));
    if (parser.isSet(QStringLiteral("style"))) {
        const QString style = parser.value(QStringLiteral("style"));
        edition.style = editions::styleFromName(style);
        if (editions::styleName(edition.style) != style) {
            err() << QCoreApplication::translate("cli", "error: --style is news or papers, not \"%1\"\n").arg(style);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        edition.topN = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || edition.topN < 0 || edition.topN > 10000) {
            err() << QCoreApplication::translate("cli", "error: --top is a number from 0 (all) to 10000\n");
            return false;
        }
    }
    return true;
}

} // namespace

int runEditions(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Manage the editions (News, Papers, your own)."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | add NAME | edit KEY | remove KEY"));
    const QList<QPair<const char *, const char *>> options{
        {"name", QT_TRANSLATE_NOOP("cli", "The edition's name.")},
        {"title-line", QT_TRANSLATE_NOOP("cli", "The exported title line.")},
        {"prefix", QT_TRANSLATE_NOOP("cli", "The exported file names' prefix (PREFIX_YYYY-MM-DD.md).")},
        {"language", QT_TRANSLATE_NOOP("cli", "The summaries' language (ko, en, ja; empty = the profile's).")},
        {"style", QT_TRANSLATE_NOOP("cli", "The summary structure: news or papers.")},
        {"top", QT_TRANSLATE_NOOP("cli", "How many of the day's best-ranked articles the digest covers (0 = all).")},
    };
    for (const auto &[name, help] : options)
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("cli", help),
                                            QStringLiteral("value")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto context = openContext(parser);
    if (!context)
        return Failure;
    storage::EditionStore store(context->profile().database());

    if (action == QLatin1String("list")) {
        for (const Edition &e : store.all())
            out() << e.key << "\t" << e.name << "\t" << editions::styleName(e.style) << "\t"
                  << (e.topN > 0 ? QString::number(e.topN) : QStringLiteral("-")) << "\t" << e.filePrefix
                  << "_YYYY-MM-DD.md\t" << e.titleLine << "\n";
        return Ok;
    }
    if (pos.size() < 2) {
        err() << QCoreApplication::translate("cli", "error: `editions %1` needs an edition\n").arg(action);
        return Usage;
    }
    if (action == QLatin1String("add")) {
        Edition e;
        e.name = pos.at(1);
        if (!applyOptions(parser, e))
            return Usage;
        qint64 id = 0;
        const QString error = write(*context, [e, &id](QSqlDatabase &db) {
            storage::EditionStore writer(db);
            id = writer.add(e);
            return id == 0 ? writer.lastError() : QString();
        });
        if (!error.isEmpty()) {
            err() << QCoreApplication::translate("cli", "error: %1\n").arg(error);
            return Failure;
        }
        const Edition added = store.byId(id);
        out() << QCoreApplication::translate("cli", "Added %1 (--edition %2)\n").arg(added.name, added.key);
        return Ok;
    }
    Edition e = store.byKey(pos.at(1));
    if (e.id == 0) {
        err() << QCoreApplication::translate("cli", "error: no edition \"%1\" (see `editions list`)\n").arg(pos.at(1));
        return Failure;
    }
    if (action == QLatin1String("edit")) {
        if (!applyOptions(parser, e))
            return Usage;
        const QString error = write(*context, [e](QSqlDatabase &db) {
            storage::EditionStore writer(db);
            return writer.update(e) ? QString() : writer.lastError();
        });
        if (!error.isEmpty()) {
            err() << QCoreApplication::translate("cli", "error: %1\n").arg(error);
            return Failure;
        }
        out() << QCoreApplication::translate("cli", "Updated %1\n").arg(store.byId(e.id).name);
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const qint64 id = e.id;
        const QString error = write(*context, [id](QSqlDatabase &db) {
            QString why;
            storage::EditionStore(db).remove(id, &why);
            return why;
        });
        if (!error.isEmpty()) {
            err() << QCoreApplication::translate("cli", "error: %1\n").arg(error);
            return Failure;
        }
        out() << QCoreApplication::translate("cli", "Removed %1 with its sources, categories, articles and summaries\n")
                     .arg(e.name);
        return Ok;
    }
    err() << QCoreApplication::translate("cli", "error: unknown action \"%1\" (list, add, edit, remove)\n").arg(action);
    return Usage;
}

} // namespace cli
