// What a word finds: Korean compounds and particles, words inside longer
// English tokens, prefixes, and query syntax as plain text.
#include "SearchFixture.h"

#include "search/MatchExpression.h"

using namespace searchtest;
using L = QList<qint64>;

class Matching : public SearchFixture
{
};

TEST_F(Matching, KoreanWordsAreFoundInsideCompoundsAndBeforeParticles)
{
    const qint64 compound = add(QStringLiteral("초거대 언어모델의 성능 비교"));
    const qint64 particle = add(QStringLiteral("반도체를 수출하는 기업들"));
    const qint64 alone = add(QStringLiteral("모델 경량화 기법"));
    const qint64 other = add(QStringLiteral("데이터센터 전력 수요"));

    EXPECT_EQ(ids(QStringLiteral("모델")), (L{alone, compound}));
    EXPECT_EQ(ids(QStringLiteral("언어모델")), L{compound});
    EXPECT_EQ(ids(QStringLiteral("모델의")), L{compound});
    EXPECT_EQ(ids(QStringLiteral("델의")), L{compound}); // any substring
    EXPECT_EQ(ids(QStringLiteral("반도체")), L{particle});
    EXPECT_EQ(ids(QStringLiteral("데이터")), L{other});
    EXPECT_EQ(ids(QStringLiteral("모")), (L{alone, compound})); // one syllable: where a pair starts
    EXPECT_EQ(ids(QStringLiteral("델")), L{compound});          // 델의, not the last of 모델
    EXPECT_TRUE(ids(QStringLiteral("모델을")).isEmpty());          // not a substring
    EXPECT_TRUE(ids(QStringLiteral("언어 반도체")).isEmpty());     // every word must match
    EXPECT_EQ(ids(QStringLiteral("반도체 기업")), L{particle});
}

TEST_F(Matching, EnglishWordsAreFoundInsideLongerTokens)
{
    const qint64 openai = add(QStringLiteral("OpenAI's GPT-4o gets cheaper"));
    const qint64 deepmind = add(QStringLiteral("DeepMind trains Llama3 rival"));
    const qint64 plain = add(QStringLiteral("Open source AI models"));

    EXPECT_EQ(ids(QStringLiteral("OpenAI")), L{openai});
    EXPECT_EQ(ids(QStringLiteral("GPT-4o")), L{openai});
    EXPECT_EQ(ids(QStringLiteral("4o")), L{openai});
    EXPECT_EQ(ids(QStringLiteral("gpt")), L{openai});
    EXPECT_EQ(ids(QStringLiteral("AI")), (L{plain, openai})); // OpenAI's CamelCase part
    EXPECT_EQ(ids(QStringLiteral("mind")), L{deepmind});
    EXPECT_EQ(ids(QStringLiteral("llama")), L{deepmind});
    EXPECT_EQ(ids(QStringLiteral("Llama3")), L{deepmind});
    EXPECT_TRUE(ids(QStringLiteral("penai")).isEmpty()); // not where a part starts
    EXPECT_EQ(ids(QStringLiteral("언어모델 GPT")), L{});
}

TEST_F(Matching, AWordOfThreeLettersOrMoreAlsoFindsTheWordsItStarts)
{
    const qint64 scale = add(QStringLiteral("Transformers scale to video"));
    const qint64 transfer = add(QStringLiteral("Transfer learning in robotics"));
    add(QStringLiteral("Diffusion models"));

    EXPECT_EQ(ids(QStringLiteral("transf")), (L{transfer, scale}));
    EXPECT_EQ(ids(QStringLiteral("transformers")), L{scale});
    EXPECT_EQ(ids(QStringLiteral("transformer")), L{scale});
    EXPECT_EQ(ids(QStringLiteral("robot")), L{transfer});
    EXPECT_TRUE(ids(QStringLiteral("ransf")).isEmpty());
    // A prefix learnt from an update (the trigger's terms) is found too.
    storage::ArticleStore store(m_db, m_zone);
    FeedItem again;
    again.url = QStringLiteral("https://a.example/3");
    again.link = again.url;
    again.guid = again.url;
    again.title = QStringLiteral("Diffusion models, revisited");
    again.summary = QStringLiteral("Neuromorphic accelerators");
    again.published = QDateTime(QDate(2026, 3, 10), QTime(3, 0), Qt::UTC);
    store.ingest(m_source, {again}, again.published.addSecs(120));
    EXPECT_EQ(ids(QStringLiteral("neuromorph")).size(), 1);
}

