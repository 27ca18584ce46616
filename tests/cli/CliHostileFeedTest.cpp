// Issue 8, items 3 and 4, end to end: a feed served by a local server
// carries javascript:/data:/file: links and terminal escape sequences in
// its titles; after `refresh`, neither `articles --json` nor the plain
// `articles` listing offers a non-http(s) URL or prints a control character.

#include "CliRunner.h"
#include "support/TestHttpServer.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using clitest::CliEnv;
using clitest::CliResult;

namespace {

// ESC, the 8-bit CSI (U+009B), BEL and DEL: what would drive a terminal.
QByteArray hostileFeed()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rss version=\"2.0\"><channel><title>Hostile \x1b[2J feed</title>\n"
        "<item><title>Script link</title><link>javascript:alert(1)</link><guid>h-1</guid>"
        "<pubDate>Fri, 20 Nov 2026 09:00:00 +0000</pubDate></item>\n"
        "<item><title>Data link</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link>"
        "<guid>h-2</guid><pubDate>Fri, 20 Nov 2026 09:10:00 +0000</pubDate></item>\n"
        "<item><title>File link</title><link>file:///etc/passwd</link><guid>h-3</guid>"
        "<pubDate>Fri, 20 Nov 2026 09:20:00 +0000</pubDate></item>\n"
        "<item><title>Escape &amp;#27;[31mred&amp;#x9b;&#127; title</title>"
        "<link>https://h.example/escape</link>"
        "<pubDate>Fri, 20 Nov 2026 09:30:00 +0000</pubDate></item>\n"
        "</channel></rss>\n");
}

