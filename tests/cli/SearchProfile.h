#pragma once

// A profile for the `search` tests, built through the real executable:
// two local feeds refreshed from an in-process server (articles over
// 2026-11-14..20, Korean and emoji titles) and a seed digest imported on
// top (categories, section summaries).

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>

namespace clitest {

// Titles in the profile.
QString quokkaReport(int day);             // "Quokka field report <day>", day 14..20 of 2026-11, source Wire A
extern const char *const kQuokkaBenchmark; // 2026-11-17, source Wire B
extern const char *const kQuokkaPolicy;    // imported into 2026-11-15, category "safety", no source
extern const char *const kTinyModel;       // 2026-11-20
extern const char *const kRobotArms;       // 2026-11-16: "robot", "arms", "near"
extern const char *const kKoreanModel;     // 2026-11-19: "언어모델의"
extern const char *const kZephyrine;       // 2026-11-18: astral emoji before "zephyrine"
constexpr int kQuokkaArticles = 9;         // 7 reports, the benchmark and the policy brief

// Builds the profile in `env`; returns the URL of Wire B's feed (its
// source) or an empty string after a failed assertion.
QString buildSearchProfile(CliEnv &env);

// `search --json --profile P <args>`: asserts exit 0, valid JSON and schema_version 1.
QJsonObject searchJson(CliEnv &env, const QStringList &args);
QStringList titlesOf(const QJsonArray &hits);
QStringList daysOf(const QJsonArray &hits);

// For comparisons that print readably when they fail (a PrintTo for Qt
// types here would clash with the printers other suites instantiate).
inline std::string str(const QString &s)
{
    return s.toStdString();
}
inline std::string str(const QStringList &l)
{
    return l.join(QLatin1String(" | ")).toStdString();
}

// Marks articles read or starred directly in the profile's database
// (no command does it yet); the child must not be running.
void markArticle(const CliEnv &env, qint64 articleId, bool starred, bool read);
// The id of the source with this feed URL (0 when there is none).
qint64 sourceId(const CliEnv &env, const QString &url);

} // namespace clitest
