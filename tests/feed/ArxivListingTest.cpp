// arXiv RSS listings into papers (feed/ArxivListing.h), on fixtures in the
// exact shape rss.arxiv.org serves.

#include "feed/ArxivListing.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

using feed::AnnounceType;
using feed::ArxivId;
using feed::ArxivListing;
using feed::Paper;
using feed::PaperListing;

namespace {

PaperListing listing(const char *file, const char *name)
{
    return ArxivListing::parse(testpaths::readAll(testpaths::fixture(QStringLiteral("papers/") + QLatin1String(file))),
                               QString::fromLatin1(name));
}

const Paper *find(const PaperListing &l, const char *id)
{
    for (const Paper &p : l.papers)
        if (p.arxivId == QLatin1String(id))
            return &p;
    return nullptr;
}

} // namespace

TEST(ArxivId, NewAndOldStyleWithAndWithoutVersion)
{
    ArxivId id;
    ASSERT_TRUE(feed::parseArxivId(u"oai:arXiv.org:2406.12345v2", id));
    EXPECT_EQ(id.id, QStringLiteral("2406.12345"));
    EXPECT_EQ(id.version, 2);
    ASSERT_TRUE(feed::parseArxivId(u"https://arxiv.org/abs/2406.1234", id));
    EXPECT_EQ(id.id, QStringLiteral("2406.1234"));
    EXPECT_EQ(id.version, 0);
    ASSERT_TRUE(feed::parseArxivId(u"arXiv:hep-th/9901001v3", id));
    EXPECT_EQ(id.id, QStringLiteral("hep-th/9901001"));
    EXPECT_EQ(id.version, 3);
    ASSERT_TRUE(feed::parseArxivId(u"math.GT/0309136", id));
    EXPECT_EQ(id.id, QStringLiteral("math.GT/0309136"));
    ASSERT_TRUE(feed::parseArxivId(u"https://arxiv.org/abs/cond-mat/0102536v1", id));
    EXPECT_EQ(id.id, QStringLiteral("cond-mat/0102536"));
    EXPECT_EQ(id.version, 1);
}

TEST(ArxivId, RejectsWhatIsNotAnId)
{
    ArxivId id;
    EXPECT_FALSE(feed::parseArxivId(u"notice-2024-06-18", id));
    EXPECT_FALSE(feed::parseArxivId(u"12406.12345", id));  // too many digits before the dot
    EXPECT_FALSE(feed::parseArxivId(u"2406.123", id));     // too few after it
    EXPECT_FALSE(feed::parseArxivId(u"2406.123456", id));  // too many after it
    EXPECT_FALSE(feed::parseArxivId(u"hep-th/99010", id)); // old style has seven digits
    EXPECT_FALSE(feed::parseArxivId(u"", id));
}

TEST(ArxivListing, ReadsEveryPaperOfTheListing)
{
    const PaperListing l = listing("arxiv_cs.AI.xml", "cs.AI");
    ASSERT_TRUE(l.ok) << l.error.toStdString();
    EXPECT_TRUE(l.error.isEmpty());
    EXPECT_EQ(l.papers.size(), 5);
    EXPECT_EQ(l.skippedNoId, 1); // the listing notice
    EXPECT_EQ(l.withoutAbstract, 1);

    const Paper *p = find(l, "2406.12345");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->version, 1);
    EXPECT_EQ(p->announceType, AnnounceType::New);
    EXPECT_EQ(p->title, QStringLiteral("Planning Agents That Ask Before They Act"));
    EXPECT_TRUE(p->abstract.startsWith(QStringLiteral("We study language-model agents")));
    EXPECT_TRUE(p->abstract.endsWith(QStringLiteral("12% more tasks & ask fewer than two questions per task.")));
    EXPECT_FALSE(p->abstract.contains(QStringLiteral("Announce Type")));
    EXPECT_FALSE(p->abstractMissing);
    EXPECT_EQ(p->authors, (QStringList{QStringLiteral("Ada Lindqvist"), QStringLiteral("Bo Chen"),
                                       QStringLiteral("Carla Moreno")}));
    EXPECT_EQ(p->categories, (QStringList{QStringLiteral("cs.AI"), QStringLiteral("cs.CL")}));
    EXPECT_EQ(p->listing, QStringLiteral("cs.AI"));
    EXPECT_EQ(p->link, QUrl(QStringLiteral("https://arxiv.org/abs/2406.12345")));
    EXPECT_EQ(p->upvotes, -1);
    EXPECT_EQ(p->published, QDateTime(QDate(2024, 6, 18), QTime(4, 0), Qt::UTC));
}

