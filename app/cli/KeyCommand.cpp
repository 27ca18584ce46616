#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "llm/LlmClient.h"
#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/LlmSettings.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cli {

namespace {

// Reads one line from stdin; no echo when stdin is a terminal.
QString readSecretLine()
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err() << QCoreApplication::translate("cli", "API key: ");
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const QString line = QString::fromUtf8(in.readLine()).trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << "\n";
    }
    return line;
}

} // namespace

int runKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Manage the LLM API key in the OS keychain. `set` reads the key from standard input and binds it "
        "to the origin of llm.base_url; for another origin the command line refuses (the window asks). "
        "DAILY_INSIGHTS_API_KEY, when "
        "set, is used for whatever llm.base_url says."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set | status | delete"));
    parser.addOption(QCommandLineOption(QStringLiteral("provider"),
        QCoreApplication::translate("cli", "Provider whose key to manage (default: llm.provider)."), QStringLiteral("name")));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("set") && action != QLatin1String("status") && action != QLatin1String("delete")) {
        err() << QCoreApplication::translate("cli", "usage: daily-insights key set | status | delete\n");
        return Usage;
    }
    auto context = openContext(parser, service::Profile::Access::ReadOnly);
    if (!context)
        return Failure;
    QString provider = parser.value(QStringLiteral("provider"));
    if (provider.isEmpty())
        provider = context->profile().settings().string(SettingKey::Provider);
    llm::Provider p;
    if (!llm::providerFromName(provider, &p)) {
        err() << QCoreApplication::translate("cli", "error: no LLM provider chosen; run `daily-insights config set "
                                                    "llm.provider openai|anthropic|gemini` or pass --provider\n");
        return Usage;
    }
    // The key is bound to the server it is meant for: the configured base
    // URL when this is the configured provider, else the provider's own.
    llm::Config config;
    if (!service::llmConfigFromSettings(context->profile().settings(), &config) || config.provider != p) {
        config = llm::Config();
        config.provider = p;
    }
    const QString origin = service::requestOrigin(config);
    service::ApiKeyStore keys(context->secretStore());
    secrets::SecretStore &store = context->secretStore();
    bool done = false;
    int status = Ok;
    using S = secrets::SecretStore::Status;

    if (action == QLatin1String("set")) {
        const QString key = readSecretLine();
        if (key.isEmpty()) {
            err() << QCoreApplication::translate("cli", "error: no key on standard input\n");
            return Usage;
        }
        keys.store(provider, key, origin, [&](S s, const QString &error) {
            if (s == S::Ok)
                out() << QCoreApplication::translate("cli", "The %1 API key is stored in the OS keychain, for %2 only.\n")
                             .arg(provider, origin);
            else
                err() << QCoreApplication::translate("cli", "error: %1\n").arg(error), status = Failure;
            done = true;
        });
    } else if (action == QLatin1String("status")) {
        if (!secrets::apiKeyFromEnvironment().isEmpty())
            out() << QCoreApplication::translate("cli", "DAILY_INSIGHTS_API_KEY is set and overrides the keychain.\n");
        store.read(secrets::apiKeyEntry(provider), [&](const secrets::SecretStore::ReadResult &r) {
            if (r.status == S::Ok && !r.fromEnvironment) {
                // Say which server the key is for (read after this job, never inside it).
                store.read(secrets::apiKeyOriginEntry(provider), [&](const secrets::SecretStore::ReadResult &o) {
                    const QString boundTo = o.status == S::Ok ? o.secret
                                                              : service::originOf(llm::defaultBaseUrl(p));
                    out() << QCoreApplication::translate("cli", "A %1 API key is stored, for %2.\n").arg(provider, boundTo);
                    if (boundTo != origin)
                        out() << QCoreApplication::translate("cli", "llm.base_url points to %1: the key is not sent "
                                                                    "there until `key set` stores one for it.\n")
                                     .arg(origin);
                    done = true;
                });
                return;
            }
            if (r.status == S::Ok)
                out() << QCoreApplication::translate("cli", "A %1 API key is stored.\n").arg(provider);
            else if (r.status == S::NotFound)
                out() << QCoreApplication::translate("cli", "No %1 API key is stored.\n").arg(provider), status = Failure;
            else
                err() << QCoreApplication::translate("cli", "error: %1\n").arg(r.error), status = Failure;
            done = true;
        });
    } else {
        keys.remove(provider, [&](S s, const QString &error) {
            if (s == S::Ok || s == S::NotFound)
                out() << QCoreApplication::translate("cli", "The %1 API key was deleted.\n").arg(provider);
            else
                err() << QCoreApplication::translate("cli", "error: %1\n").arg(error), status = Failure;
            done = true;
        });
    }
    waitFor(done);
    return status;
}

} // namespace cli
