// Process-level tests of the command line: help, version, usage errors,
// config and categories, each against a temporary profile.

#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <unistd.h>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

const QStringList kCommands = {QStringLiteral("refresh"), QStringLiteral("sources"), QStringLiteral("articles"),
                               QStringLiteral("categories"), QStringLiteral("digest"), QStringLiteral("config"),
                               QStringLiteral("key"), QStringLiteral("import-digest"), QStringLiteral("editions")};

struct CategoryRow
{
    int position = 0;
    QString key;
    QString title; // "<emoji> <name>"
    QString color;
};

QList<CategoryRow> categories(CliEnv &env)
{
    const CliResult r = env.run({QStringLiteral("categories"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    QList<CategoryRow> rows;
    for (const QString &line : r.stdoutLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        EXPECT_GE(f.size(), 4) << line.toStdString();
        if (f.size() >= 4)
            rows.append({f[0].toInt(), f[1], f[2], f[3]});
    }
    return rows;
}

int indexOfKey(const QList<CategoryRow> &rows, const QString &key)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].key == key)
            return i;
    }
    return -1;
}

} // namespace

TEST(CliBasics, HelpListsEveryCommand)
{
    CliEnv env;
    const CliResult r = env.runBare({QStringLiteral("--help")});
    ASSERT_TRUE(r.finished) << r.describe().toStdString();
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.stdoutText().startsWith(QLatin1String("Usage: daily-insights"))) << r.describe().toStdString();
    for (const QString &c : kCommands)
        EXPECT_TRUE(r.stdoutText().contains(QRegularExpression(QStringLiteral("\\n  %1 ").arg(c))))
            << c.toStdString();
    // The window's options are listed too (--ui-language was missing).
    for (const char *option : {"--profile DIR", "--demo", "--ui-language LANG", "--version"})
        EXPECT_TRUE(r.stdoutText().contains(QLatin1String(option))) << option;
    // A command's own help names its options.
    const CliResult digest = env.runBare({QStringLiteral("digest"), QStringLiteral("--help")});
    EXPECT_EQ(digest.exitCode, 0) << digest.describe().toStdString();
    for (const char *option : {"--date", "--offline", "--export", "--format", "--profile"})
        EXPECT_TRUE(digest.stdoutText().contains(QLatin1String(option))) << option;
}

