#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace cli {

int runConfig(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Read and write settings."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | get KEY | set KEY VALUE"));
    if (!parse(parser, args))
        return notParsedStatus(parser);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    const int expected = action == QLatin1String("list") ? 1 : action == QLatin1String("get") ? 2 : 3;
    if (action != QLatin1String("list") && action != QLatin1String("get") && action != QLatin1String("set")) {
        err() << QCoreApplication::translate("cli", "error: unknown action \"%1\" (list, get, set)\n").arg(action);
        return Usage;
    }
    if (pos.size() != expected && !(action == QLatin1String("list") && pos.isEmpty())) {
        err() << QCoreApplication::translate("cli", "usage: daily-insights config list | get KEY | set KEY VALUE\n");
        return Usage;
    }
    auto context = openContext(parser, action == QLatin1String("set") ? service::Profile::Access::Write
                                                                       : service::Profile::Access::ReadOnly);
    if (!context)
        return Failure;
    Settings &settings = context->profile().settings();

    if (action == QLatin1String("list")) {
        for (const SettingDefinition &d : Settings::definitions()) {
            out() << d.name << " = " << settings.text(d.key) << "\n";
            out() << "    " << d.help;
            if (!d.choices.isEmpty())
                out() << " [" << d.choices.join(QLatin1Char('|')) << "]";
            out() << "\n";
        }
        return Ok;
    }
    const SettingDefinition *d = Settings::find(pos.at(1));
    if (!d) {
        err() << QCoreApplication::translate("cli", "error: unknown setting \"%1\" (see `daily-insights config list`)\n")
                     .arg(pos.at(1));
        return Usage;
    }
    if (action == QLatin1String("get")) {
        out() << settings.text(d->key) << "\n";
        return Ok;
    }
    QString error;
    if (!settings.setFromText(d->name, pos.at(2), &error)) {
        err() << QCoreApplication::translate("cli", "error: %1\n").arg(error);
        return Usage;
    }
    out() << d->name << " = " << settings.text(d->key) << "\n";
    return Ok;
}

} // namespace cli
