#include "cli/CommandLine.h"

#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace cli {

namespace {

struct CommandEntry
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const CommandEntry kCommands[] = {
    {"refresh", QT_TRANSLATE_NOOP("cli", "Fetch the sources and store new articles; --digest then builds the days that got new ones"), runRefresh},
    {"sources", QT_TRANSLATE_NOOP("cli", "list | add URL | remove URL | set URL [--full-text off|on|auto] [--images on|off] | import FILE | export FILE"), runSources},
    {"articles", QT_TRANSLATE_NOOP("cli", "A day's articles: --date YYYY-MM-DD [--edition KEY] [--json]"), runArticles},
    {"search", QT_TRANSLATE_NOOP("cli", "Search every day: QUERY [--from D] [--to D] [--category KEY] [--sort newest] [--json]"), runSearch},
    {"categories", QT_TRANSLATE_NOOP("cli", "list | add | edit | remove | move [--edition KEY]"), runCategories},
    {"editions", QT_TRANSLATE_NOOP("cli", "list | add NAME | edit KEY | remove KEY: News, Papers and your own digests"), runEditions},
    {"digest", QT_TRANSLATE_NOOP("cli", "Build a day's digest: --date D [--edition KEY] [--offline] [--export DIR] [--format md|html|json]"), runDigest},
    {"config", QT_TRANSLATE_NOOP("cli", "list | get KEY | set KEY VALUE"), runConfig},
    {"key", QT_TRANSLATE_NOOP("cli", "set | status | delete: the LLM API key in the OS keychain"), runKey},
    {"import-digest", QT_TRANSLATE_NOOP("cli", "Import digests in the seed Markdown format: FILE.md..."), runImportDigest},
    {"extract", QT_TRANSLATE_NOOP("cli", "A saved page's article as the reader shows it: FILE.html [--url URL] [--json]"), runExtract},
};

QString usage()
{
    QString text = QCoreApplication::translate("cli", "Usage: daily-insights [command] [options]\n\n"
                                                      "Without a command the window opens.\n\nCommands:\n");
    for (const CommandEntry &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -14)
                    .arg(QCoreApplication::translate("cli", c.summary));
    text += QCoreApplication::translate(
        "cli", "\nOptions (before or after the command):\n"
               "  --profile DIR       Use the profile in DIR (default: $DAILY_INSIGHTS_PROFILE, else the app-data "
               "folder)\n"
               "  --demo              Use the bundled demo feeds (no network needed)\n"
               "  --ui-language LANG  The window's language: en or ko (default: the setting, else the system's)\n"
               "  -h, --help          Show this help\n"
               "  -v, --version       Show the version\n"
               "\nRun `daily-insights COMMAND --help` for a command's options.\n");
    return text;
}

} // namespace

bool isHeadlessInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        // The window's options that take a value: skip the value.
        if (a == "--profile" || a == "--screenshot" || a == "--ui-language") {
            ++i; // skip the option's value
            continue;
        }
        if (!a.startsWith('-'))
            return true; // a sub-command
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    // Global options may precede the command: move them behind it.
    QStringList leading;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out() << QCoreApplication::applicationName() << " " << QCoreApplication::applicationVersion() << "\n";
            return Ok;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--help-all")) {
            out() << usage();
            return Ok;
        }
        leading << a;
        if (a == QLatin1String("--profile") && !args.isEmpty())
            leading << args.takeFirst();
    }
    if (args.isEmpty()) {
        err() << usage();
        return Usage;
    }
    const QString name = args.first();
    for (const CommandEntry &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            QStringList commandArgs{QStringLiteral("daily-insights ") + name};
            commandArgs << leading << args.mid(1);
            const int status = c.run(commandArgs);
            out().flush();
            err().flush();
            return status;
        }
    }
    err() << QCoreApplication::translate("cli", "error: unknown command \"%1\"\n\n").arg(name) << usage();
    return Usage;
}

} // namespace cli