TEST(ArxivListing, AnnounceTypesAndCrossListedCategories)
{
    const PaperListing l = listing("arxiv_cs.AI.xml", "cs.AI");
    const Paper *cross = find(l, "2406.11111");
    ASSERT_NE(cross, nullptr);
    EXPECT_EQ(cross->announceType, AnnounceType::Cross);
    EXPECT_EQ(cross->categories.first(), QStringLiteral("cs.RO")); // primary first, as listed
    EXPECT_EQ(cross->authors, (QStringList{QStringLiteral("Dmitri Volkov"), QStringLiteral("Eun-ji Park")}));
    const Paper *replaced = find(l, "2405.09876");
    ASSERT_NE(replaced, nullptr);
    EXPECT_EQ(replaced->announceType, AnnounceType::Replace);
    EXPECT_EQ(replaced->version, 3);
    const Paper *old = find(l, "hep-th/9901001");
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(old->announceType, AnnounceType::ReplaceCross);
    EXPECT_EQ(old->version, 2);
    EXPECT_EQ(old->link, QUrl(QStringLiteral("https://arxiv.org/abs/hep-th/9901001")));
}

TEST(ArxivListing, PaperWithoutAbstractIsKeptWithItsTitleAndFlagged)
{
    const PaperListing l = listing("arxiv_cs.AI.xml", "cs.AI");
    const Paper *p = find(l, "2406.10001");
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->abstractMissing);
    EXPECT_TRUE(p->abstract.isEmpty());
    EXPECT_EQ(p->title, QStringLiteral("Withdrawn: Title Without an Abstract"));
    EXPECT_EQ(p->announceType, AnnounceType::Replace);
}

TEST(ArxivListing, EmptyAndNonFeedBytesFailWithAClearMessage)
{
    const PaperListing empty = ArxivListing::parse(QByteArray(), QStringLiteral("cs.AI"));
    EXPECT_FALSE(empty.ok);
    EXPECT_TRUE(empty.error.contains(QStringLiteral("cs.AI"))) << empty.error.toStdString();
    const PaperListing html =
        ArxivListing::parse("<!DOCTYPE html><html><body>429 Too Many Requests</body></html>", QStringLiteral("cs.CL"));
    EXPECT_FALSE(html.ok);
    EXPECT_TRUE(html.error.contains(QStringLiteral("cs.CL"))) << html.error.toStdString();
    EXPECT_TRUE(html.papers.isEmpty());
}

TEST(ArxivListing, AuthorsSplitOnCommasAndAnd)
{
    EXPECT_EQ(feed::splitAuthors(QStringLiteral("A. One, B. Two, and C. Three")),
              (QStringList{QStringLiteral("A. One"), QStringLiteral("B. Two"), QStringLiteral("C. Three")}));
    EXPECT_EQ(feed::splitAuthors(QStringLiteral("A. One and B. Two")),
              (QStringList{QStringLiteral("A. One"), QStringLiteral("B. Two")}));
    EXPECT_TRUE(feed::splitAuthors(QString()).isEmpty());
}

TEST(ArxivListing, IdFromTheLinkAndVersionFromTheDescriptionWhenTheGuidHasNone)
{
    FeedItem item;
    item.guid = QStringLiteral("https://arxiv.org/abs/2406.54321"); // a guid that is the link: no version
    item.link = item.guid;
    item.title = QStringLiteral("  A   Title ");
    item.summary = QStringLiteral("arXiv:2406.54321v4 Announce Type: replace\nAbstract: Text.");
    FeedItem other;
    other.guid = QStringLiteral("urn:uuid:1234");
    other.link = QStringLiteral("https://arxiv.org/abs/cs/0112017v1");
    const PaperListing l = ArxivListing::fromItems({item, other}, QStringLiteral("cs.LG"));
    ASSERT_EQ(l.papers.size(), 2);
    EXPECT_EQ(l.papers[0].arxivId, QStringLiteral("2406.54321"));
    EXPECT_EQ(l.papers[0].version, 4);
    EXPECT_EQ(l.papers[0].title, QStringLiteral("A Title"));
    EXPECT_EQ(l.papers[0].abstract, QStringLiteral("Text."));
    EXPECT_EQ(l.papers[1].arxivId, QStringLiteral("cs/0112017"));
    EXPECT_EQ(l.papers[1].version, 1);
    EXPECT_TRUE(l.papers[1].abstractMissing);
    EXPECT_EQ(l.skippedNoId, 0);
}
