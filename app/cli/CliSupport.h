#pragma once

#include "model/Edition.h"
#include "service/AppContext.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace cli {

// Exit statuses shared by every command.
enum Exit { Ok = 0, Failure = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();

// Adds --profile, --demo, --help and --version, which every command accepts.
void addProfileOptions(QCommandLineParser &parser);

// Parses `args` (args[0] is the command name); prints the error and
// returns false on a usage error.
// --help and --version print their text and also return false.
bool parse(QCommandLineParser &parser, const QStringList &args);

// The exit status after parse() returned false: Ok for --help and
// --version, else Usage.
int notParsedStatus(const QCommandLineParser &parser);

// Opens the profile named by --profile/--demo; prints the error and returns
// null when it cannot be opened (locked, newer schema, unwritable...).
std::unique_ptr<service::AppContext> openContext(const QCommandLineParser &parser,
                                                 service::Profile::Access access = service::Profile::Access::Write);

// --date YYYY-MM-DD: the option, and its required value (an error is
// printed when it is missing or not a date).
void addDateOption(QCommandLineParser &parser);
bool requiredDay(const QCommandLineParser &parser, QString *day);
// An optional day option (`option` names it, e.g. "from"): `day` stays
// empty when it is not given; an error is printed when it is not a date.
bool optionalDay(const QCommandLineParser &parser, const QString &option, QString *day);

// --edition KEY (default "news", so that every older command line keeps
// working): the option, and the edition it names in the opened profile. An
// unknown key prints the error with the profile's editions and returns false.
void addEditionOption(QCommandLineParser &parser);
bool editionOption(const QCommandLineParser &parser, QSqlDatabase db, Edition *edition);

// Runs the event loop until `done` is set by a signal handler.
void waitFor(const bool &done);

// "warning: <which provider was not used and why>" and what to do, on stderr,
// when the provider the settings chose was not (fully) used; else nothing.
void printLlmUse(const service::LlmUse &use);

} // namespace cli
