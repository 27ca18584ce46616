#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "cli/SearchIndexProgress.h"
#include "service/AppContext.h"
#include "service/FullTextService.h"
#include "service/AutoDigest.h"
#include "service/RefreshService.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QMap>

#include <unistd.h>

namespace cli {

namespace {

QString fit(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 1) + QChar(0x2026);
}

void printDay(const service::AutoDigestDay &day)
{
    QStringList parts;
    const service::DigestBuildReport &sections = day.usedLlm ? day.llm : day.offline;
    QMap<int, int> byState; // in the order of the states
    for (const service::SectionStatus &s : sections.sections)
        ++byState[int(s.state)];
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(
            service::sectionStateName(service::SectionStatus::State(it.key())));
    QString line = QCoreApplication::translate("cli", "digest %1: %n section(s)", nullptr, int(sections.sections.size()))
                       .arg(day.day);
    if (!parts.isEmpty())
        line += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    if (day.usedLlm)
        line += QCoreApplication::translate("cli", " · %1 LLM calls · tokens in %2, out %3")
                    .arg(day.llm.llmCalls).arg(day.llm.tokensIn).arg(day.llm.tokensOut);
    else
        line += QCoreApplication::translate("cli", " · offline");
    out() << line << "\n";
    for (const service::SectionStatus &s : sections.sections) {
        if (s.state == service::SectionStatus::State::Failed)
            out() << QStringLiteral("  %1: %2\n").arg(s.categoryName, s.message);
    }
    if (!day.error.isEmpty())
        err() << QCoreApplication::translate("cli", "error: digest %1: %2\n").arg(day.day, day.error);
}

// `--digest`: the days that got new articles, built as the window does
// after a refresh (service::AutoDigest).
int buildAffectedDays(service::AppContext &context, const QStringList &days)
{
    if (days.isEmpty()) {
        out() << QCoreApplication::translate("cli", "No new articles: no digest to build.\n");
        return Ok;
    }
    bool ready = false;
    context.loadLlmClient([&](const QString &) { ready = true; });
    waitFor(ready);
    printLlmUse(context.llmUse()); // the same words as `digest` and the window
    if (context.keyRefused())
        return Failure; // no request was sent, and no offline build hides the problem

    service::AutoDigest &builder = context.autoDigest();
    bool done = false;
    service::AutoDigestReport report;
    QObject::connect(&builder, &service::AutoDigest::progress,
                     [](const QString &day, const QString &stage, int, int) { err() << day << ": " << stage << "\n"; });
    QObject::connect(&builder, &service::AutoDigest::dayFinished, &printDay);
    QObject::connect(&builder, &service::AutoDigest::finished, [&](const service::AutoDigestReport &r) {
        report = r;
        done = true;
    });
    builder.start(days);
    waitFor(done);
    context.writer().flush();
    const service::LlmBudget budget = builder.budgetToday();
    if (context.llmClient())
        out() << QCoreApplication::translate("cli", "LLM budget today: %1/%2 requests, %3/%4 tokens\n")
                     .arg(budget.usedRequests()).arg(budget.maxRequests())
                     .arg(budget.usedTokens()).arg(budget.maxTokens());
    return report.cancelled || report.failed() > 0 ? Failure : Ok;
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
    parser.addOption(QCommandLineOption(QStringLiteral("digest"),
        QCoreApplication::translate("cli", "Then build the digest of every day that got new articles: offline at once, "
                                           "then through the LLM (when one is configured) within the daily budget "
                                           "(llm.daily_requests, llm.daily_tokens).")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    auto context = openContext(parser);
    if (!context)
        return Failure;

    service::RefreshService &refresh = context->refresh();
    bool done = false;
    service::RefreshSummary summary;
    // A progress line only on a terminal: under a timer or cron, stderr is a
    // log (the journal), which gets one line per failed source instead.
    const bool terminal = isatty(STDERR_FILENO) == 1;
    if (terminal) {
        QObject::connect(&refresh, &service::RefreshService::progress, [](int n, int total, int fresh) {
            err() << QCoreApplication::translate("cli", "\rFetching %1/%2 sources · %3 new").arg(n).arg(total).arg(fresh);
            err().flush();
        });
        QObject::connect(&context->fullText(), &service::FullTextService::progress, [](int n, int total) {
            err() << QCoreApplication::translate("cli", "\rFull text and images %1/%2").arg(n).arg(total);
            err().flush();
        });
    }
    QObject::connect(&refresh, &service::RefreshService::finished, [&](const service::RefreshSummary &s) {
        summary = s;
        done = true;
    });
    refresh.start(parser.values(QStringLiteral("source")), parser.isSet(QStringLiteral("force")));
    waitFor(done);
    context->writer().flush();
    if (terminal)
        err() << "\n";
    for (const service::SourceReport &r : std::as_const(summary.sources)) {
        if (r.outcome == service::SourceReport::Outcome::Failed)
            err() << QCoreApplication::translate("cli", "failed: %1 (%2): %3\n")
                         .arg(r.title.isEmpty() ? r.url : r.title, r.url, r.message);
    }

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
    // A profile migrated to schema 6 gets its older articles into the
    // search index here, for those who only ever run the command line.
    QString indexError;
    if (!summary.cancelled && !buildSearchIndex(*context, &indexError)) {
        err() << QCoreApplication::translate("cli", "error: the search index could not be built: %1\n")
                     .arg(indexError);
        return Failure;
    }
    const int status = summary.allFailed() ? Failure : Ok;
    if (!parser.isSet(QStringLiteral("digest")) || summary.cancelled)
        return status;
    const int built = buildAffectedDays(*context, summary.newDays);
    return status == Ok ? built : status;
}

} // namespace cli
