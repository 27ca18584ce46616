// Hugging Face daily papers (feed/HfDailyPapers.h): the fixture in the shape
// huggingface.co/api/daily_papers answers, and hostile answers.

#include "feed/HfDailyPapers.h"
#include "feed/FeedLimits.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

using feed::HfDailyPapers;
using feed::PaperListing;

namespace {

PaperListing one(const QByteArray &paperObject)
{
    return HfDailyPapers::parse("[{\"paper\": " + paperObject + "}]");
}

} // namespace

TEST(HfDailyPapers, ReadsTheFixture)
{
    const PaperListing l = HfDailyPapers::parse(testpaths::readAll(testpaths::fixture("papers/hf_daily_papers.json")));
    ASSERT_TRUE(l.ok) << l.error.toStdString();
    EXPECT_TRUE(l.error.isEmpty());
    ASSERT_EQ(l.papers.size(), 3);
    EXPECT_EQ(l.skippedNoId, 1);
    EXPECT_EQ(l.withoutAbstract, 1);
    const feed::Paper &p = l.papers[0];
    EXPECT_EQ(p.arxivId, QStringLiteral("2406.12345"));
    EXPECT_EQ(p.version, 0);
    EXPECT_EQ(p.title, QStringLiteral("Planning Agents That Ask Before They Act"));
    EXPECT_EQ(p.abstract, QStringLiteral("We study language-model agents that pause to ask a clarifying question."));
    EXPECT_EQ(p.upvotes, 42);
    EXPECT_EQ(p.authors, (QStringList{QStringLiteral("Ada Lindqvist"), QStringLiteral("Bo Chen")}));
    EXPECT_EQ(p.published, QDateTime(QDate(2024, 6, 17), QTime(17, 59, 58), Qt::UTC));
    EXPECT_EQ(p.listing, QStringLiteral("hf-daily"));
    EXPECT_EQ(p.link, QUrl(QStringLiteral("https://arxiv.org/abs/2406.12345")));
    EXPECT_EQ(l.papers[1].upvotes, 7);
    EXPECT_EQ(l.papers[2].upvotes, 0);
    EXPECT_TRUE(l.papers[2].abstractMissing);
    EXPECT_EQ(l.papers[2].title, QStringLiteral("Tokenizers for Low-Resource Scripts"));
}

TEST(HfDailyPapers, EmptyArrayIsAnEmptyDay)
{
    const PaperListing l = HfDailyPapers::parse("[]");
    EXPECT_TRUE(l.ok);
    EXPECT_TRUE(l.papers.isEmpty());
    EXPECT_EQ(l.skippedNoId, 0);
}

TEST(HfDailyPapers, NotAnArrayIsAnError)
{
    const PaperListing object = HfDailyPapers::parse("{\"error\": \"Rate limit reached\"}");
    EXPECT_FALSE(object.ok);
    EXPECT_TRUE(object.papers.isEmpty());
    EXPECT_EQ(object.error, QStringLiteral("The daily papers answer is not a list of papers."));
    // A bare scalar is not even a JSON document to Qt 6.4: an error all the same.
    for (const QByteArray &bytes : {QByteArray("42"), QByteArray("\"text\""), QByteArray("null")}) {
        const PaperListing l = HfDailyPapers::parse(bytes);
        EXPECT_FALSE(l.ok) << bytes.constData();
        EXPECT_FALSE(l.error.isEmpty()) << bytes.constData();
    }
}

TEST(HfDailyPapers, MalformedAndEmptyBytesAreErrors)
{
    const PaperListing bad = HfDailyPapers::parse("[{\"paper\": {\"id\": \"2406.12345\"");
    EXPECT_FALSE(bad.ok);
    EXPECT_TRUE(bad.error.contains(QStringLiteral("not valid JSON"))) << bad.error.toStdString();
    const PaperListing html = HfDailyPapers::parse("<html>Too Many Requests</html>");
    EXPECT_FALSE(html.ok);
    const PaperListing empty = HfDailyPapers::parse("  \n");
    EXPECT_FALSE(empty.ok);
    EXPECT_TRUE(empty.error.contains(QStringLiteral("empty"))) << empty.error.toStdString();
}

