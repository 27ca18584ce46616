// Issue 9 §3 in the real window over the real service layer: after F5 the
// digest builds itself (no "Build digest"), offline at once and through an
// OpenAI-compatible server in this process within the daily budget, which
// the status bar shows; Settings → General holds the switch and the budget.
#include "FakeOpenAiServer.h"
#include "UiFixture.h"

#include "model/Clock.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/AppContext.h"
#include "service/DigestService.h"
#include "settings/Settings.h"
#include "storage/SourceStore.h"
#include "storage/SummaryStore.h"
#include "support/TestHttpServer.h"
#include "ui/CategoryListModel.h"
#include "ui/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/ServiceJobs.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

namespace {

const QString kDay = QStringLiteral("2026-11-20");

QByteArray sixStories()
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>AI news</title>"
                     "<link>https://example.com/</link>";
    const char *titles[] = {"AI startup raises $50M funding round", "Humanoid robot learns to fold laundry with AI",
                            "New speech recognition model for voice assistants",
                            "Quantization makes AI inference on GPUs cheaper",
                            "AI safety regulation bill passes the senate",
                            "Reinforcement learning agent masters a new AI benchmark game with RLHF"};
    int hour = 9;
    for (const char *t : titles) {
        const QByteArray title(t);
        xml += "<item><title>" + title + "</title><link>https://example.com/" + QUrl::toPercentEncoding(title)
               + "</link><pubDate>Fri, 20 Nov 2026 0" + QByteArray::number(hour--)
               + ":00:00 GMT</pubDate><description>" + title + " in detail.</description></item>";
    }
    return xml + "</channel></rss>";
}

class AutoDigestWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("appconf")));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings().clear();
        m_feeds.route("/ai.xml", [](const TestHttpRequest &, TestHttpResponder &res) {
            res.reply(200, sixStories(), {{"Content-Type", "application/rss+xml"}});
        });
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
        Source s;
        s.url = m_feeds.url(QStringLiteral("/ai.xml")).toString();
        ASSERT_GT(storage::SourceStore(m_context.profile().database()).add(s), 0);
    }

    void TearDown() override
    {
        m_window.reset();
        m_jobs.reset();
    }

    void configureLlm(int dailyRequests)
    {
        Settings &s = m_context.profile().settings();
        ASSERT_TRUE(s.set(SettingKey::Provider, QStringLiteral("openai")));
        ASSERT_TRUE(s.set(SettingKey::BaseUrl, m_llm.baseUrl().toString()));
        ASSERT_TRUE(s.set(SettingKey::Model, QStringLiteral("test-model")));
        ASSERT_TRUE(s.set(SettingKey::LlmDailyRequests, dailyRequests));
        bool stored = false;
        service::ApiKeyStore(m_secrets).store(QStringLiteral("openai"), QStringLiteral("sk-window-autodigest"),
                                              service::originOf(m_llm.baseUrl()),
                                              [&](secrets::SecretStore::Status, const QString &) { stored = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return stored; }, 5000));
    }

    void openWindow()
    {
        m_jobs = std::make_unique<ui::ServiceJobs>(m_context);
        ui::MainWindowDeps deps;
        deps.readConnection = m_context.profile().connectionName();
        deps.settings = &m_context.profile().settings();
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
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // As the launcher does: load the LLM client from the settings and the key.
        QSignalSpy loaded(m_jobs.get(), &ui::BackgroundJobs::offlineReasonChanged);
        m_jobs->reloadLlm();
        ASSERT_TRUE(loaded.count() > 0 || loaded.wait(5000));
    }

    // Categories (not "All" or "Not AI") the sidebar shows with a count > 0.
    int categoriesWithArticles() const
    {
        auto *model = m_window->findChild<ui::CategoryListModel *>();
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const qint64 id = model->data(index, ui::CategoryListModel::CategoryIdRole).toLongLong();
            if (id > 0 && model->data(index, ui::CategoryListModel::CountRole).toInt() > 0)
                ++n;
        }
        return n;
    }

    int drawnCategories() const { return int(m_window->findChild<ui::ChartPanel *>()->drawnCategories().size()); }

    QString budgetLabel() const
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("llmBudgetLabel"));
        return label && label->isVisibleTo(m_window.get()) ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    TestHttpServer m_feeds;
    clitest::FakeOpenAiServer m_llm;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc())};
    secrets::MemorySecretStore m_secrets;
    service::AppContext m_context;
    std::unique_ptr<ui::ServiceJobs> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(AutoDigestWindowTest, AfterF5TheCategoriesAndTheChartAreFilledWithoutBuildDigest)
{
    openWindow();
    QSignalSpy updated(m_jobs.get(), &ui::BackgroundJobs::digestUpdated);
    QSignalSpy done(m_jobs.get(), &ui::BackgroundJobs::digestFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(updated.wait(15000)); // the offline pass
    EXPECT_EQ(updated.first().first().toString(), kDay);
    EXPECT_EQ(m_window->currentDay(), kDay);
    EXPECT_GE(categoriesWithArticles(), 4);
    EXPECT_GE(drawnCategories(), 4);
    ASSERT_TRUE(done.count() > 0 || done.wait(15000));
    EXPECT_EQ(done.first().at(0).toString(), kDay);
    EXPECT_TRUE(done.first().at(1).toString().isEmpty()) << done.first().at(1).toString().toStdString();
    EXPECT_EQ(m_llm.requestCount(), 0);
    EXPECT_TRUE(budgetLabel().isEmpty()) << "no LLM, no budget shown";
}

TEST_F(AutoDigestWindowTest, WithAnLlmTheBuildStaysWithinTheBudgetTheStatusBarShows)
{
    configureLlm(2);
    openWindow();
    EXPECT_EQ(budgetLabel(), QStringLiteral("LLM 0/2 today"));
    QSignalSpy done(m_jobs.get(), &ui::BackgroundJobs::digestFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(done.wait(20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(m_llm.requestCount(), 2);
    EXPECT_EQ(budgetLabel(), QStringLiteral("LLM 2/2 today"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("over today's LLM budget")))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_GE(categoriesWithArticles(), 4);
    EXPECT_GE(drawnCategories(), 4);
    int byLlm = 0;
    qint64 offlineSection = 0;
    for (const SectionSummary &s : storage::SummaryStore(m_context.profile().database()).forDay(kDay)) {
        byLlm += s.provenance.provider == QLatin1String("openai") ? 1 : 0;
        if (s.provenance.provider == QLatin1String("offline"))
            offlineSection = s.categoryId;
    }
    EXPECT_EQ(byLlm, 2);
    // The section itself says why it is offline.
    ASSERT_GT(offlineSection, 0);
    m_window->selectCategory(offlineSection);
    auto *provenance = m_window->findChild<QLabel *>(QStringLiteral("summaryProvenance"));
    ASSERT_NE(provenance, nullptr);
    EXPECT_TRUE(provenance->text().contains(QStringLiteral("over today's LLM budget"))) << provenance->text().toStdString();
}

TEST_F(AutoDigestWindowTest, TheSwitchOffLeavesTheDayUnbuilt)
{
    ASSERT_TRUE(m_context.profile().settings().set(SettingKey::AutoDigest, false));
    openWindow();
    QSignalSpy refreshed(m_jobs.get(), &ui::BackgroundJobs::refreshFinished);
    QSignalSpy updated(m_jobs.get(), &ui::BackgroundJobs::digestUpdated);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(refreshed.wait(15000));
    QCoreApplication::processEvents();
    EXPECT_FALSE(m_jobs->digestRunning());
    EXPECT_TRUE(updated.isEmpty());
    EXPECT_EQ(categoriesWithArticles(), 0);
}

class AutoDigestSettingsTest : public uitest::UiFixture
{
};

TEST_F(AutoDigestSettingsTest, TheSwitchAndTheBudgetAreInGeneralSettings)
{
    {
        ui::SettingsDialog dialog(deps());
        auto *autoDigest = dialog.findChild<QCheckBox *>(QStringLiteral("autoDigestBox"));
        auto *requests = dialog.findChild<QSpinBox *>(QStringLiteral("dailyRequestsBox"));
        auto *tokens = dialog.findChild<QSpinBox *>(QStringLiteral("dailyTokensBox"));
        ASSERT_TRUE(autoDigest && requests && tokens);
        EXPECT_TRUE(autoDigest->isChecked());
        EXPECT_EQ(requests->value(), 30);
        EXPECT_EQ(tokens->value(), 200000);
        autoDigest->setChecked(false);
        requests->setValue(12);
        tokens->setValue(50000);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton")), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    Settings reread(m_settings->fileName());
    EXPECT_FALSE(reread.flag(SettingKey::AutoDigest));
    EXPECT_EQ(reread.integer(SettingKey::LlmDailyRequests), 12);
    EXPECT_EQ(reread.integer(SettingKey::LlmDailyTokens), 50000);
}

TEST_F(AutoDigestWindowTest, TheBuildShowsProgressInTheStatusBarAndItsCancelButtonStopsIt)
{
    openWindow();
    auto *cancel = m_window->findChild<QToolButton *>(QStringLiteral("statusCancelButton"));
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    ASSERT_TRUE(cancel && progress);
    QString shown;
    // At the build's first progress, once the window has shown it: press cancel.
    QObject::connect(m_jobs.get(), &ui::BackgroundJobs::digestProgress, m_window.get(), [&] {
        if (!shown.isEmpty())
            return;
        shown = progress->format();
        EXPECT_TRUE(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
    }, Qt::QueuedConnection);
    QSignalSpy done(m_jobs.get(), &ui::BackgroundJobs::digestFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(done.wait(15000));
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Summarising")) || shown.startsWith(QStringLiteral("Classifying")))
        << shown.toStdString();
    EXPECT_TRUE(done.first().at(2).toBool()) << "cancelled";
    EXPECT_FALSE(m_jobs->digestRunning());
    EXPECT_FALSE(progress->isVisible());
}
