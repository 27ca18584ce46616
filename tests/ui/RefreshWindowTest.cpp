// The real window over the real service layer: a temp profile whose
// sources are served by an in-process HTTP server; F5 refreshes.
#include "model/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "service/DigestService.h"
#include "settings/Settings.h"
#include "storage/SourceStore.h"
#include "support/TestHttpServer.h"
#include "ui/CategoryListModel.h"
#include "ui/CategorySidebar.h"
#include "ui/DayRepository.h"
#include "ui/MainWindow.h"
#include "ui/ServiceJobs.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

struct Item
{
    QString id;
    QString title;
    int hour;
};

// RSS 2.0 with items published on 2026-11-20 at the given UTC hours.
QByteArray rss(const QString &name, const QList<Item> &items)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" +
                     name.toUtf8() + "</title><link>https://example.org/</link><description>x</description>\n";
    for (const Item &i : items) {
        out += QStringLiteral("<item><title>%1</title><link>https://example.org/%2</link><guid>%2</guid>"
                              "<pubDate>Fri, 20 Nov 2026 %3:15:00 GMT</pubDate>"
                              "<description>%1, in some detail.</description></item>\n")
                   .arg(i.title, i.id)
                   .arg(i.hour, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return out + "</channel></rss>\n";
}

class RefreshWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("appconf")));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings().clear();
        serve("/lab.xml", &m_lab);
        serve("/news.xml", &m_news);
        m_server.route("/gone.xml", [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404); });

        service::AppContext::Options options;
        options.profileDir = m_dir.filePath(QStringLiteral("profile"));
        options.seedDefaultSources = false;
        options.clock = &m_clock;
        options.secretStore = &m_secrets;
        QString error;
        ASSERT_TRUE(m_context.open(options, &error)) << error.toStdString();
        Settings &settings = m_context.profile().settings();
        ASSERT_TRUE(settings.set(SettingKey::RefreshIntervalMin, 0));
        ASSERT_TRUE(settings.set(SettingKey::RefreshOnStart, false));
        // Raw refresh counts here; the build after a refresh (which moves
        // not-AI articles out of "All") has its own AutoDigestWindowTest.
        ASSERT_TRUE(settings.set(SettingKey::AutoDigest, false));
        storage::SourceStore sources(m_context.profile().database());
        for (const char *path : {"/lab.xml", "/news.xml", "/gone.xml"}) {
            Source s;
            s.url = m_server.url(QLatin1String(path)).toString();
            s.title = QLatin1String(path).mid(1);
            ASSERT_GT(sources.add(s), 0);
        }

        m_jobs = std::make_unique<ui::ServiceJobs>(m_context);
        ui::MainWindowDeps deps;
        deps.readConnection = m_context.profile().connectionName();
        deps.settings = &settings;
        deps.secrets = &m_secrets;
        deps.apiKeyEntry = [this] { return m_context.apiKeyEntry(); };
        deps.writer = &m_context.writer();
        deps.clock = &m_clock;
        deps.jobs = m_jobs.get();
        deps.loadDigest = [this](const QString &day, qint64 edition) {
            return service::DigestReader::load(m_context.profile(), day, edition);
        };
        m_window = std::make_unique<ui::MainWindow>(deps);
        m_window->resize(1300, 850);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override
    {
        m_window.reset();
        m_jobs.reset();
    }

    void serve(const QByteArray &path, QByteArray *body)
    {
        m_server.route(path, [body](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, *body, {{"Content-Type", "application/rss+xml"}});
        });
    }

    // Presses F5 and waits for the refresh to end; the signal's arguments.
    QList<QVariant> pressF5()
    {
        QSignalSpy finished(m_jobs.get(), &ui::BackgroundJobs::refreshFinished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        EXPECT_TRUE(m_jobs->refreshRunning());
        EXPECT_TRUE(finished.wait(10000));
        // The window handles the same signal; let its slot run first.
        QCoreApplication::processEvents();
        return finished.isEmpty() ? QList<QVariant>() : finished.first();
    }

    int allCount() const
    {
        auto *model = m_window->findChild<ui::CategoryListModel *>();
        return model->data(model->index(model->rowOf(ui::kAllCategories)), ui::CategoryListModel::CountRole).toInt();
    }

    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(23, 0), QTimeZone::utc())};
    secrets::MemorySecretStore m_secrets;
    service::AppContext m_context;
    std::unique_ptr<ui::ServiceJobs> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    QByteArray m_lab =
        rss(QStringLiteral("Lab"), {{QStringLiteral("l1"), QStringLiteral("Sparse attention cuts training cost"), 9},
                                    {QStringLiteral("l2"), QStringLiteral("언어 모델 평가 세트 공개"), 10}});
    QByteArray m_news =
        rss(QStringLiteral("News"), {{QStringLiteral("n1"), QStringLiteral("Robot learns to fold laundry"), 11}});
};

} // namespace

TEST_F(RefreshWindowTest, F5FetchesTheFeedsAndTheSidebarCountsFollow)
{
    EXPECT_TRUE(m_window->currentDay().isEmpty() || allCount() == 0);

    const QList<QVariant> first = pressF5();
    ASSERT_EQ(first.size(), 4);
    EXPECT_EQ(first.at(0).toInt(), 3);               // new articles
    EXPECT_EQ(first.at(1).toInt(), 3);               // attempted sources
    EXPECT_EQ(first.at(2).toStringList().size(), 1); // gone.xml
    EXPECT_TRUE(first.at(2).toStringList().first().contains(QStringLiteral("404")))
        << first.at(2).toStringList().first().toStdString();
    EXPECT_EQ(m_window->currentDay(), QStringLiteral("2026-11-20")); // followed the news there
    EXPECT_EQ(allCount(), 3);
    EXPECT_EQ(statusMessage(), QStringLiteral("3 new article(s)"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->text(), QStringLiteral("1 source(s) failed"));
    EXPECT_FALSE(
        m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->text().contains(QStringLiteral("Cancel")));

    // More news on the same day: the counts grow, the day and category stay.
    m_window->selectCategory(ui::kAllCategories);
    m_news =
        rss(QStringLiteral("News"), {{QStringLiteral("n1"), QStringLiteral("Robot learns to fold laundry"), 11},
                                     {QStringLiteral("n2"), QStringLiteral("Chip startup ships inference card"), 12},
                                     {QStringLiteral("n3"), QStringLiteral("Speech model runs offline"), 13}});
    const QList<QVariant> second = pressF5();
    ASSERT_EQ(second.size(), 4);
    EXPECT_EQ(second.at(0).toInt(), 2);
    EXPECT_EQ(m_window->currentDay(), QStringLiteral("2026-11-20"));
    EXPECT_EQ(m_window->currentCategory(), ui::kAllCategories);
    EXPECT_EQ(allCount(), 5);
    EXPECT_EQ(statusMessage(), QStringLiteral("2 new article(s)"));
    EXPECT_GE(m_server.requestCount(), 5);
}
