#include "SearchProfile.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SourceStore.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace clitest {

const char *const kQuokkaBenchmark = "Quokka benchmark for speech";
const char *const kQuokkaPolicy = "Quokka policy brief for regulators";
const char *const kTinyModel = "Loopback lab trains a tiny language model";
const char *const kRobotArms = "Robot arms near the bench";
const char *const kKoreanModel = "삼성, 언어모델의 성능을 높이다";
const char *const kZephyrine = "🚀 The 🛰️ zephyrine stage flew";

QString quokkaReport(int day)
{
    return QStringLiteral("Quokka field report %1").arg(day);
}

namespace {

struct Item
{
    QString title;
    QString link;
    int day; // of 2026-11
    QString description;
};

QByteArray rss(const QString &channel, const QList<Item> &items)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>%1"
                                 "</title><link>http://127.0.0.1/</link>\n")
                      .arg(channel);
    for (const Item &i : items)
        xml += QStringLiteral("<item><title>%1</title><link>%2</link><guid>%2</guid>"
                              "<pubDate>%3 Nov 2026 09:00:00 +0000</pubDate><description>%4</description></item>\n")
                   .arg(i.title.toHtmlEscaped(), i.link)
                   .arg(i.day)
                   .arg(i.description.toHtmlEscaped());
    return (xml + QStringLiteral("</channel></rss>\n")).toUtf8();
}

QList<Item> wireA()
{
    QList<Item> items;
    for (int day = 14; day <= 20; ++day)
        items.append({quokkaReport(day), QStringLiteral("https://a.example/report-%1").arg(day), day,
                      QStringLiteral("Notes from the quokka colony, day %1.").arg(day)});
    items.append({QString::fromUtf8(kTinyModel), QStringLiteral("https://a.example/tiny-model"), 20,
                  QStringLiteral("A small LLM trained on a laptop.")});
    items.append({QString::fromUtf8(kRobotArms), QStringLiteral("https://a.example/robot-arms"), 16,
                  QStringLiteral("A robot arm near the bench picks fruit.")});
    items.append({QString::fromUtf8(kKoreanModel), QStringLiteral("https://a.example/ko-model"), 19,
                  QString::fromUtf8("새 언어모델의 한국어 성능이 올랐다.")});
    items.append({QString::fromUtf8(kZephyrine), QStringLiteral("https://a.example/zephyrine"), 18,
                  QString::fromUtf8("🚀🛰️ The zephyrine stage flew twice.")});
    return items;
}

QList<Item> wireB()
{
    return {{QString::fromUtf8(kQuokkaBenchmark), QStringLiteral("https://b.example/speech-bench"), 17,
             QStringLiteral("Speech data recorded near quokka burrows.")}};
}

// Files one field report under Robotics (the article exists: the import
// classifies it) and a new policy brief under AI safety & policy, each
// section with a summary that mentions quokkas.
const char kDigest[] = R"(# Daily Artificial Intelligence Insights : News

## 🤖 Robotics

**요약:**

Field work on quokka colonies continued with new grippers.

**출처:**

 - Quokka field report 16 (https://a.example/report-16)

## ⚖️ AI safety & policy

**요약:**

Regulators read the quokka brief and asked for audits.

**출처:**

 - Quokka policy brief for regulators (https://c.example/policy)
)";

} // namespace

QString buildSearchProfile(CliEnv &env)
{
    TestHttpServer server;
    EXPECT_TRUE(server.isListening());
    const TestHttpHeaders type{{"Content-Type", "application/rss+xml; charset=utf-8"}};
    const QByteArray a = rss(QStringLiteral("Wire A"), wireA());
    const QByteArray b = rss(QStringLiteral("Wire B"), wireB());
    server.route("/a.xml", [&](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, a, type); });
    server.route("/b.xml", [&](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, b, type); });

    QStringList refresh{QStringLiteral("refresh")};
    for (const auto &[path, title] : {std::pair{"/a.xml", "Wire A"}, std::pair{"/b.xml", "Wire B"}}) {
        const QString url = server.url(QString::fromLatin1(path)).toString();
        const CliResult added = env.run({QStringLiteral("sources"), QStringLiteral("add"), url,
                                         QStringLiteral("--title"), QString::fromLatin1(title)});
        EXPECT_EQ(added.exitCode, 0) << added.describe().toStdString();
        refresh << QStringLiteral("--source") << url;
    }
    const CliResult refreshed = env.run(refresh);
    EXPECT_EQ(refreshed.exitCode, 0) << refreshed.describe().toStdString();
    EXPECT_TRUE(refreshed.stdoutText().contains(QLatin1String("2 sources, 0 failed, 12 new articles")))
        << refreshed.describe().toStdString();

    const QString digest = QDir(env.makeDir(QStringLiteral("seeds"))).filePath(QStringLiteral("digest-2026-11-15.md"));
    QFile file(digest);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kDigest);
    file.close();
    const CliResult imported = env.run({QStringLiteral("import-digest"), digest});
    EXPECT_EQ(imported.exitCode, 0) << imported.describe().toStdString();
    if (::testing::Test::HasFailure())
        return QString();
    return server.url(QStringLiteral("/b.xml")).toString();
}

QJsonObject searchJson(CliEnv &env, const QStringList &args)
{
    // The options first: `args` may hold "--" before a query that starts with "-".
    const CliResult r = env.runBare(
        QStringList{QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--profile"), env.profile()} +
        args);
    EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.describe().toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                     << r.describe().toStdString();
    EXPECT_EQ(doc.object().value(QLatin1String("schema_version")).toInt(), 1) << r.describe().toStdString();
    return doc.object();
}

QStringList titlesOf(const QJsonArray &hits)
{
    QStringList titles;
    for (const QJsonValue &v : hits)
        titles.append(v.toObject().value(QLatin1String("title")).toString());
    return titles;
}

QStringList daysOf(const QJsonArray &hits)
{
    QStringList days;
    for (const QJsonValue &v : hits)
        days.append(v.toObject().value(QLatin1String("day")).toString());
    return days;
}

void markArticle(const CliEnv &env, qint64 articleId, bool starred, bool read)
{
    const QString connection = QStringLiteral("search-test-marks");
    {
        const storage::Database::OpenResult opened =
            storage::Database::open(connection, QDir(env.profile()).filePath(QStringLiteral("daily-insights.sqlite")));
        ASSERT_TRUE(opened.ok) << opened.error.toStdString();
        storage::ArticleStore store(storage::Database::connection(connection), QTimeZone::utc());
        EXPECT_TRUE(store.setStarred(articleId, starred));
        EXPECT_TRUE(store.setRead(articleId, read));
    }
    storage::Database::close(connection);
}

qint64 sourceId(const CliEnv &env, const QString &url)
{
    const QString connection = QStringLiteral("search-test-sources");
    qint64 id = 0;
    {
        const storage::Database::OpenResult opened =
            storage::Database::open(connection, QDir(env.profile()).filePath(QStringLiteral("daily-insights.sqlite")));
        EXPECT_TRUE(opened.ok) << opened.error.toStdString();
        if (opened.ok)
            id = storage::SourceStore(storage::Database::connection(connection)).byUrl(url).id;
    }
    storage::Database::close(connection);
    return id;
}

} // namespace clitest
