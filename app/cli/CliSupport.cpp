#include "cli/CliSupport.h"

#include "service/LlmUse.h"
#include "storage/EditionStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>

namespace cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addProfileOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("profile"),
        QCoreApplication::translate("cli", "Use the profile in <dir> (default: $DAILY_INSIGHTS_PROFILE, else the "
                                           "app-data folder)."), QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(QStringLiteral("demo"),
        QCoreApplication::translate("cli", "Use the bundled demo feeds (no network needed).")));
    parser.addHelpOption();
    parser.addVersionOption();
}

bool parse(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n";
        err().flush();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << " " << QCoreApplication::applicationVersion() << "\n";
        out().flush();
        return false;
    }
    return true;
}

int notParsedStatus(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")) ? Ok : Usage;
}

std::unique_ptr<service::AppContext> openContext(const QCommandLineParser &parser, service::Profile::Access access)
{
    auto context = std::make_unique<service::AppContext>();
    service::AppContext::Options options;
    options.profileDir = parser.value(QStringLiteral("profile"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.access = access;
    QString error;
    if (!context->open(options, &error)) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(error) << "\n";
        err().flush();
        return nullptr;
    }
    return context;
}

void addDateOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("date"),
        QCoreApplication::translate("cli", "The day, YYYY-MM-DD."), QStringLiteral("day")));
}

void addEditionOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("edition"),
        QCoreApplication::translate("cli", "The edition (default: news)."), QStringLiteral("key"),
        editions::kNewsKey));
}

bool editionOption(const QCommandLineParser &parser, QSqlDatabase db, Edition *edition)
{
    const QString key = parser.value(QStringLiteral("edition")).trimmed().toLower();
    storage::EditionStore store(db);
    *edition = store.byKey(key.isEmpty() ? editions::kNewsKey : key);
    if (edition->id != 0)
        return true;
    QStringList keys;
    for (const Edition &e : store.all())
        keys.append(e.key);
    err() << QCoreApplication::translate("cli", "error: there is no edition \"%1\"; this profile has: %2\n")
                 .arg(key, keys.join(QStringLiteral(", ")));
    return false;
}

namespace {

// YYYY-MM-DD, exactly; prints the error (naming `option` when given).
bool isoDay(const QString &text, const QString &option, QString *day)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        err() << (option.isEmpty()
                      ? QCoreApplication::translate("cli", "error: expected a date as YYYY-MM-DD, got \"%1\"").arg(text)
                      : QCoreApplication::translate("cli", "error: --%1 expects a date as YYYY-MM-DD, got \"%2\"")
                            .arg(option, text))
              << "\n";
        err().flush();
        return false;
    }
    *day = date.toString(Qt::ISODate);
    return true;
}

} // namespace

bool requiredDay(const QCommandLineParser &parser, QString *day)
{
    if (!parser.isSet(QStringLiteral("date"))) {
        err() << QCoreApplication::translate("cli", "error: --date YYYY-MM-DD is required\n");
        err().flush();
        return false;
    }
    return isoDay(parser.value(QStringLiteral("date")), QString(), day);
}

bool optionalDay(const QCommandLineParser &parser, const QString &option, QString *day)
{
    day->clear();
    return !parser.isSet(option) || isoDay(parser.value(option), option, day);
}

void waitFor(const bool &done)
{
    QEventLoop loop;
    while (!done)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}

void printLlmUse(const service::LlmUse &use)
{
    if (use.problem())
        err() << QCoreApplication::translate("cli", "warning: %1\n").arg(service::llmUseText(use)) << "  "
              << service::llmUseHint(use) << "\n";
}

} // namespace cli
