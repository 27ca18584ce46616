// Issue 8 item 16: a digest imported before imports were sanitised is made
// safe when it is read, for the window and every export alike.
#include "ServiceFixture.h"

#include "service/DigestService.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SummaryStore.h"

TEST_F(ServiceFixture, AnImportedSummaryIsSanitisedWhenRead)
{
    QSqlDatabase db = m_context->profile().database();
    const QString day = QStringLiteral("2024-11-10");
    const Category robotics = storage::CategoryStore(db).all().first();
    ASSERT_GT(storage::ArticleStore(db, m_context->profile().timeZone())
                  .importArticle(day, QStringLiteral("A robot"), QStringLiteral("https://example.com/r"), robotics.id),
              0);
    SectionSummary stored;
    stored.day = day;
    stored.categoryId = robotics.id;
    stored.markdown = QStringLiteral("- [x](javascript:alert(1)) ![p](https://evil.example/p.png) <img src=x>\n"
                                     "- [fine](https://example.com/a)");
    stored.provenance.provider = QStringLiteral("imported");
    storage::SummaryStore(db).put(stored);

    const Digest digest = service::DigestReader::load(m_context->profile(), day);
    ASSERT_EQ(digest.sections.size(), 1);
    EXPECT_EQ(digest.sections.first().summaryMarkdown.toStdString(),
              "- [x\\](javascript:alert(1)) !\\[p](https://evil.example/p.png) \\<img src=x>\n"
              "- [fine](https://example.com/a)");

    // A generated summary is the app's own output and is read as stored.
    stored.provenance.provider = QStringLiteral("openai");
    stored.markdown = QStringLiteral("**Themes:**\n\n- plain");
    storage::SummaryStore(db).put(stored);
    EXPECT_EQ(service::DigestReader::load(m_context->profile(), day).sections.first().summaryMarkdown, stored.markdown);
}
