// `search` through the real executable, on a profile refreshed from local
// feeds with a seed digest imported on top (SearchProfile).

#include "CliRunner.h"
#include "SearchProfile.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace clitest;

namespace {

class CliSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_wireB = buildSearchProfile(m_env);
        ASSERT_FALSE(m_wireB.isEmpty());
    }

    QJsonArray articles(const QStringList &args)
    {
        return searchJson(m_env, args).value(QLatin1String("articles")).toArray();
    }

    CliEnv m_env;
    QString m_wireB; // the feed URL of the source "Wire B"
};

QString codePoints(const QString &text, int start, int length)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, length);
}

// Every match range of a hit covers a word that starts with `word` (case-insensitive).
void expectMatchesCover(const QJsonObject &hit, const QString &word)
{
    const QString snippet = hit.value(QLatin1String("snippet")).toString();
    const QJsonArray matches = hit.value(QLatin1String("matches")).toArray();
    EXPECT_FALSE(matches.isEmpty()) << snippet.toStdString();
    const int length = int(snippet.toUcs4().size());
    for (const QJsonValue &m : matches) {
        const QJsonArray range = m.toArray();
        ASSERT_EQ(range.size(), 2);
        const int start = range.at(0).toInt(-1);
        const int count = range.at(1).toInt(-1);
        ASSERT_GE(start, 0);
        ASSERT_GT(count, 0);
        ASSERT_LE(start + count, length) << snippet.toStdString();
        const QString matched = codePoints(snippet, start, count);
        EXPECT_TRUE(matched.startsWith(word, Qt::CaseInsensitive) || word.startsWith(matched, Qt::CaseInsensitive))
            << "match \"" << matched.toStdString() << "\" in \"" << snippet.toStdString() << "\"";
    }
}

} // namespace

TEST_F(CliSearch, FindsAnArticleByATitleWordInTextWithTheMatchMarked)
{
    const CliResult r = m_env.run({QStringLiteral("search"), QStringLiteral("loopback")});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const QString out = r.stdoutText();
    EXPECT_TRUE(out.contains(QString::fromUtf8(kTinyModel))) << r.describe().toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("2026-11-20"))) << r.describe().toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("Wire A"))) << r.describe().toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("https://a.example/tiny-model"))) << r.describe().toStdString();
    // A pipe gets plain text: matches in guillemets, no control characters.
    EXPECT_TRUE(out.contains(QString::fromUtf8("«"))) << r.describe().toStdString();
    for (const char16_t c : {u'\x02', u'\x03', u'\x1b'})
        EXPECT_FALSE(out.contains(QChar(c))) << int(c);
    EXPECT_FALSE(out.contains(QLatin1String("more match"))) << "one hit: no next page";
    EXPECT_EQ(str(r.stderrText()), "");
}