TEST(HfDailyPapers, OversizedAnswerIsRefusedBeforeParsing)
{
    QByteArray big = "[\"";
    big += QByteArray(HfDailyPapers::kMaxBytes, 'x');
    big += "\"]";
    const PaperListing l = HfDailyPapers::parse(big);
    EXPECT_FALSE(l.ok);
    EXPECT_TRUE(l.error.contains(QStringLiteral("larger than"))) << l.error.toStdString();
}

TEST(HfDailyPapers, EntriesPastTheCountLimitAreNotRead)
{
    QByteArray many = "[";
    for (int i = 0; i < HfDailyPapers::kMaxEntries + 5; ++i) {
        if (i)
            many += ',';
        many += "{\"paper\":{\"id\":\"2406." + QByteArray::number(10000 + i) + "\",\"title\":\"t\"}}";
    }
    many += "]";
    const PaperListing l = HfDailyPapers::parse(many);
    EXPECT_TRUE(l.ok);
    EXPECT_EQ(l.papers.size(), HfDailyPapers::kMaxEntries);
    EXPECT_TRUE(l.error.contains(QStringLiteral("more than"))) << l.error.toStdString();
}

TEST(HfDailyPapers, HugeNegativeFractionalOrNonNumericUpvotesAreUnknown)
{
    EXPECT_EQ(one("{\"id\":\"2406.12345\",\"upvotes\":1e308}").papers.value(0).upvotes, -1);
    EXPECT_EQ(one("{\"id\":\"2406.12345\",\"upvotes\":99999999999999999999999}").papers.value(0).upvotes, -1);
    EXPECT_EQ(one("{\"id\":\"2406.12345\",\"upvotes\":-3}").papers.value(0).upvotes, -1);
    EXPECT_EQ(one("{\"id\":\"2406.12345\",\"upvotes\":2.5}").papers.value(0).upvotes, -1);
    EXPECT_EQ(one("{\"id\":\"2406.12345\",\"upvotes\":\"42\"}").papers.value(0).upvotes, -1);
    EXPECT_EQ(one("{\"id\":\"2406.12345\"}").papers.value(0).upvotes, -1);
    EXPECT_EQ(one("{\"id\":\"2406.12345\",\"upvotes\":100000000}").papers.value(0).upvotes, 100000000);
}

TEST(HfDailyPapers, WrongTypesAreSkippedOrEmptyNeverFatal)
{
    // id of the wrong type, a paper that is not an object, an entry that is not an object: skipped, counted.
    const PaperListing l = HfDailyPapers::parse(
        "[{\"paper\":{\"id\":2406.12345}}, {\"paper\":\"2406.12345\"}, 17, null, {\"paper\":{\"id\":\"not-an-id\"}},"
        " {\"paper\":{\"id\":\"2406.54321\",\"title\":[1],\"summary\":{},\"authors\":\"A. One\"},\"title\":\"Outer\"},"
        " {\"paper\":{\"id\":\"2406.54322\",\"authors\":[{\"name\":5},\"x\",{\"name\":\"B. Two\"}]}}]");
    ASSERT_TRUE(l.ok) << l.error.toStdString();
    EXPECT_EQ(l.skippedNoId, 5);
    ASSERT_EQ(l.papers.size(), 2);
    EXPECT_EQ(l.papers[0].title, QStringLiteral("Outer")); // the entry's own title when the paper's is not text
    EXPECT_TRUE(l.papers[0].abstractMissing);
    EXPECT_TRUE(l.papers[0].authors.isEmpty());
    EXPECT_EQ(l.papers[1].authors, QStringList{QStringLiteral("B. Two")});
    EXPECT_EQ(l.withoutAbstract, 2);
}

TEST(HfDailyPapers, LongTextIsCutAndCounted)
{
    const QByteArray longTitle(feed::limits::kTitleChars + 10, 'T');
    const PaperListing l = one("{\"id\":\"2406.12345\",\"title\":\"" + longTitle + "\",\"summary\":\"s\"}");
    ASSERT_EQ(l.papers.size(), 1);
    EXPECT_EQ(l.papers[0].title.size(), feed::limits::kTitleChars);
    EXPECT_EQ(l.truncated, 1);
}
