// `refresh` and `articles` through the real executable: the bundled demo
// feeds, feeds served by an in-process HTTP server, and the profile lock.

#include "CliRunner.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

const TestHttpHeaders kRss{{"Content-Type", "application/rss+xml; charset=utf-8"}};
const TestHttpHeaders kAtom{{"Content-Type", "application/atom+xml"}};

QByteArray rssFeed()
{
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local A</title><link>http://127.0.0.1/</link>
<item><title>Loopback lab trains a tiny language model</title><link>https://a.example/tiny-model</link>
<guid>https://a.example/tiny-model</guid><pubDate>Fri, 20 Nov 2026 09:00:00 +0000</pubDate>
<description>A small LLM trained on a laptop.</description></item>
<item><title>Second item about robot arms</title><link>https://a.example/robot-arms</link>
<pubDate>Fri, 20 Nov 2026 11:30:00 +0000</pubDate><description>Robots.</description></item>
</channel></rss>)");
}

QByteArray atomFeed()
{
    return QByteArrayLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Local B</title><id>urn:local-b</id>
<updated>2026-11-20T12:00:00Z</updated>
<entry><title>Atom entry on speech synthesis</title><id>urn:local-b:1</id>
<link href="https://b.example/speech"/><updated>2026-11-20T12:00:00Z</updated>
<summary>Voices.</summary></entry></feed>)");
}

QStringList titlesOf(const QJsonArray &articles)
{
    QStringList titles;
    for (const QJsonValue &v : articles)
        titles.append(v.toObject().value(QLatin1String("title")).toString());
    return titles;
}