TEST_F(CliSearch, JsonHasTheDocumentedShapeAndMatchRangesInCodePoints)
{
    const QJsonObject o = searchJson(m_env, {QStringLiteral("quokka")});
    for (const char *key : {"schema_version", "query", "filters", "summaries", "articles", "more", "index_percent"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(str(o.value(QLatin1String("query")).toString()), str(QStringLiteral("quokka")));
    EXPECT_EQ(o.value(QLatin1String("index_percent")).toInt(-1), 100) << "a new profile's index is complete";
    EXPECT_FALSE(o.value(QLatin1String("more")).toBool());
    const QJsonObject filters = o.value(QLatin1String("filters")).toObject();
    EXPECT_EQ(str(filters.value(QLatin1String("sort")).toString()), str(QStringLiteral("relevance")));
    EXPECT_EQ(filters.value(QLatin1String("limit")).toInt(), 50);
    EXPECT_EQ(filters.value(QLatin1String("offset")).toInt(-1), 0);
    EXPECT_TRUE(filters.value(QLatin1String("from")).isNull());

    const QJsonArray articles = o.value(QLatin1String("articles")).toArray();
    EXPECT_EQ(articles.size(), kQuokkaArticles);
    for (const QJsonValue &v : articles) {
        const QJsonObject a = v.toObject();
        for (const char *key : {"id", "day", "category", "category_key", "title", "source", "url", "snippet", "matches",
                                "starred", "read"})
            EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
        EXPECT_GT(a.value(QLatin1String("id")).toInteger(), 0);
        EXPECT_FALSE(a.value(QLatin1String("snippet")).toString().contains(QChar(u'\x02')));
        EXPECT_FALSE(a.value(QLatin1String("snippet")).toString().contains(QChar(u'\x03')));
        expectMatchesCover(a, QStringLiteral("quokka"));
    }
    // Summary hits: the two imported sections mention quokkas.
    const QJsonArray summaries = o.value(QLatin1String("summaries")).toArray();
    ASSERT_EQ(summaries.size(), 2);
    QSet<QString> keys;
    for (const QJsonValue &v : summaries) {
        keys.insert(v.toObject().value(QLatin1String("category_key")).toString());
        EXPECT_EQ(str(v.toObject().value(QLatin1String("day")).toString()), str(QStringLiteral("2026-11-15")));
        expectMatchesCover(v.toObject(), QStringLiteral("quokka"));
    }
    EXPECT_EQ(keys, (QSet<QString>{QStringLiteral("robotics"), QStringLiteral("safety")})) << str(keys.values());
    EXPECT_TRUE(searchJson(m_env, {QStringLiteral("quokka"), QStringLiteral("--no-summaries")})
                    .value(QLatin1String("summaries"))
                    .toArray()
                    .isEmpty());

    // The emoji before the match are one code point each (UTF-16 offsets would be off).
    const QJsonArray zephyrine = this->articles({QStringLiteral("zephyrine")});
    ASSERT_EQ(zephyrine.size(), 1);
    EXPECT_EQ(str(zephyrine.first().toObject().value(QLatin1String("title")).toString()),
              str(QString::fromUtf8(kZephyrine)));
    expectMatchesCover(zephyrine.first().toObject(), QStringLiteral("zephyrine"));
}

TEST_F(CliSearch, SummariesComeFirstAndAreMarked)
{
    const CliResult r = m_env.run({QStringLiteral("search"), QStringLiteral("regulators")});
    ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
    const QStringList lines = r.stdoutLines();
    ASSERT_FALSE(lines.isEmpty());
    // The safety summary ("Regulators read the quokka brief") first, then the brief itself.
    EXPECT_EQ(str(lines.first()), str(QStringLiteral("2026-11-15 · AI safety & policy · summary")))
        << r.describe().toStdString();
    EXPECT_TRUE(r.stdoutText().contains(QString::fromUtf8(kQuokkaPolicy))) << r.describe().toStdString();
    EXPECT_LT(r.stdoutText().indexOf(QLatin1String("· summary")),
              r.stdoutText().indexOf(QString::fromUtf8(kQuokkaPolicy)));
}

TEST_F(CliSearch, DateRangeCategoryAndSourceFilter)
{
    const QJsonArray range = articles({QStringLiteral("quokka"), QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                                       QStringLiteral("--to"), QStringLiteral("2026-11-18")});
    QStringList titles = titlesOf(range);
    titles.sort();
    EXPECT_EQ(str(titles), str(QStringList{QString::fromUtf8(kQuokkaBenchmark), quokkaReport(16), quokkaReport(17),
                                           quokkaReport(18)}));
    for (const QString &day : daysOf(range))
        EXPECT_TRUE(day >= QLatin1String("2026-11-16") && day <= QLatin1String("2026-11-18")) << day.toStdString();
    // One bound only; a one-day range.
    EXPECT_EQ(articles({QStringLiteral("quokka"), QStringLiteral("--from"), QStringLiteral("2026-11-20")}).size(), 1);
    EXPECT_EQ(
        titlesOf(articles({QStringLiteral("quokka"), QStringLiteral("--to"), QStringLiteral("2026-11-15")})).size(), 3)
        << "reports 14 and 15 and the brief imported into the 15th";
    EXPECT_EQ(titlesOf(articles({QStringLiteral("quokka"), QStringLiteral("--from"), QStringLiteral("2026-11-17"),
                                 QStringLiteral("--to"), QStringLiteral("2026-11-17")}))
                  .size(),
              2);

    // --category takes the key or the name.
    const QJsonObject safety =
        searchJson(m_env, {QStringLiteral("quokka"), QStringLiteral("--category"), QStringLiteral("safety")});
    EXPECT_EQ(str(titlesOf(safety.value(QLatin1String("articles")).toArray())),
              str(QStringList{QString::fromUtf8(kQuokkaPolicy)}));
    EXPECT_EQ(str(safety.value(QLatin1String("filters")).toObject().value(QLatin1String("category")).toString()),
              str(QStringLiteral("safety")));
    for (const QJsonValue &v : safety.value(QLatin1String("summaries")).toArray())
        EXPECT_EQ(str(v.toObject().value(QLatin1String("category_key")).toString()), str(QStringLiteral("safety")));
    const QJsonArray robotics =
        articles({QStringLiteral("quokka"), QStringLiteral("--category"), QStringLiteral("Robotics")});
    EXPECT_EQ(str(titlesOf(robotics)), str(QStringList{quokkaReport(16)}));
    EXPECT_EQ(str(robotics.first().toObject().value(QLatin1String("category_key")).toString()),
              str(QStringLiteral("robotics")));
    EXPECT_TRUE(articles({QStringLiteral("quokka"), QStringLiteral("--category"), QStringLiteral("audio")}).isEmpty());

    // --source takes the feed URL.
    const QJsonArray wireB = articles({QStringLiteral("quokka"), QStringLiteral("--source"), m_wireB});
    EXPECT_EQ(str(titlesOf(wireB)), str(QStringList{QString::fromUtf8(kQuokkaBenchmark)}));
    EXPECT_EQ(str(wireB.first().toObject().value(QLatin1String("source")).toString()), str(QStringLiteral("Wire B")));
    // ... or its id.
    const qint64 id = sourceId(m_env, m_wireB);
    ASSERT_GT(id, 0);
    EXPECT_EQ(str(titlesOf(articles({QStringLiteral("quokka"), QStringLiteral("--source"), QString::number(id)}))),
              str(QStringList{QString::fromUtf8(kQuokkaBenchmark)}));
}

TEST_F(CliSearch, StarredAndUnreadFilter)
{
    QHash<QString, qint64> ids;
    for (const QJsonValue &v : articles({QStringLiteral("quokka")}))
        ids.insert(v.toObject().value(QLatin1String("title")).toString(),
                   v.toObject().value(QLatin1String("id")).toInteger());
    ASSERT_TRUE(ids.contains(quokkaReport(18)) && ids.contains(quokkaReport(19)));
    markArticle(m_env, ids.value(quokkaReport(18)), /*starred=*/true, /*read=*/false);
    markArticle(m_env, ids.value(quokkaReport(19)), /*starred=*/false, /*read=*/true);

    const QJsonArray starred = articles({QStringLiteral("quokka"), QStringLiteral("--starred")});
    EXPECT_EQ(str(titlesOf(starred)), str(QStringList{quokkaReport(18)}));
    EXPECT_TRUE(starred.first().toObject().value(QLatin1String("starred")).toBool());
    const QStringList unread = titlesOf(articles({QStringLiteral("quokka"), QStringLiteral("--unread")}));
    EXPECT_EQ(unread.size(), kQuokkaArticles - 1);
    EXPECT_FALSE(unread.contains(quokkaReport(19)));
    EXPECT_TRUE(unread.contains(quokkaReport(18)));
    // The text output marks a starred article.
    const CliResult text = m_env.run({QStringLiteral("search"), QStringLiteral("quokka"), QStringLiteral("--starred")});
    EXPECT_TRUE(text.stdoutLines().value(0).endsWith(QString::fromUtf8(" · ★"))) << text.describe().toStdString();
}

TEST_F(CliSearch, NewestSortsByDayAndPagesDoNotOverlap)
{
    const QStringList base{QStringLiteral("quokka"),         QStringLiteral("--sort"),  QStringLiteral("newest"),
                           QStringLiteral("--no-summaries"), QStringLiteral("--limit"), QStringLiteral("4")};
    const QJsonObject first = searchJson(m_env, base);
    const QJsonObject second = searchJson(m_env, base + QStringList{QStringLiteral("--offset"), QStringLiteral("4")});
    const QJsonObject third = searchJson(m_env, base + QStringList{QStringLiteral("--offset"), QStringLiteral("8")});
    EXPECT_TRUE(first.value(QLatin1String("more")).toBool());
    EXPECT_EQ(first.value(QLatin1String("next_offset")).toInt(), 4);
    EXPECT_TRUE(second.value(QLatin1String("more")).toBool());
    EXPECT_FALSE(third.value(QLatin1String("more")).toBool());
    EXPECT_TRUE(third.value(QLatin1String("next_offset")).isNull());

    QStringList days;
    QSet<qint64> ids;
    int total = 0;
    for (const QJsonObject *page : {&first, &second, &third}) {
        const QJsonArray hits = page->value(QLatin1String("articles")).toArray();
        EXPECT_LE(hits.size(), 4);
        days += daysOf(hits);
        for (const QJsonValue &v : hits)
            ids.insert(v.toObject().value(QLatin1String("id")).toInteger());
        total += int(hits.size());
    }
    EXPECT_EQ(total, kQuokkaArticles);
    EXPECT_EQ(ids.size(), kQuokkaArticles) << "no article on two pages";
    ASSERT_FALSE(days.isEmpty());
    EXPECT_EQ(str(days.first()), str(QStringLiteral("2026-11-20")));
    for (int i = 1; i < days.size(); ++i)
        EXPECT_GE(days[i - 1], days[i]) << "newest first, across pages";

    // --page N is --offset (N-1)*limit; the text output names the next page.
    EXPECT_EQ(searchJson(m_env, base + QStringList{QStringLiteral("--page"), QStringLiteral("2")})
                  .value(QLatin1String("articles")),
              second.value(QLatin1String("articles")));
    const CliResult text = m_env.run(QStringList{QStringLiteral("search")} + base);
    EXPECT_TRUE(text.stdoutLines().value(text.stdoutLines().size() - 1).contains(QLatin1String("next: --offset 4")))
        << text.describe().toStdString();
    const CliResult paged = m_env.run(QStringList{QStringLiteral("search")} + base +
                                      QStringList{QStringLiteral("--page"), QStringLiteral("2")});
    EXPECT_TRUE(paged.stdoutText().contains(QLatin1String("next: --page 3"))) << paged.describe().toStdString();
    // Past the end: nothing, said on stderr, exit 0.
    const CliResult past = m_env.run(QStringList{QStringLiteral("search")} + base +
                                     QStringList{QStringLiteral("--offset"), QStringLiteral("100")});
    EXPECT_EQ(past.exitCode, 0);
    EXPECT_EQ(str(past.stdoutText()), "");
    EXPECT_TRUE(past.stderrText().contains(QLatin1String("No more results"))) << past.describe().toStdString();
}

// FTS5 would read these as syntax (a phrase, a prefix, NEAR, NOT, a column filter) and fail or
// change the meaning; the search takes them as plain text.
TEST_F(CliSearch, QuerySyntaxCharactersArePlainText)
{
    struct Case
    {
        const char *query;
        const char *finds;
    };
    const Case cases[] = {
        {"\"quokka", "Quokka field report 20"},
        {"quokka\"", "Quokka field report 20"},
        {"quokka*", "Quokka field report 20"},
        {"*", nullptr},
        {"NEAR(robot", kRobotArms},
        {"NEAR(robot arms)", kRobotArms},
        {"-robot", kRobotArms},
        {"robot -arms", kRobotArms},
        {"robot:", kRobotArms},
        {"title:robot", nullptr},
        {"robot OR AND NOT", nullptr},
        {"(", nullptr},
        {"{robot}", kRobotArms},
        {"robot AND arms OR", nullptr}, // "and" and "or" are words to find: no article has them
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.query);
        const CliResult r =
            m_env.runBare({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--profile"),
                           m_env.profile(), QStringLiteral("--"), QString::fromUtf8(c.query)});
        ASSERT_EQ(r.exitCode, 0) << r.describe().toStdString();
        EXPECT_FALSE(r.stderrText().contains(QLatin1String("error"))) << r.describe().toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        EXPECT_EQ(str(o.value(QLatin1String("query")).toString()), str(QString::fromUtf8(c.query)));
        if (c.finds) {
            EXPECT_TRUE(titlesOf(o.value(QLatin1String("articles")).toArray()).contains(QString::fromUtf8(c.finds)))
                << r.describe().toStdString();
        }
    }
    // "-robot" is not "without robot": the robot article is the hit.
    EXPECT_EQ(str(titlesOf(articles({QStringLiteral("--"), QStringLiteral("-robot")}))),
              str(QStringList{QString::fromUtf8(kRobotArms)}));
}

TEST_F(CliSearch, KoreanFindsAWordInsideACompoundWithAParticle)
{
    const QJsonArray hits = articles({QString::fromUtf8("모델")});
    ASSERT_EQ(str(titlesOf(hits)), str(QStringList{QString::fromUtf8(kKoreanModel)}));
    expectMatchesCover(hits.first().toObject(), QString::fromUtf8("모델"));
    EXPECT_EQ(str(titlesOf(articles({QString::fromUtf8("언어모델")}))),
              str(QStringList{QString::fromUtf8(kKoreanModel)}));
}
