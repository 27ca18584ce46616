// The one-time question about an older profile's arXiv listings in News:
// answered without a modal loop, Yes moves them, No only remembers.
#include "model/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "service/ArxivMove.h"
#include "settings/Settings.h"
#include "storage/EditionStore.h"
#include "storage/SourceStore.h"
#include "ui/ArxivMovePrompt.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace {

class ArxivMovePromptTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("appconf")));
        service::AppContext::Options options;
        options.profileDir = m_dir.filePath(QStringLiteral("profile"));
        options.seedDefaultSources = false;
        options.clock = &m_clock;
        options.secretStore = &m_secrets;
        QString error;
        ASSERT_TRUE(m_context.open(options, &error)) << error.toStdString();
        ASSERT_TRUE(m_context.profile().settings().set(SettingKey::ArxivMoveAsked, false));
        storage::SourceStore sources(m_context.profile().database());
        Source listing;
        listing.url = QStringLiteral("https://rss.arxiv.org/rss/cs.AI");
        listing.title = QStringLiteral("arXiv cs.AI");
        m_listing = sources.add(listing);
        ASSERT_GT(m_listing, 0);
        Source blog;
        blog.url = QStringLiteral("https://blog.example.org/feed.xml");
        blog.title = QStringLiteral("A blog");
        m_blog = sources.add(blog);
        ASSERT_GT(m_blog, 0);
        m_papers = storage::EditionStore(m_context.profile().database()).byKey(editions::kPapersKey).id;
        ASSERT_GT(m_papers, 0);
        m_parent.show();
    }

    qint64 editionOf(qint64 sourceId)
    {
        return storage::SourceStore(m_context.profile().database()).byId(sourceId).editionId;
    }

    // Opens the question and answers it with `button`; whether the sources moved.
    bool answer(QMessageBox::StandardButton button, QString *error)
    {
        bool called = false, moved = false;
        QPointer<QMessageBox> box = ui::askArxivMove(&m_parent, m_context.profile(), m_context.writer(),
                                                     [&](bool ok, const QString &why) {
                                                         called = true;
                                                         moved = ok;
                                                         *error = why;
                                                     });
        EXPECT_FALSE(box.isNull());
        if (!box)
            return false;
        EXPECT_TRUE(box->isVisible());                     // open(), not exec(): the test runs on
        EXPECT_EQ(box->windowModality(), Qt::WindowModal); // and finds it among the parent's children
        EXPECT_EQ(m_parent.findChild<QMessageBox *>(QStringLiteral("arxivMoveBox")), box.data());
        EXPECT_TRUE(box->text().contains(QStringLiteral("1 arXiv listing"))) << box->text().toStdString();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 10000));
        return moved;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc())};
    secrets::MemorySecretStore m_secrets;
    service::AppContext m_context;
    QWidget m_parent;
    qint64 m_listing = 0;
    qint64 m_blog = 0;
    qint64 m_papers = 0;
};

TEST_F(ArxivMovePromptTest, YesMovesTheListingsToPapersAndIsNotAskedAgain)
{
    QString error;
    EXPECT_TRUE(answer(QMessageBox::Yes, &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(editionOf(m_listing), m_papers);
    EXPECT_EQ(editionOf(m_blog), editions::kNewsId);
    EXPECT_TRUE(m_context.profile().settings().flag(SettingKey::ArxivMoveAsked));
    EXPECT_EQ(ui::askArxivMove(&m_parent, m_context.profile(), m_context.writer()), nullptr);
}

TEST_F(ArxivMovePromptTest, NoOnlyRemembersTheAnswer)
{
    QString error;
    EXPECT_FALSE(answer(QMessageBox::No, &error));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(editionOf(m_listing), editions::kNewsId);
    EXPECT_TRUE(m_context.profile().settings().flag(SettingKey::ArxivMoveAsked));
    EXPECT_EQ(ui::askArxivMove(&m_parent, m_context.profile(), m_context.writer()), nullptr);
}

} // namespace
