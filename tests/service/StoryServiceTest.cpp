// Stories across sources and days through the digest build (issue 11,
// item 4): the day's differently worded reports of one event become one
// story, and a story reported on three days links up as "day 3".
#include "ServiceFixture.h"

#include "digest/OfflineBriefing.h"
#include "service/DigestService.h"
#include "storage/ArticleStore.h"
#include "storage/BriefingStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "storage/StoryStore.h"

#include <QSignalSpy>
#include <QSqlQuery>

namespace {

struct Report
{
    const char *day;
    const char *source;
    const char *title;
    const char *summary;
};

const Report kReports[] = {
    {"2026-11-18", "verge", "OpenAI launches GPT-5 with stronger reasoning",
     "OpenAI released GPT-5 on Thursday, saying the model reasons better on math and coding."},
    {"2026-11-18", "reuters", "Nvidia reports record quarterly revenue on data center demand",
     "Nvidia said revenue rose 78% on sales of its Blackwell AI chips."},
    {"2026-11-19", "wired", "GPT-5 rollout: OpenAI brings back older models after user complaints",
     "A day after launching GPT-5, OpenAI said ChatGPT users can again pick older models."},
    {"2026-11-20", "verge", "OpenAI's Altman admits the GPT-5 launch was bumpy",
     "Sam Altman said the GPT-5 rollout had problems and OpenAI will make the model warmer."},
    {"2026-11-20", "wired", "Altman: GPT-5 rollout 'bumpy', OpenAI to fix ChatGPT model picker",
     "OpenAI chief Sam Altman conceded the GPT-5 launch was bumpy and promised fixes."},
    {"2026-11-20", "reuters", "Google releases Gemini 2.5 Pro, its most capable AI model yet",
     "Google DeepMind said Gemini 2.5 Pro tops reasoning leaderboards."},
};

class StoryServiceTest : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        const QTimeZone zone = m_context->profile().timeZone();
        const QDateTime now = m_clock.nowUtc();
        m_context->writer().post([zone, now](QSqlDatabase &db) {
            storage::SourceStore sources(db);
            storage::ArticleStore store(db, zone);
            QHash<QString, qint64> sourceIds;
            int n = 0;
            for (const Report &r : kReports) {
                const QString name = QString::fromLatin1(r.source);
                if (!sourceIds.contains(name)) {
                    Source s;
                    s.url = QStringLiteral("https://%1.example/feed").arg(name);
                    s.title = name;
                    sourceIds.insert(name, sources.add(s));
                }
                FeedItem it;
                it.url = QStringLiteral("https://%1.example/%2").arg(name).arg(++n);
                it.link = it.guid = it.url;
                it.title = QString::fromUtf8(r.title);
                it.summary = QString::fromUtf8(r.summary);
                it.published =
                    QDateTime(QDate::fromString(QString::fromLatin1(r.day), Qt::ISODate), QTime(12, 0), Qt::UTC);
                store.ingest(sourceIds.value(name), {it}, now);
            }
        });
        m_context->writer().flush();
    }

    void build(const QString &day)
    {
        service::DigestService &digests = m_context->digests();
        QSignalSpy finished(&digests, &service::DigestService::finished);
        service::DigestBuildOptions options;
        options.offline = true;
        digests.build(day, options);
        ASSERT_TRUE(finished.wait(30000) || finished.size() == 1);
        const auto report = finished.first().first().value<service::DigestBuildReport>();
        ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    }

    qint64 storyOf(const char *title)
    {
        QSqlQuery q(m_context->profile().database());
        q.prepare(QStringLiteral("SELECT story_id FROM articles WHERE title = ?"));
        q.addBindValue(QString::fromUtf8(title));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(StoryServiceTest, TheDaysReportsOfOneEventBecomeOneStory)
{
    ASSERT_NE(storyOf(kReports[3].title), storyOf(kReports[4].title)); // ingest: exact titles only
    build(QStringLiteral("2026-11-20"));
    EXPECT_EQ(storyOf(kReports[3].title), storyOf(kReports[4].title));
    EXPECT_NE(storyOf(kReports[3].title), storyOf(kReports[5].title));
    QSqlQuery q(m_context->profile().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM stories WHERE day = '2026-11-20'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2); // the merged story's row is gone
}

TEST_F(StoryServiceTest, AStoryOnThreeDaysLinksUpAsDayThree)
{
    for (const char *day : {"2026-11-18", "2026-11-19", "2026-11-20"})
        build(QString::fromLatin1(day));
    const storage::StoryStore stories(m_context->profile().database());
    const storage::StoryThread third = stories.thread(storyOf(kReports[3].title));
    EXPECT_EQ(third.dayNumber, 3);
    QStringList earlier;
    for (const storage::ThreadArticle &a : third.earlier)
        earlier.append(a.day + u' ' + a.title + u' ' + a.sources);
    EXPECT_EQ(earlier, (QStringList{QStringLiteral("2026-11-19 %1 wired").arg(QString::fromUtf8(kReports[2].title)),
                                    QStringLiteral("2026-11-18 %1 verge").arg(QString::fromUtf8(kReports[0].title))}));
    EXPECT_EQ(stories.thread(storyOf(kReports[2].title)).dayNumber, 2);
    EXPECT_EQ(stories.thread(storyOf(kReports[0].title)).dayNumber, 1);
    EXPECT_EQ(stories.thread(storyOf(kReports[5].title)).dayNumber, 1); // Gemini: a story of its own
    EXPECT_EQ(stories.thread(storyOf(kReports[1].title)).dayNumber, 1);
    EXPECT_EQ(stories.dayNumbers(QStringLiteral("2026-11-20")), (QHash<qint64, int>{{storyOf(kReports[3].title), 3}}));

    // The day's briefing says so.
    const QString language = m_context->profile().settings().string(SettingKey::OutputLanguage);
    const std::optional<Briefing> briefing =
        storage::BriefingStore(m_context->profile().database()).get(QStringLiteral("2026-11-20"));
    ASSERT_TRUE(briefing.has_value());
    QStringList items;
    for (const BriefingItem &item : briefing->items)
        items.append(item.text);
    EXPECT_EQ(items.filter(digest::OfflineBriefing::storyDayLabel(3, language)).size(), 1)
        << qPrintable(items.join(u'\n'));
}

TEST_F(StoryServiceTest, BuildingADayAgainKeepsItsStoriesAndThreads)
{
    for (const char *day : {"2026-11-18", "2026-11-19", "2026-11-20", "2026-11-20"})
        build(QString::fromLatin1(day));
    const storage::StoryStore stories(m_context->profile().database());
    EXPECT_EQ(stories.thread(storyOf(kReports[4].title)).dayNumber, 3);
    EXPECT_EQ(storyOf(kReports[3].title), storyOf(kReports[4].title));
}
