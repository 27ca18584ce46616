// Writes that fail reach the status bar (issue 8, items 8 and 10): marking
// an article read, a batch the writer rolled back, a refresh whose
// articles could not be saved.
#include "UiFixture.h"

#include "ui/CategorySidebar.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"

#include <QLabel>
#include <QSqlQuery>
#include <QTest>

#include <stdexcept>

using namespace uitest;

namespace {

class WriteFailureWindowTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        ui::ExternalLinks::setOpener([](const QUrl &) { return true; });
        window = std::make_unique<ui::MainWindow>(deps());
        window->resize(1300, 850);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        UiFixture::TearDown();
    }
    QString lastError() const
    {
        auto *label = window->findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
        return label && label->isVisibleTo(window.get()) ? label->toolTip() : QString();
    }

    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(WriteFailureWindowTest, MarkingAnArticleReadThatCannotBeSavedSaysSoInTheStatusBar)
{
    // The write itself fails, as on a full disk.
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER no_room BEFORE INSERT ON article_state"
                                      " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    auto *sidebar = window->findChild<ui::CategorySidebar *>(QStringLiteral("categorySidebar"));
    ASSERT_TRUE(sidebar->selectCategory(categoryId(QStringLiteral("vision"))));
    auto *sources = window->findChild<ui::SourceView *>(QStringLiteral("sourceView"));
    auto *model = qobject_cast<ui::SourceListModel *>(sources->model());
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(lastError().isEmpty());

    // Enter opens the article and marks it read.
    sources->setFocus();
    sources->setCurrentIndex(model->index(0, 1));
    QTest::keyClick(sources, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!lastError().isEmpty(), 10000);
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Could not mark the article as read"))) << lastError().toStdString();
    EXPECT_TRUE(lastError().contains(QStringLiteral("full"))) << lastError().toStdString();
    EXPECT_FALSE(model->articleAt(0)->read);
}

TEST_F(WriteFailureWindowTest, ABatchTheWriterRolledBackIsShownWhoeverQueuedIt)
{
    m_writer->post([](QSqlDatabase &) { throw std::runtime_error("disk gone"); });
    QTRY_VERIFY_WITH_TIMEOUT(!lastError().isEmpty(), 10000);
    EXPECT_TRUE(lastError().contains(QStringLiteral("disk gone"))) << lastError().toStdString();
}

TEST_F(WriteFailureWindowTest, ARefreshWhoseArticlesCouldNotBeSavedSaysWhyNotThatTheNetworkFailed)
{
    Q_EMIT m_jobs.refreshFinished(0, 1, {QStringLiteral("Feed: the articles could not be saved: database or disk is full")},
                                  false);
    Q_EMIT m_jobs.refreshNotSaved(QStringLiteral("database or disk is full"));
    EXPECT_EQ(lastError(), QStringLiteral("Fetched articles could not be saved: database or disk is full"));
}
