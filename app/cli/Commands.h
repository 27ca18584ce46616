#pragma once

#include <QStringList>

// One function per sub-command; `args[0]` is the command name.
namespace cli {

int runRefresh(const QStringList &args);
int runSources(const QStringList &args);
int runArticles(const QStringList &args);
int runCategories(const QStringList &args);
int runEditions(const QStringList &args);
int runDigest(const QStringList &args);
int runConfig(const QStringList &args);
int runKey(const QStringList &args);
int runImportDigest(const QStringList &args);
int runExtract(const QStringList &args);
int runSearch(const QStringList &args);

} // namespace cli
