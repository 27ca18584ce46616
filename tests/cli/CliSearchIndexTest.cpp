// `search` on a profile made before the schema-6 index: while another
// process holds the profile the results may miss older articles and stderr
// says so; once the profile is free, `search` finishes the index first.

#include "CliRunner.h"
#include "SearchProfile.h"

#include "storage/ProfileLock.h"
#include "support/Schema5Profile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace clitest;

namespace {

constexpr int kOldArticles = 120;

// The profile's database as schema 5 left it, with `count` old articles.
void makeVersion5Profile(const QString &profileDir, int count)
{
    ASSERT_TRUE(QDir().mkpath(profileDir));
    testsupport::makeSchema5Database(QDir(profileDir).filePath(QStringLiteral("daily-insights.sqlite")), count);
}

} // namespace

TEST(CliSearchIndex, AMigratedProfileIsNotedWhileInUseAndFinishedWhenFree)
{
    CliEnv env;
    makeVersion5Profile(env.profile(), kOldArticles);
    if (::testing::Test::HasFatalFailure())
        return;
    const QStringList query{QStringLiteral("search"), QStringLiteral("robot"), QStringLiteral("--limit"),
                            QStringLiteral("1000"), QStringLiteral("--json")};
    {
        // Another process (this test) holds the profile: search what is indexed, and say what is missing.
        storage::ProfileLock lock(env.profile());
        QString error;
        ASSERT_TRUE(lock.tryLock(&error)) << error.toStdString();
        const CliResult r = env.run(query);
        ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        EXPECT_LT(o.value(QLatin1String("index_percent")).toInt(100), 100) << r.describe().toStdString();
        EXPECT_LT(o.value(QLatin1String("articles")).toArray().size(), kOldArticles) << r.describe().toStdString();
        EXPECT_TRUE(r.stderrText().contains(QLatin1String("% built; older articles may be missing")))
            << r.describe().toStdString();
        EXPECT_TRUE(r.stderrText().contains(QLatin1String("is using this profile"))) << r.describe().toStdString();
    }
    // The profile is free: the search builds the rest of the index first and finds every article.
    const CliResult r = env.run(query);
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QLatin1String("index_percent")).toInt(), 100) << r.describe().toStdString();
    EXPECT_EQ(o.value(QLatin1String("articles")).toArray().size(), kOldArticles);
    EXPECT_FALSE(o.value(QLatin1String("more")).toBool());
    EXPECT_EQ(str(r.stderrText()), "") << "stderr is not a terminal: no progress line, and nothing is missing";
    // The index stays built, and the search left the profile free.
    const CliResult again = env.run(query);
    EXPECT_EQ(QJsonDocument::fromJson(again.out).object().value(QLatin1String("index_percent")).toInt(), 100);
    storage::ProfileLock lock(env.profile());
    QString error;
    EXPECT_TRUE(lock.tryLock(&error)) << error.toStdString();
}

TEST(CliSearchIndex, RefreshFinishesTheIndexOfAMigratedProfile)
{
    CliEnv env;
    makeVersion5Profile(env.profile(), kOldArticles);
    if (::testing::Test::HasFatalFailure())
        return;
    const CliResult refresh = env.run({QStringLiteral("refresh")}); // no sources: nothing to fetch
    EXPECT_FALSE(refresh.stderrText().contains(QLatin1String("search index could not be built")))
        << refresh.describe().toStdString();
    // With the profile held, search only reads: the index is already whole.
    storage::ProfileLock lock(env.profile());
    QString error;
    ASSERT_TRUE(lock.tryLock(&error)) << error.toStdString();
    const CliResult r = env.run({QStringLiteral("search"), QStringLiteral("robot"), QStringLiteral("--limit"),
                                 QStringLiteral("1000"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QLatin1String("index_percent")).toInt(), 100) << r.describe().toStdString();
    EXPECT_EQ(o.value(QLatin1String("articles")).toArray().size(), kOldArticles);
    EXPECT_FALSE(r.stderrText().contains(QLatin1String("older articles may be missing")));
}
