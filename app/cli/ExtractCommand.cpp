#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "html/HtmlLimits.h"
#include "html/ReadabilityExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
// Raised when a field of `extract --json` changes meaning or goes away.
constexpr int kExtractSchemaVersion = 1;
} // namespace

// daily-insights extract FILE.html [--url URL] [--json]: the reader's
// extraction of a saved page, without a profile.
int runExtract(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Extract the main content of a saved web page as the reader shows it."));
    addProfileOptions(parser); // accepted for uniformity; extract uses no profile
    parser.addOption(
        QCommandLineOption(QStringLiteral("url"),
                           QCoreApplication::translate("cli", "The page's address: relative links resolve against it."),
                           QStringLiteral("url")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print JSON (with the sanitised html).")));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("FILE.html"));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << QCoreApplication::translate("cli", "usage: daily-insights extract FILE.html [--url URL] [--json]\n");
        return Usage;
    }
    QUrl url;
    if (parser.isSet(QStringLiteral("url"))) {
        url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            err() << QCoreApplication::translate("cli", "error: --url needs an http(s) address, got \"%1\"\n")
                         .arg(parser.value(QStringLiteral("url")));
            return Usage;
        }
    }

    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("cli", "error: cannot read %1: %2\n").arg(path, file.errorString());
        return Failure;
    }
    // One byte over the cap is enough for the extractor to refuse the page.
    const QByteArray page = file.read(html::HtmlLimits::maxPageBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        err() << QCoreApplication::translate("cli", "error: cannot read %1: %2\n").arg(path, file.errorString());
        return Failure;
    }

    const html::Extraction e = html::extractArticle(page, url);
    if (!e.ok) {
        err() << QCoreApplication::translate("cli", "error: %1: %2\n").arg(path, e.error);
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("schema_version"), kExtractSchemaVersion},
                            {QStringLiteral("title"), e.title},
                            {QStringLiteral("byline"), e.byline},
                            {QStringLiteral("excerpt"), e.excerpt},
                            {QStringLiteral("siteName"), e.siteName},
                            {QStringLiteral("wordCount"), e.wordCount},
                            {QStringLiteral("text"), e.text},
                            {QStringLiteral("html"), e.html}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << QCoreApplication::translate("cli", "Title: %1\n").arg(e.title);
    if (!e.byline.isEmpty())
        out() << QCoreApplication::translate("cli", "Byline: %1\n").arg(e.byline);
    if (!e.siteName.isEmpty())
        out() << QCoreApplication::translate("cli", "Site: %1\n").arg(e.siteName);
    if (!e.excerpt.isEmpty())
        out() << QCoreApplication::translate("cli", "Excerpt: %1\n").arg(e.excerpt);
    out() << QCoreApplication::translate("cli", "Words: %1\n").arg(e.wordCount) << "\n" << e.text << "\n";
    return Ok;
}

} // namespace cli