QJsonArray articlesJson(CliEnv &env, const QString &day)
{
    const CliResult r = env.run({QStringLiteral("articles"), QStringLiteral("--date"), day, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    for (const QJsonValue &v : doc.array())
        EXPECT_EQ(v.toObject().value(QLatin1String("schema_version")).toInt(), 1);
    return doc.array();
}

// The table line for a source: "<title padded>  <result>  <new>  <detail>".
QString tableLine(const CliResult &r, const QString &title)
{
    for (const QString &line : r.stdoutLines()) {
        if (line.startsWith(title + QLatin1Char(' ')))
            return line;
    }
    return QString();
}

void addSource(CliEnv &env, const QUrl &url, const QString &title)
{
    const CliResult r = env.run({QStringLiteral("sources"), QStringLiteral("add"), url.toString(), QStringLiteral("--title"), title});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
}

} // namespace

TEST(CliRefresh, DemoThenArticlesJson)
{
    CliEnv env;
    const CliResult refresh = env.run({QStringLiteral("refresh"), QStringLiteral("--demo")});
    ASSERT_TRUE(refresh.finished) << refresh.describe().toStdString();
    ASSERT_EQ(refresh.exitCode, 0) << refresh.describe().toStdString();
    EXPECT_TRUE(refresh.stdoutText().contains(QLatin1String(", 0 failed,"))) << refresh.describe().toStdString();
    // stderr is a pipe here, as under a systemd timer: no progress line, nothing for healthy sources.
    EXPECT_FALSE(refresh.stderrText().contains(QLatin1Char('\r'))) << refresh.describe().toStdString();
    EXPECT_FALSE(refresh.stderrText().contains(QLatin1String("failed:"))) << refresh.describe().toStdString();

    const QJsonArray articles = articlesJson(env, QStringLiteral("2026-11-20"));
    ASSERT_GE(articles.size(), 5);
    QSet<qint64> ids;
    for (const QJsonValue &v : articles) {
        ASSERT_TRUE(v.isObject());
        const QJsonObject a = v.toObject();
        for (const char *field : {"id", "title", "url", "source", "published"})
            EXPECT_TRUE(a.contains(QLatin1String(field))) << field;
        EXPECT_TRUE(a.value(QLatin1String("id")).isDouble());
        ids.insert(a.value(QLatin1String("id")).toInteger());
        EXPECT_FALSE(a.value(QLatin1String("title")).toString().isEmpty());
        EXPECT_TRUE(a.value(QLatin1String("url")).toString().startsWith(QLatin1String("http")));
        EXPECT_FALSE(a.value(QLatin1String("source")).toString().isEmpty());
        const QDateTime published = QDateTime::fromString(a.value(QLatin1String("published")).toString(), Qt::ISODate);
        ASSERT_TRUE(published.isValid());
        EXPECT_EQ(published.toUTC().date(), QDate(2026, 11, 20)) << "the child runs with TZ=UTC";
    }
    EXPECT_EQ(ids.size(), articles.size()) << "ids are unique";

    // Another day has other articles; a day with none prints an empty array.
    const QJsonArray other = articlesJson(env, QStringLiteral("2026-11-19"));
    EXPECT_FALSE(other.isEmpty());
    for (const QString &t : titlesOf(other))
        EXPECT_FALSE(titlesOf(articles).contains(t)) << t.toStdString();
    EXPECT_TRUE(articlesJson(env, QStringLiteral("2001-01-01")).isEmpty());

    // A second refresh stores nothing new.
    const CliResult again = env.run({QStringLiteral("refresh"), QStringLiteral("--demo")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.stdoutText().contains(QLatin1String(", 0 new articles"))) << again.describe().toStdString();
    EXPECT_EQ(articlesJson(env, QStringLiteral("2026-11-20")).size(), articles.size());
}

TEST(CliRefresh, OneFailingSourceAmongGoodOnesStillSucceeds)
{
    TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.route("/a.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, rssFeed(), kRss); });
    server.route("/b.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(200, atomFeed(), kAtom); });
    server.route("/gone.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404, "no such feed"); });

    CliEnv env;
    addSource(env, server.url(QStringLiteral("/a.xml")), QStringLiteral("Local A"));
    addSource(env, server.url(QStringLiteral("/b.xml")), QStringLiteral("Local B"));
    addSource(env, server.url(QStringLiteral("/gone.xml")), QStringLiteral("Local Gone"));

    QStringList args{QStringLiteral("refresh")};
    for (const char *p : {"/a.xml", "/b.xml", "/gone.xml"})
        args << QStringLiteral("--source") << server.url(QString::fromLatin1(p)).toString();
    const CliResult r = env.run(args);
    ASSERT_TRUE(r.finished) << r.describe().toStdString();
    EXPECT_EQ(r.exitCode, 0) << r.describe().toStdString();

    // The per-source table.
    ASSERT_FALSE(r.stdoutLines().isEmpty());
    const QStringList header = r.stdoutLines().first().simplified().split(QLatin1Char(' '));
    EXPECT_EQ(header, (QStringList{QStringLiteral("source"), QStringLiteral("result"), QStringLiteral("new"),
                                   QStringLiteral("detail")}));
    const QString a = tableLine(r, QStringLiteral("Local A")).simplified();
    const QString b = tableLine(r, QStringLiteral("Local B")).simplified();
    const QString gone = tableLine(r, QStringLiteral("Local Gone")).simplified();
    EXPECT_EQ(a, QStringLiteral("Local A ok 2")) << r.describe().toStdString();
    EXPECT_EQ(b, QStringLiteral("Local B ok 1")) << r.describe().toStdString();
    EXPECT_TRUE(gone.startsWith(QLatin1String("Local Gone failed 0 "))) << r.describe().toStdString();
    EXPECT_TRUE(gone.contains(QLatin1String("HTTP 404"))) << gone.toStdString();
    EXPECT_TRUE(r.stdoutText().contains(QLatin1String("3 sources, 1 failed, 3 new articles"))) << r.describe().toStdString();
    // For the journal: exactly one stderr line, for the failed source, with its reason.
    const QStringList errors = r.stderrText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(errors.size(), 1) << r.describe().toStdString();
    EXPECT_TRUE(errors.first().startsWith(QLatin1String("failed: Local Gone ("))) << errors.first().toStdString();
    EXPECT_TRUE(errors.first().contains(QLatin1String("HTTP 404"))) << errors.first().toStdString();

    // The child really fetched from us, as a feed reader.
    ASSERT_GE(server.requestCount(), 3);
    for (const TestHttpRequest &req : server.requests()) {
        EXPECT_EQ(req.method, QByteArray("GET"));
        EXPECT_TRUE(req.header("User-Agent").contains("daily-insights") || req.header("User-Agent").contains("Daily"))
            << req.header("User-Agent").constData();
    }

    const QStringList titles = titlesOf(articlesJson(env, QStringLiteral("2026-11-20")));
    EXPECT_EQ(titles.size(), 3);
    for (const char *t : {"Loopback lab trains a tiny language model", "Second item about robot arms",
                          "Atom entry on speech synthesis"})
        EXPECT_TRUE(titles.contains(QString::fromLatin1(t))) << t;

    // The failure is remembered on the source.
    const CliResult list = env.run({QStringLiteral("sources"), QStringLiteral("list")});
    bool sawError = false;
    for (const QString &line : list.stdoutLines())
        sawError |= line.contains(QLatin1String("/gone.xml")) && line.contains(QLatin1String("last error: HTTP 404"));
    EXPECT_TRUE(sawError) << list.describe().toStdString();
}

TEST(CliRefresh, EverySourceFailingExitsNonZero)
{
    TestHttpServer server;
    server.route("/gone.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404); });
    server.route("/page.html", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, "<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Not a feed</p></body></html>",
                  {{"Content-Type", "text/html"}});
    });
    server.route("/error.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(500); });

    CliEnv env;
    addSource(env, server.url(QStringLiteral("/gone.xml")), QStringLiteral("Gone"));
    addSource(env, server.url(QStringLiteral("/page.html")), QStringLiteral("Page"));
    addSource(env, server.url(QStringLiteral("/error.xml")), QStringLiteral("Broken server"));
    QStringList args{QStringLiteral("refresh")};
    for (const char *p : {"/gone.xml", "/page.html", "/error.xml"})
        args << QStringLiteral("--source") << server.url(QString::fromLatin1(p)).toString();
    const CliResult r = env.run(args);
    ASSERT_TRUE(r.finished) << r.describe().toStdString();
    EXPECT_EQ(r.exitCode, 1) << r.describe().toStdString();
    EXPECT_TRUE(tableLine(r, QStringLiteral("Gone")).contains(QLatin1String("HTTP 404"))) << r.describe().toStdString();
    EXPECT_TRUE(tableLine(r, QStringLiteral("Page")).contains(QLatin1String("HTML page"))) << r.describe().toStdString();
    EXPECT_TRUE(tableLine(r, QStringLiteral("Broken server")).contains(QLatin1String("failed")))
        << r.describe().toStdString();
    EXPECT_TRUE(r.stdoutText().contains(QLatin1String("3 sources, 3 failed, 0 new articles"))) << r.describe().toStdString();
}

TEST(CliRefresh, SecondProcessOnALockedProfileGetsAClearMessage)
{
    TestHttpServer server;
    int hangRequests = 0;
    // The first request hangs (the refresh holds the profile); Qt may resend
    // once after the connection is closed, and that one is refused.
    server.route("/hang.xml", [&hangRequests](const TestHttpRequest &, TestHttpResponder &res) {
        if (++hangRequests > 1)
            res.abort();
    });
    CliEnv env;
    addSource(env, server.url(QStringLiteral("/hang.xml")), QStringLiteral("Hanging"));

    QSignalSpy received(&server, &TestHttpServer::requestReceived);
    std::unique_ptr<QProcess> first =
        env.start({QStringLiteral("refresh"), QStringLiteral("--source"), server.url(QStringLiteral("/hang.xml")).toString()});
    ASSERT_TRUE(received.wait(20000)) << "the first refresh never asked for the feed";
    ASSERT_EQ(first->state(), QProcess::Running);

    for (const QStringList &args : {QStringList{QStringLiteral("refresh")}, QStringList{QStringLiteral("sources"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.model"), QStringLiteral("x")}}) {
        const CliResult second = env.run(args);
        ASSERT_TRUE(second.finished) << second.describe().toStdString();
        EXPECT_EQ(second.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(second.stderrText().contains(QStringLiteral("Another Daily Insights process (pid %1) is using this profile")
                                                     .arg(first->processId())))
            << second.describe().toStdString();
        EXPECT_TRUE(second.stdoutText().isEmpty());
    }
    // Reading needs no lock.
    EXPECT_EQ(env.run({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("llm.model")}).exitCode, 0);

    // Let the first one go: it fails its only source and releases the lock.
    server.closeAll();
    const CliResult firstResult = CliEnv::wait(*first);
    ASSERT_TRUE(firstResult.finished) << firstResult.describe().toStdString();
    EXPECT_EQ(firstResult.exitCode, 1) << firstResult.describe().toStdString();
    EXPECT_TRUE(firstResult.stdoutText().contains(QLatin1String("1 sources, 1 failed"))) << firstResult.describe().toStdString();
    const CliResult after = env.run({QStringLiteral("sources"), QStringLiteral("list")});
    EXPECT_EQ(after.exitCode, 0) << after.describe().toStdString();
}
