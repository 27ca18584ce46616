// `search`: usage errors, its help and its documentation (man page, bash
// completion), and the snippet formatting it prints.

#include "CliRunner.h"
#include "SearchProfile.h"
#include "support/TestPaths.h"

#include "cli/SearchOutput.h"
#include "search/SearchQuery.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

using clitest::CliEnv;
using clitest::CliResult;
using clitest::str;
namespace so = cli::searchoutput;

namespace {

// The options `daily-insights search --help` lists, without the ones every command has.
QSet<QString> searchOptions(CliEnv &env)
{
    const CliResult help = env.runBare({QStringLiteral("search"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.describe().toStdString();
    QSet<QString> options;
    const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[a-z-]+)"), QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help.stdoutText()); it.hasNext();)
        options.insert(it.next().captured(1));
    for (const char *common : {"--profile", "--demo", "--help", "--help-all", "--version"})
        options.remove(QString::fromLatin1(common));
    return options;
}

QString sourceFile(const QString &relative)
{
    return QString::fromUtf8(testpaths::readAll(testpaths::fixture(QStringLiteral("../../")) + relative));
}

QString marked(const char16_t *text)
{
    return QString::fromUtf16(text)
        .replace(u'{', QChar(search::SearchHit::kOpen))
        .replace(u'}', QChar(search::SearchHit::kClose));
}

} // namespace

TEST(CliSearchUsage, BadArgumentsAreUsageErrorsWithAClearMessage)
{
    CliEnv env;
    struct Case
    {
        QStringList args;
        const char *says;
    };
    const QList<Case> cases = {
        {{}, "needs a query"},
        {{QStringLiteral("   ")}, "needs a query"},
        {{QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("2026-13-01")},
         "--from expects a date as YYYY-MM-DD"},
        {{QStringLiteral("x"), QStringLiteral("--to"), QStringLiteral("yesterday")},
         "--to expects a date as YYYY-MM-DD"},
        {{QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("2026-1-5")}, "YYYY-MM-DD"},
        {{QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("2026-11-20"), QStringLiteral("--to"),
          QStringLiteral("2026-11-19")},
         "--from 2026-11-20 is after --to 2026-11-19"},
        {{QStringLiteral("x"), QStringLiteral("--sort"), QStringLiteral("oldest")}, "--sort is relevance or newest"},
        {{QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")},
         "--limit is a whole number from 1 to 1000"},
        {{QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("ten")}, "--limit is a whole number"},
        {{QStringLiteral("x"), QStringLiteral("--page"), QStringLiteral("0")}, "--page is a whole number"},
        {{QStringLiteral("x"), QStringLiteral("--offset"), QStringLiteral("-1")}, "--offset is a whole number"},
        {{QStringLiteral("x"), QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--offset"),
          QStringLiteral("5")},
         "--page or --offset, not both"},
        {{QStringLiteral("x"), QStringLiteral("--page"), QStringLiteral("2147483647"), QStringLiteral("--limit"),
          QStringLiteral("1000")},
         "out of range"},
        {{QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("no-such-category")},
         "no category \"no-such-category\""},
        {{QStringLiteral("x"), QStringLiteral("--source"), QStringLiteral("https://nowhere.example/feed.xml")},
         "no source \"https://nowhere.example/feed.xml\""},
        {{QStringLiteral("x"), QStringLiteral("--source"), QStringLiteral("987654")}, "no source \"987654\""},
        {{QStringLiteral("x"), QStringLiteral("--frm"), QStringLiteral("2026-11-01")}, "Unknown option"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = env.run(QStringList{QStringLiteral("search")} + c.args);
        ASSERT_TRUE(r.finished) << r.describe().toStdString();
        EXPECT_EQ(r.exitCode, 2) << r.describe().toStdString();
        EXPECT_TRUE(r.stderrText().contains(QString::fromUtf8(c.says))) << r.describe().toStdString();
        EXPECT_EQ(str(r.stdoutText()), "");
    }
}

TEST(CliSearchUsage, HelpAndVersion)
{
    CliEnv env;
    const CliResult help = env.runBare({QStringLiteral("--help")});
    EXPECT_TRUE(help.stdoutText().contains(QRegularExpression(QStringLiteral("\\n  search "))))
        << help.describe().toStdString();
    const QSet<QString> options = searchOptions(env);
    const QSet<QString> expected{
        QStringLiteral("--from"),   QStringLiteral("--to"),           QStringLiteral("--category"),
        QStringLiteral("--source"), QStringLiteral("--starred"),      QStringLiteral("--unread"),
        QStringLiteral("--sort"),   QStringLiteral("--limit"),        QStringLiteral("--page"),
        QStringLiteral("--offset"), QStringLiteral("--no-summaries"), QStringLiteral("--json"),
        QStringLiteral("--edition")};
    EXPECT_EQ(options, expected) << str(options.values());
    const CliResult version = env.runBare({QStringLiteral("search"), QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(str(version.stdoutText()), "daily-insights " DI_VERSION "\n");
}

// The man page and the bash completion know the command and every option its --help lists.
TEST(CliSearchUsage, ManPageAndCompletionDocumentEveryOption)
{
    CliEnv env;
    const QSet<QString> options = searchOptions(env);
    ASSERT_FALSE(options.isEmpty());
    const QString man = sourceFile(QStringLiteral("resources/man/daily-insights.1"));
    const QString completion = sourceFile(QStringLiteral("resources/completion/daily-insights.bash"));
    ASSERT_FALSE(man.isEmpty());
    ASSERT_FALSE(completion.isEmpty());
    const qsizetype section = man.indexOf(QLatin1String(".SS \"search "));
    ASSERT_GE(section, 0) << "the man page has a search section";
    const QString manSearch = man.mid(section, man.indexOf(QLatin1String("\n.SS "), section + 1) - section);
    const QRegularExpression completionLine(QStringLiteral("\\n\\s*search\\)\\s*options=\"([^\"]*)\""));
    const QRegularExpressionMatch line = completionLine.match(completion);
    ASSERT_TRUE(line.hasMatch()) << "the completion has a search case";
    const QStringList completed = line.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    EXPECT_TRUE(completion.contains(QRegularExpression(QStringLiteral("local commands=\"[^\"]*\\bsearch\\b"))));
    for (const QString &o : options) {
        QString inMan = o;
        inMan.replace(QLatin1Char('-'), QLatin1String("\\-"));
        EXPECT_TRUE(manSearch.contains(inMan)) << o.toStdString() << " in the man page";
        EXPECT_TRUE(completed.contains(o)) << o.toStdString() << " in the completion";
    }
}

TEST(SearchOutput, UnmarkGivesPlainTextAndRangesInCodePoints)
{
    const so::MarkedText t = so::unmark(marked(u"🚀 a {model} and {모델}의"));
    EXPECT_EQ(str(t.text), "🚀 a model and 모델의");
    // The rocket is two UTF-16 units but one code point.
    EXPECT_EQ(t.matches, (QList<QPair<int, int>>{{4, 5}, {14, 2}}));
}

TEST(SearchOutput, UnmarkToleratesUnbalancedMarkers)
{
    // A stray close is dropped, a nested open counts once, an open without a close runs to the end.
    EXPECT_EQ(so::unmark(marked(u"a} {b {c} d {e")).matches, (QList<QPair<int, int>>{{2, 3}, {8, 1}}));
    EXPECT_EQ(str(so::unmark(marked(u"a} {b {c} d {e")).text), "a b c d e");
    EXPECT_TRUE(so::unmark(marked(u"{}x{}")).matches.isEmpty());
}

TEST(SearchOutput, TerminalTextDropsControlsAndBidiOverrides)
{
    const QString hostile = QString::fromUtf16(u"Title\x1b[31m red\x07\tand\nnext\u202Egnp.exe\u0085  end ");
    EXPECT_EQ(str(so::terminalText(hostile)), "Title[31m red and nextgnp.exe end");
    EXPECT_EQ(str(so::highlighted(marked(u"x {y\x1b]2;t\x07} z"), QStringLiteral("<"), QStringLiteral(">"))),
              "x <y]2;t> z");
    EXPECT_EQ(str(so::highlighted(marked(u"{open"), QStringLiteral("<"), QStringLiteral(">"))), "<open>");
}