TEST(CliBasics, VersionPrintsNameAndVersion)
{
    CliEnv env;
    const CliResult r = env.runBare({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    EXPECT_EQ(r.stdoutText(), QStringLiteral("daily-insights " DI_VERSION "\n"));
}

TEST(CliBasics, EveryCommandPrintsItsVersion)
{
    CliEnv env;
    for (const QString &c : kCommands + QStringList{QStringLiteral("extract")}) {
        const CliResult r = env.runBare({c, QStringLiteral("--version")});
        EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
        EXPECT_EQ(r.stdoutText(), QStringLiteral("daily-insights " DI_VERSION "\n")) << c.toStdString();
        EXPECT_EQ(r.stderrText(), QString()) << c.toStdString();
    }
}

// Under cron and systemd timers XDG_RUNTIME_DIR is unset; Qt used to warn
// about it on stderr for every command.
TEST(CliBasics, HeadlessCommandsPrintOnlyTheirOwnOutputWithoutARuntimeDir)
{
    CliEnv env;
    env.unsetEnv(QStringLiteral("XDG_RUNTIME_DIR"));
    const QString tmp = env.makeDir(QStringLiteral("tmp"));
    env.setEnv(QStringLiteral("TMPDIR"), tmp);
    for (const QStringList &args : {QStringList{QStringLiteral("config"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("sources"), QStringLiteral("list")}}) {
        const CliResult r = env.run(args);
        ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
        EXPECT_EQ(r.stderrText(), QString()) << args.join(QLatin1Char(' ')).toStdString();
    }
    // The private folder Qt would have picked, made by us without a word.
    const QFileInfo runtime(QDir(tmp).filePath(QStringLiteral("runtime-%1").arg(::geteuid())));
    if (!QFileInfo(QStringLiteral("/run/user/%1").arg(::geteuid())).isDir()) {
        ASSERT_TRUE(runtime.isDir());
        EXPECT_EQ(runtime.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                           | QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
                  QFile::Permissions());
    }
}

TEST(CliBasics, UnknownCommandIsAUsageError)
{
    CliEnv env;
    const CliResult r = env.run({QStringLiteral("frobnicate")});
    ASSERT_TRUE(r.finished) << r.describe().toStdString();
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.stderrText().contains(QLatin1String("unknown command \"frobnicate\""))) << r.describe().toStdString();
    EXPECT_TRUE(r.stdoutText().isEmpty());
    // A bad option or a bad date is a usage error too.
    EXPECT_EQ(env.run({QStringLiteral("articles"), QStringLiteral("--no-such-option")}).exitCode, 2);
    const CliResult date = env.run({QStringLiteral("articles"), QStringLiteral("--date"), QStringLiteral("2026-13-40")});
    EXPECT_EQ(date.exitCode, 2);
    EXPECT_TRUE(date.stderrText().contains(QLatin1String("YYYY-MM-DD"))) << date.describe().toStdString();
}

TEST(CliConfig, ListGetSetRoundTrip)
{
    CliEnv env;
    const CliResult list = env.run({QStringLiteral("config"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.describe().toStdString();
    for (const char *key : {"llm.provider = none", "llm.base_url = ", "llm.model = ", "llm.output_language = ko",
                            "llm.timeout_s = 120", "general.time_zone = ", "fetch.timeout_s = 30",
                            "fetch.max_concurrent = 6", "fetch.max_per_host = 2"})
        EXPECT_TRUE(list.stdoutText().contains(QLatin1String(key))) << key;

    const CliResult get = env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("llm.output_language")});
    EXPECT_EQ(get.exitCode, 0);
    EXPECT_EQ(get.stdoutText(), QStringLiteral("ko\n"));

    const CliResult set = env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.output_language"),
                                   QStringLiteral("en")});
    EXPECT_EQ(set.exitCode, 0) << set.describe().toStdString();
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("llm.output_language")}).stdoutText(),
              QStringLiteral("en\n"));
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("fetch.timeout_s"),
                       QStringLiteral("45")}).exitCode, 0);
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("fetch.timeout_s")}).stdoutText(),
              QStringLiteral("45\n"));
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("general.time_zone"),
                       QStringLiteral("Asia/Seoul")}).exitCode, 0);
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("general.time_zone")}).stdoutText(),
              QStringLiteral("Asia/Seoul\n"));
}

TEST(CliConfig, UnknownKeyAndBadValuesAreRefusedClearly)
{
    CliEnv env;
    const auto set = [&](const char *key, const char *value) {
        return env.run({QStringLiteral("config"), QStringLiteral("set"), QString::fromUtf8(key), QString::fromUtf8(value)});
    };
    const CliResult unknownGet = env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("llm.colour")});
    EXPECT_NE(unknownGet.exitCode, 0);
    EXPECT_TRUE(unknownGet.stderrText().contains(QLatin1String("unknown setting \"llm.colour\"")))
        << unknownGet.describe().toStdString();

    const CliResult unknownSet = set("no.such.key", "1");
    EXPECT_NE(unknownSet.exitCode, 0);
    EXPECT_TRUE(unknownSet.stderrText().contains(QLatin1String("unknown setting \"no.such.key\"")))
        << unknownSet.describe().toStdString();

    struct Bad { const char *key; const char *value; const char *says; };
    const Bad bad[] = {
        {"fetch.timeout_s", "abc", "expected a number, got \"abc\""},
        {"fetch.timeout_s", "0", "must be between 1 and 600"},
        {"fetch.timeout_s", "2.5", "expected a whole number"},
        {"llm.provider", "skynet", "must be one of none, openai, anthropic, gemini"},
        {"llm.output_language", "fr", "must be one of"},
        {"general.refresh_on_start", "maybe", "expected true or false"},
        {"general.time_zone", "Mars/Olympus", "unknown time zone \"Mars/Olympus\""},
    };
    for (const Bad &b : bad) {
        const CliResult r = set(b.key, b.value);
        EXPECT_NE(r.exitCode, 0) << b.key << " " << b.value;
        EXPECT_TRUE(r.stderrText().contains(QString::fromUtf8(b.key))) << r.describe().toStdString();
        EXPECT_TRUE(r.stderrText().contains(QString::fromUtf8(b.says))) << r.describe().toStdString();
    }
    // Nothing bad was stored.
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("fetch.timeout_s")}).stdoutText(),
              QStringLiteral("30\n"));
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("llm.provider")}).stdoutText(),
              QStringLiteral("none\n"));
    // A missing value is a usage error.
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.model")}).exitCode, 2);
}

