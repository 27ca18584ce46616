#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "service/AppContext.h"
#include "service/FullTextService.h"
#include "service/RefreshService.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>

namespace cli {

namespace {

QString fit(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 1) + QChar(0x2026);
}

} // namespace

int runRefresh(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Fetch the sources and store new articles."));
    addProfileOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("source"),
        QCoreApplication::translate("cli", "Refresh only this feed URL (repeatable)."), QStringLiteral("url")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"),
        QCoreApplication::translate("cli", "Also refresh sources that are backing off after failures.")));
    if (!parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto context = openContext(parser);
    if (!context)
        return Failure;

    service::RefreshService &refresh = context->refresh();
    bool done = false;
    service::RefreshSummary summary;
    QObject::connect(&refresh, &service::RefreshService::progress, [](int n, int total, int fresh) {
        err() << QCoreApplication::translate("cli", "\rFetching %1/%2 sources · %3 new").arg(n).arg(total).arg(fresh);
        err().flush();
    });
    QObject::connect(&context->fullText(), &service::FullTextService::progress, [](int n, int total) {
        err() << QCoreApplication::translate("cli", "\rFull text and images %1/%2").arg(n).arg(total);
        err().flush();
    });
    QObject::connect(&refresh, &service::RefreshService::finished, [&](const service::RefreshSummary &s) {
        summary = s;
        done = true;
    });
    refresh.start(parser.values(QStringLiteral("source")), parser.isSet(QStringLiteral("force")));
    waitFor(done);
    context->writer().flush();
    err() << "\n";

    out() << QStringLiteral("%1  %2  %3  %4\n")
                 .arg(fit(QCoreApplication::translate("cli", "source"), 40), fit(QCoreApplication::translate("cli", "result"), 14),
                      QCoreApplication::translate("cli", "new").rightJustified(5), QCoreApplication::translate("cli", "detail"));
    for (const service::SourceReport &r : std::as_const(summary.sources)) {
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(fit(r.title, 40), fit(service::outcomeName(r.outcome), 14),
                          QString::number(r.newArticles).rightJustified(5), r.message);
    }
    out() << QCoreApplication::translate("cli", "%1 sources, %2 failed, %3 new articles%4\n")
                 .arg(summary.sources.size()).arg(summary.failed()).arg(summary.newArticles)
                 .arg(summary.cancelled ? QCoreApplication::translate("cli", " (cancelled)") : QString());
    const service::FullTextReport &ft = summary.fullText;
    if (ft.pages > 0 || ft.images > 0 || ft.imageFailures > 0)
        out() << QCoreApplication::translate("cli", "Full text: %1 pages, %2 ok, %3 failed; images: %4 stored, %5 failed\n")
                     .arg(ft.pages).arg(ft.ok).arg(ft.failed).arg(ft.images).arg(ft.imageFailures);
    if (summary.sources.isEmpty())
        err() << QCoreApplication::translate("cli", "No sources to refresh: add one with `daily-insights sources add URL`.\n");
    if (!summary.storageError.isEmpty()) {
        err() << QCoreApplication::translate("cli", "error: what was fetched could not be saved: %1\n")
                     .arg(summary.storageError);
        return Failure;
    }
    return summary.allFailed() ? Failure : Ok;
}

} // namespace cli
