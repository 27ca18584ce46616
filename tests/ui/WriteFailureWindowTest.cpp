// Writes that fail reach the status bar (issue 8, items 8 and 10): marking
// an article read, a batch the writer rolled back, a refresh whose
// articles could not be saved.
#include "UiFixture.h"

#include "service/AppContext.h"
#include "support/TestHttpServer.h"
#include "ui/ServiceJobs.h"

#include "ui/CategorySidebar.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/SourceListModel.h"
#include "ui/SourceView.h"

#include <QLabel>
#include <QSignalSpy>
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
        window = showWindow();
        ASSERT_TRUE(window);
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

// The production bridge: a refresh whose articles hit a full disk ends with
// refreshNotSaved, after refreshFinished.
TEST(ServiceJobsWriteFailure, ARefreshThatCouldNotSaveEmitsRefreshNotSaved)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TestHttpServer server;
    QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bulky</title>";
    for (int i = 0; i < 3; ++i) {
        QByteArray words;
        for (int w = 0; w < 3000; ++w)
            words += "i" + QByteArray::number(i) + "w" + QByteArray::number(w) + ' ';
        feed += "<item><title>Bulky " + QByteArray::number(i) + "</title><link>https://bulky.example/"
                + QByteArray::number(i) + "</link><description>" + words + "</description></item>";
    }
    feed += "</channel></rss>";
    server.route("/bulky.xml", [feed](const TestHttpRequest &, TestHttpResponder &res) {
        res.reply(200, feed, {{"Content-Type", "application/rss+xml"}});
    });
    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc())};
    secrets::MemorySecretStore secrets;
    service::AppContext context;
    service::AppContext::Options options;
    options.profileDir = dir.filePath(QStringLiteral("profile"));
    options.seedDefaultSources = false;
    options.clock = &clock;
    options.secretStore = &secrets;
    QString error;
    ASSERT_TRUE(context.open(options, &error)) << error.toStdString();
    Source source;
    source.url = server.url(QStringLiteral("/bulky.xml")).toString();
    ASSERT_GT(storage::SourceStore(context.profile().database()).add(source), 0);
    // No page may be added to the file any more, as on a full disk.
    context.writer().post([](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
            q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong()));
    });

    ui::ServiceJobs jobs(context);
    QStringList order;
    QObject::connect(&jobs, &ui::BackgroundJobs::refreshFinished, &jobs,
                     [&order](int, int, const QStringList &, bool) { order << QStringLiteral("finished"); });
    QSignalSpy notSaved(&jobs, &ui::BackgroundJobs::refreshNotSaved);
    QObject::connect(&jobs, &ui::BackgroundJobs::refreshNotSaved, &jobs,
                     [&order](const QString &) { order << QStringLiteral("notSaved"); });
    jobs.startRefresh();
    ASSERT_TRUE(notSaved.wait(20000));
    EXPECT_TRUE(notSaved.first().first().toString().contains(QStringLiteral("full")))
        << notSaved.first().first().toString().toStdString();
    EXPECT_EQ(order, QStringList({QStringLiteral("finished"), QStringLiteral("notSaved")}));
}