TEST(CliCategories, ListAddEditMoveRemove)
{
    CliEnv env;
    const QList<CategoryRow> initial = categories(env);
    ASSERT_GE(initial.size(), 8);
    for (int i = 0; i < initial.size(); ++i)
        EXPECT_EQ(initial[i].position, i + 1);
    EXPECT_GE(indexOfKey(initial, QStringLiteral("business")), 0);

    const CliResult add = env.run({QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("Quantum ML"),
                                   QStringLiteral("--emoji"), QStringLiteral("🧿"), QStringLiteral("--color"),
                                   QStringLiteral("#123456"), QStringLiteral("--keywords"), QStringLiteral("qubit, 양자")});
    ASSERT_EQ(add.exitCode, 0) << add.describe().toStdString();
    QList<CategoryRow> rows = categories(env);
    ASSERT_EQ(rows.size(), initial.size() + 1);
    EXPECT_EQ(rows.last().key, QStringLiteral("quantum-ml"));
    EXPECT_EQ(rows.last().title, QStringLiteral("🧿 Quantum ML"));
    EXPECT_EQ(rows.last().color, QStringLiteral("#123456"));

    const CliResult again = env.run({QStringLiteral("categories"), QStringLiteral("add"), QStringLiteral("Quantum ML")});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.stderrText().contains(QLatin1String("exists"))) << again.describe().toStdString();
    EXPECT_EQ(categories(env).size(), rows.size());

    const CliResult badColour = env.run({QStringLiteral("categories"), QStringLiteral("edit"), QStringLiteral("quantum-ml"),
                                         QStringLiteral("--color"), QStringLiteral("not-a-colour")});
    EXPECT_NE(badColour.exitCode, 0);
    EXPECT_TRUE(badColour.stderrText().contains(QLatin1String("not-a-colour"))) << badColour.describe().toStdString();

    const CliResult edit = env.run({QStringLiteral("categories"), QStringLiteral("edit"), QStringLiteral("quantum-ml"),
                                    QStringLiteral("--name"), QStringLiteral("Quantum computing"), QStringLiteral("--color"),
                                    QStringLiteral("#abcdef")});
    ASSERT_EQ(edit.exitCode, 0) << edit.describe().toStdString();
    rows = categories(env);
    EXPECT_EQ(rows.last().key, QStringLiteral("quantum-ml")); // the key is stable
    EXPECT_EQ(rows.last().title, QStringLiteral("🧿 Quantum computing"));
    EXPECT_EQ(rows.last().color, QStringLiteral("#abcdef"));

    const CliResult move = env.run({QStringLiteral("categories"), QStringLiteral("move"), QStringLiteral("quantum-ml"),
                                    QStringLiteral("1")});
    ASSERT_EQ(move.exitCode, 0) << move.describe().toStdString();
    rows = categories(env);
    ASSERT_EQ(rows.size(), initial.size() + 1);
    EXPECT_EQ(rows.first().key, QStringLiteral("quantum-ml"));
    for (int i = 0; i < initial.size(); ++i) // the others keep their order, one down
        EXPECT_EQ(rows[i + 1].key, initial[i].key);
    for (int i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].position, i + 1);
    EXPECT_EQ(env.run({QStringLiteral("categories"), QStringLiteral("move"), QStringLiteral("quantum-ml"),
                       QStringLiteral("0")}).exitCode, 2);

    const CliResult remove = env.run({QStringLiteral("categories"), QStringLiteral("remove"), QStringLiteral("quantum-ml")});
    ASSERT_EQ(remove.exitCode, 0) << remove.describe().toStdString();
    rows = categories(env);
    ASSERT_EQ(rows.size(), initial.size());
    for (int i = 0; i < initial.size(); ++i)
        EXPECT_EQ(rows[i].key, initial[i].key);

    const CliResult missing = env.run({QStringLiteral("categories"), QStringLiteral("remove"), QStringLiteral("quantum-ml")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.stderrText().contains(QLatin1String("no category \"quantum-ml\""))) << missing.describe().toStdString();
}
