#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "export/DigestExporter.h"
#include "service/DigestService.h"
#include "service/ProfileClassifier.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>

namespace cli {

namespace {

void printReport(const service::DigestBuildReport &report)
{
    for (const service::SectionStatus &s : report.sections) {
        out() << QStringLiteral("  %1 %2 (%3)").arg(service::sectionStateName(s.state), -16).arg(s.categoryName)
                     .arg(QCoreApplication::translate("cli", "%n source(s)", nullptr, s.sources));
        if (!s.message.isEmpty())
            out() << ": " << s.message;
        out() << "\n";
    }
    if (report.briefingBuilt) {
        const service::SectionStatus &b = report.briefing;
        out() << QCoreApplication::translate("cli", "  briefing: %1 (%n item(s))", nullptr, b.sources)
                     .arg(b.state == service::SectionStatus::State::Failed
                              ? QCoreApplication::translate("cli", "offline, the model's failed")
                              : service::sectionStateName(b.state));
        if (!b.message.isEmpty())
            out() << ": " << b.message;
        out() << "\n";
    }
    if (report.classifiedLocally + report.classifiedByLlm > 0) {
        out() << QCoreApplication::translate("cli", "  classified: %1 by the local model, %2 by the LLM\n")
                     .arg(report.classifiedLocally)
                     .arg(report.classifiedByLlm);
    }
    out() << QCoreApplication::translate("cli", "%1 sections · %2 LLM calls · tokens in %3, out %4 · %5 s%6\n")
                 .arg(report.sections.size()).arg(report.llmCalls).arg(report.tokensIn).arg(report.tokensOut)
                 .arg(report.elapsedMs / 1000.0, 0, 'f', 1)
                 .arg(report.offline ? QCoreApplication::translate("cli", " · offline classifier and summariser") : QString());
}

} // namespace

int runDigest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Build (or reuse) a day's digest and write it."));
    addProfileOptions(parser);
    addDateOption(parser);
    addEditionOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("offline"), QCoreApplication::translate("cli", "Use the offline classifier and summariser.")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"), QCoreApplication::translate("cli", "Regenerate sections even when cached.")));
    parser.addOption(QCommandLineOption(QStringLiteral("export"), QCoreApplication::translate("cli", "Write the digest into <dir>."), QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("briefing"),
        QCoreApplication::translate(
            "cli", "Start the Markdown export with the day's briefing (HTML and JSON always have it).")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), QCoreApplication::translate("cli", "md (default, with the chart PNG), html or json."), QStringLiteral("format"), QStringLiteral("md")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    QString day;
    if (!requiredDay(parser, &day))
        return Usage;
    exporter::DigestExporter::Format format;
    if (!exporter::DigestExporter::formatFromName(parser.value(QStringLiteral("format")), &format)) {
        err() << QCoreApplication::translate("cli", "error: unknown format \"%1\" (md, html, json)\n").arg(parser.value(QStringLiteral("format")));
        return Usage;
    }
    auto context = openContext(parser);
    if (!context)
        return Failure;
    Edition edition;
    if (!editionOption(parser, context->profile().database(), &edition))
        return Usage;

    service::DigestBuildOptions options;
    options.edition = edition.id;
    options.offline = parser.isSet(QStringLiteral("offline"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (!options.offline) {
        bool ready = false;
        // Why the chosen provider cannot be used is said by the build's report.
        context->loadLlmClient([&](const QString &) { ready = true; });
        waitFor(ready);
        // The stored key belongs to another server than llm.base_url: no
        // request was sent, and none is (not even an offline fallback that
        // would hide the problem).
        if (context->keyRefused()) {
            err() << context->offlineReason() << "\n";
            return Failure;
        }
    }

    service::DigestService &digests = context->digests();
    bool done = false;
    service::DigestBuildReport report;
    QObject::connect(&digests, &service::DigestService::progress, [](const QString &stage, int, int) {
        err() << stage << "\n";
    });
    QObject::connect(&digests, &service::DigestService::finished, [&](const service::DigestBuildReport &r) {
        report = r;
        done = true;
    });
    digests.build(day, options);
    waitFor(done);
    context->writer().flush();
    // The local model's own news (rebuilt from the shipped weights, examples dropped).
    if (service::ProfileClassifier *classifier = context->classifier()) {
        if (const QString note = classifier->lastMessage(); !note.isEmpty())
            err() << QCoreApplication::translate("cli", "note: %1\n").arg(note);
    }

    if (!report.error.isEmpty() && report.sections.isEmpty()) {
        err() << QCoreApplication::translate("cli", "error: %1\n").arg(report.error);
        return Failure;
    }
    if (edition.id == editions::kNewsId)
        out() << QCoreApplication::translate("cli", "Digest for %1:\n").arg(day);
    else
        out() << QCoreApplication::translate("cli", "%1 digest for %2:\n").arg(edition.name, day);
    printReport(report);
    for (const DigestLeftOut &left : std::as_const(report.leftOut))
        out() << QCoreApplication::translate("cli", "  %n article(s) left out: %1\n", nullptr, left.count).arg(left.reason);
    // The provider the settings chose was not used (no key, a failed request…): which, why, what to do.
    printLlmUse(report.llm);
    if (!report.error.isEmpty())
        err() << QCoreApplication::translate("cli", "warning: %1\n").arg(report.error);

    int status = Ok;
    for (const service::SectionStatus &s : std::as_const(report.sections))
        status = s.state == service::SectionStatus::State::Failed ? Failure : status;
    if (parser.isSet(QStringLiteral("export"))) {
        const Digest digest = service::DigestReader::load(context->profile(), day, edition.id);
        const exporter::ExportResult written =
            exporter::DigestExporter::exportDay(digest, parser.value(QStringLiteral("export")), format,
                                                exporter::ExportOptions{parser.isSet(QStringLiteral("briefing"))});
        for (const QString &f : written.files)
            out() << QCoreApplication::translate("cli", "wrote %1\n").arg(f);
        if (!written.ok) {
            err() << QCoreApplication::translate("cli", "error: %1\n").arg(written.error);
            return Failure;
        }
        for (const QString &w : written.warnings)
            err() << QCoreApplication::translate("cli", "warning: %1\n").arg(w);
    }
    return status;
}

} // namespace cli