// The same through JSON Feed, where the controls arrive raw.
QByteArray hostileJsonFeed()
{
    return QByteArrayLiteral(
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Json \\u001b[2J\","
        " \"items\": [{\"id\": \"j-1\", \"url\": \"javascript:alert(2)\", \"title\": \"Json script\","
        " \"date_published\": \"2026-11-20T10:00:00Z\"},"
        " {\"id\": \"j-2\", \"url\": \"https://j.example/ok\","
        " \"title\": \"Json \\u001b]0;owned\\u0007 \\u009b31m title\\nnext\","
        " \"date_published\": \"2026-11-20T10:10:00Z\"}]}");
}

bool hasControl(const QString &text, bool allowNewline)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowNewline && (u == u'\n' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

} // namespace

TEST(CliHostileFeed, ArticlesOfferOnlyWebUrlsAndNoControlCharacters)
{
    TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.route("/hostile.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, hostileFeed(), {{"Content-Type", "application/rss+xml; charset=utf-8"}});
    });
    server.route("/hostile.json", [](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, hostileJsonFeed(), {{"Content-Type", "application/feed+json"}});
    });

    CliEnv env;
    QStringList args{QStringLiteral("refresh")};
    for (const char *path : {"/hostile.xml", "/hostile.json"}) {
        const QString url = server.url(QString::fromLatin1(path)).toString();
        const CliResult add = env.run({QStringLiteral("sources"), QStringLiteral("add"), url});
        ASSERT_EQ(add.exitCode, 0) << add.describe().toStdString();
        args << QStringLiteral("--source") << url;
    }
    const CliResult refresh = env.run(args);
    ASSERT_TRUE(refresh.finished) << refresh.describe().toStdString();
    ASSERT_EQ(refresh.exitCode, 0) << refresh.describe().toStdString();
    EXPECT_TRUE(refresh.stdoutText().contains(QLatin1String("6 new articles"))) << refresh.describe().toStdString();
    EXPECT_FALSE(refresh.out.contains('\x1b')) << "feed titles reach the refresh table";

    const CliResult json = env.run(
        {QStringLiteral("articles"), QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.describe().toStdString();
    QJsonParseError error;
    const QJsonArray articles = QJsonDocument::fromJson(json.out, &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_EQ(articles.size(), 6) << json.describe().toStdString();
    QHash<QString, QString> urlByTitle;
    for (const QJsonValue &v : articles) {
        const QJsonObject a = v.toObject();
        const QString url = a.value(QLatin1String("url")).toString();
        const QString title = a.value(QLatin1String("title")).toString();
        EXPECT_TRUE(url.isEmpty() || url.startsWith(QLatin1String("https://")) ||
                    url.startsWith(QLatin1String("http://")))
            << title.toStdString() << ": " << url.toStdString();
        EXPECT_FALSE(hasControl(title, false)) << title.toStdString();
        EXPECT_FALSE(hasControl(a.value(QLatin1String("source")).toString(), false));
        urlByTitle.insert(title, url);
    }
    EXPECT_EQ(urlByTitle.value(QStringLiteral("Script link"), QStringLiteral("?")), QString());
    EXPECT_EQ(urlByTitle.value(QStringLiteral("Data link"), QStringLiteral("?")), QString());
    EXPECT_EQ(urlByTitle.value(QStringLiteral("File link"), QStringLiteral("?")), QString());
    EXPECT_EQ(urlByTitle.value(QStringLiteral("Json script"), QStringLiteral("?")), QString());
    EXPECT_EQ(urlByTitle.value(QStringLiteral("Escape [31mred\u203A title")),
              QStringLiteral("https://h.example/escape"));
    EXPECT_EQ(urlByTitle.value(QStringLiteral("Json ]0;owned 31m title next")), QStringLiteral("https://j.example/ok"))
        << QStringList(urlByTitle.keys()).join(QLatin1Char('|')).toStdString();

    // The plain listing goes straight to a terminal: one line per article,
    // tab-separated, nothing else.
    const CliResult plain =
        env.run({QStringLiteral("articles"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    ASSERT_EQ(plain.exitCode, 0) << plain.describe().toStdString();
    EXPECT_FALSE(hasControl(plain.stdoutText(), true)) << plain.describe().toStdString();
    EXPECT_EQ(plain.stdoutLines().size(), 6) << plain.describe().toStdString();
    for (const char *scheme : {"javascript:", "data:", "file:"})
        EXPECT_FALSE(plain.stdoutText().contains(QLatin1String(scheme))) << scheme;
}

TEST(CliHostileFeed, FeedOverALimitIsStoredAndReportedPartlyParsed)
{
    // A 3,000-character title and a 10,001st item: what fits is stored and
    // the refresh table says why the source is partial.
    QByteArray items;
    for (int i = 0; i < 10'001; ++i)
        items += "<item><title>" + (i == 0 ? QByteArray(3000, 'T') : "Item " + QByteArray::number(i)) +
                 "</title><link>https://p.example/" + QByteArray::number(i) +
                 "</link><pubDate>Fri, 20 Nov 2026 09:00:00 +0000</pubDate></item>\n";
    const QByteArray feed =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Long</title>\n" + items + "</channel></rss>\n";
    TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.route("/long.xml", [feed](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, feed, {{"Content-Type", "application/rss+xml"}});
    });
    CliEnv env;
    const QString url = server.url(QStringLiteral("/long.xml")).toString();
    ASSERT_EQ(env.run({QStringLiteral("sources"), QStringLiteral("add"), url, QStringLiteral("--title"),
                       QStringLiteral("Long feed")})
                  .exitCode,
              0);
    const CliResult refresh = env.run({QStringLiteral("refresh"), QStringLiteral("--source"), url});
    ASSERT_TRUE(refresh.finished) << refresh.describe().toStdString();
    EXPECT_EQ(refresh.exitCode, 0) << refresh.describe().toStdString();
    QString line;
    for (const QString &l : refresh.stdoutLines())
        if (l.startsWith(QLatin1String("Long feed ")))
            line = l.simplified();
    EXPECT_TRUE(line.startsWith(QLatin1String("Long feed partly parsed 10000 partly parsed: "))) << line.toStdString();
    EXPECT_TRUE(line.contains(QLatin1String("1 item(s) past the limit of 10000 per feed were dropped")))
        << line.toStdString();
    EXPECT_TRUE(line.contains(QLatin1String("1 text field(s) were cut at their size limit"))) << line.toStdString();

    const CliResult json = env.run(
        {QStringLiteral("articles"), QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--json")});
    const QJsonArray articles = QJsonDocument::fromJson(json.out).array();
    ASSERT_EQ(articles.size(), 10'000);
    bool sawLong = false;
    for (const QJsonValue &v : articles) {
        const QString title = v.toObject().value(QLatin1String("title")).toString();
        EXPECT_LE(title.size(), 2048);
        sawLong |= title == QString(2048, QLatin1Char('T'));
    }
    EXPECT_TRUE(sawLong);
}
