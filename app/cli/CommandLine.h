#pragma once

#include <QStringList>

namespace cli {

// True when argv names a sub-command or a flag that runs without a window
// (--help, --version).
bool isHeadlessInvocation(int argc, char **argv);

// Runs a headless command; returns the process exit status.
int run(const QStringList &arguments);

} // namespace cli
