#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace cli {

bool isHeadlessInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (!a.startsWith('-'))
            return true; // a sub-command
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Daily AI-news digests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(arguments);
    return 0;
}

} // namespace cli