TEST_F(Matching, QuerySyntaxIsPlainText)
{
    const qint64 a = add(QStringLiteral("NEAR-term plans: model \"release\" * stars"),
                         QStringLiteral("title:secret AND OR NOT {title} ^start col:umn"));
    for (const QString &q : {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("NEAR("),
                            QStringLiteral("-"), QStringLiteral(":"), QStringLiteral("\"release"),
                            QStringLiteral("model*"), QStringLiteral("-model"), QStringLiteral("title:secret"),
                            QStringLiteral("NEAR(model release)"), QStringLiteral("AND"), QStringLiteral("OR"),
                            QStringLiteral("NOT"), QStringLiteral("{title}"), QStringLiteral("^start"),
                            QStringLiteral("model OR"), QStringLiteral("col:umn"), QStringLiteral("\"\"\""),
                            QStringLiteral("(((")}) {
        SCOPED_TRACE(q.toStdString());
        const auto r = find(q);
        EXPECT_TRUE(r.error.isEmpty());
    }
    EXPECT_EQ(ids(QStringLiteral("NEAR(model release)")), L{a}); // the words near, model, release
    EXPECT_EQ(ids(QStringLiteral("title:secret")), L{a});        // words, not a column filter
    EXPECT_EQ(ids(QStringLiteral("-model")), L{a});              // not a negation
    EXPECT_EQ(ids(QStringLiteral("NOT")), L{a});                 // a word
    EXPECT_TRUE(ids(QStringLiteral("model NOT absent")).isEmpty());
    EXPECT_TRUE(search::MatchExpression::forWords({}, {}).isEmpty());
}

TEST_F(Matching, TheTimeZoneChangeMovesArticlesToOtherDaysAndTheIndexFollows)
{
    const qint64 late = add(QStringLiteral("Quantum chip"), {}, QStringLiteral("2026-03-10"));
    storage::ArticleStore store(m_db, m_zone);
    store.recomputeDays(QTimeZone("America/Los_Angeles")); // 03:00 UTC is the evening before there
    const auto r = find(QStringLiteral("quantum"));
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles.at(0).articleId, late);
    EXPECT_EQ(r.articles.at(0).day, QStringLiteral("2026-03-09"));
    search::SearchQuery q;
    q.text = QStringLiteral("quantum");
    q.fromDay = q.toDay = QStringLiteral("2026-03-09");
    EXPECT_EQ(idsOf(run(q)), L{late});
    q.fromDay = q.toDay = QStringLiteral("2026-03-10");
    EXPECT_TRUE(idsOf(run(q)).isEmpty());
    QSqlQuery check(m_db);
    EXPECT_TRUE(check.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('integrity-check')")));
}

TEST_F(Matching, APastedPageIsCutToAQuery)
{
    const qint64 a = add(QStringLiteral("Benchmark week"));
    QString pasted = QStringLiteral("benchmark ");
    for (int i = 0; i < 5000; ++i)
        pasted += QStringLiteral("w%1 ").arg(i);
    const QStringList words = search::MatchExpression::words(pasted);
    EXPECT_EQ(words.size(), search::MatchExpression::kMaxWords);
    EXPECT_EQ(words.first(), QStringLiteral("benchmark"));
    EXPECT_EQ(search::MatchExpression::words(QString(500, QChar(u'가'))).first().size(),
              search::MatchExpression::kMaxWordLength);
    EXPECT_TRUE(find(pasted).error.isEmpty());
    // A word longer than the cut still finds its article (as a prefix).
    const QString longWord = QStringLiteral("Supercalifragilistic").repeated(5);
    const qint64 b = add(longWord + QStringLiteral(" arrives"));
    EXPECT_EQ(ids(longWord), L{b});
    const QStringList cut = search::MatchExpression::words(longWord);
    EXPECT_TRUE(search::MatchExpression::forWords(cut, {}).endsWith(QStringLiteral("\"*")))
        << "a cut word is a prefix even where no vocabulary completes it";
    const QString mixed = QStringLiteral("언어") + QString(100, u'0') + QStringLiteral("모델의");
    const qint64 c = add(mixed + QStringLiteral(" 공개"));
    EXPECT_EQ(ids(mixed), L{c}); // cut inside its digits: the last token is a prefix
    EXPECT_EQ(ids(QStringLiteral("benchmark benchmark week")), L{a}); // repeats count once
}
