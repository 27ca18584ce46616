// Issue 12 items 2 and 3: the window says what there is to do (build the
// digest, refresh) and offers it, says when a build runs, says when a
// category simply had no articles, and names the LLM that was not used,
// with a way to its settings.
#include "UiFixture.h"

#include "ui/CategorySidebar.h"
#include "ui/LlmNotice.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace uitest;

namespace {

class MainWindowGuidanceTest : public UiFixture
{
protected:
    void TearDown() override
    {
        window.reset();
        UiFixture::TearDown();
    }
    void open()
    {
        window = showWindow();
        ASSERT_TRUE(window);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    template<typename T>
    T *find(const char *name)
    {
        return childNamed<T>(window.get(), name);
    }
    QString summaryText() { return find<ui::SafeTextBrowser>("summaryBrowser")->toPlainText(); }
    QPushButton *actionButton() { return find<QPushButton>("summaryActionButton"); }
    QPushButton *regenerateButton() { return find<QPushButton>("regenerateButton"); }

    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

// Before: "All" listed 0 AI articles and said "Select a category to read its
// summary."; every category was (0) with nothing to do.
TEST_F(MainWindowGuidanceTest, UnbuiltDayOffersToBuildTheDigestAndSaysWhenItRuns)
{
    exec(QStringLiteral("DELETE FROM classifications"));
    exec(QStringLiteral("DELETE FROM summaries"));
    open();
    ASSERT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    ASSERT_EQ(window->currentCategory(), ui::kAllCategories);
    EXPECT_TRUE(summaryText().contains(QStringLiteral("is not built yet"))) << summaryText().toStdString();
    EXPECT_FALSE(summaryText().contains(QStringLiteral("Select a category")));
    ASSERT_TRUE(actionButton()->isVisible());
    EXPECT_EQ(actionButton()->text(), QStringLiteral("Build digest now"));

    // A category page says the same.
    ASSERT_TRUE(find<ui::CategorySidebar>("categorySidebar")->selectCategory(categoryId(QStringLiteral("vision"))));
    EXPECT_TRUE(summaryText().contains(QStringLiteral("is not built yet")));
    EXPECT_FALSE(regenerateButton()->isVisible());
    ASSERT_TRUE(actionButton()->isVisible());

    QTest::mouseClick(actionButton(), Qt::LeftButton);
    EXPECT_EQ(m_jobs.digestDay, QStringLiteral("2026-11-20")); // the real action: the whole day's build
    EXPECT_EQ(m_jobs.digestOnly, 0);
    EXPECT_TRUE(summaryText().contains(QStringLiteral("is being built"))) << summaryText().toStdString();
    EXPECT_FALSE(actionButton()->isVisible());
}

TEST_F(MainWindowGuidanceTest, AFreshProfileOffersToRefreshAndSaysWhenItRuns)
{
    exec(QStringLiteral("DELETE FROM articles"));
    open();
    EXPECT_TRUE(summaryText().contains(QStringLiteral("No articles for this day"))) << summaryText().toStdString();
    ASSERT_TRUE(actionButton()->isVisible());
    EXPECT_EQ(actionButton()->text(), QStringLiteral("Refresh now"));
    QTest::mouseClick(actionButton(), Qt::LeftButton);
    EXPECT_EQ(m_jobs.refreshStarts, 1);
    EXPECT_TRUE(summaryText().contains(QStringLiteral("Fetching the sources"))) << summaryText().toStdString();
    EXPECT_FALSE(actionButton()->isVisible());
}

// Before: an empty category of a built day offered "Regenerate" and said
// "Press Build digest".
TEST_F(MainWindowGuidanceTest, AnEmptyCategoryOfABuiltDaySaysItHadNoArticles)
{
    open();
    ASSERT_TRUE(find<ui::CategorySidebar>("categorySidebar")->selectCategory(categoryId(QStringLiteral("robotics"))));
    EXPECT_TRUE(summaryText().contains(QStringLiteral("There were no articles in this category on")))
        << summaryText().toStdString();
    EXPECT_FALSE(summaryText().contains(QStringLiteral("Build digest")));
    EXPECT_FALSE(regenerateButton()->isVisible());
    EXPECT_FALSE(actionButton()->isVisible());
    // A summarised category still offers Regenerate.
    ASSERT_TRUE(find<ui::CategorySidebar>("categorySidebar")->selectCategory(categoryId(QStringLiteral("llm"))));
    EXPECT_TRUE(regenerateButton()->isVisible());
}

// Before: with Anthropic chosen and no key the build quietly went offline and
// the status bar only said "Offline summaries".
TEST_F(MainWindowGuidanceTest, TheUnusedProviderIsNamedAndItsSettingsAreOneClickAway)
{
    open();
    auto *notice = find<ui::LlmNotice>("llmNotice");
    EXPECT_FALSE(notice->isVisible());
    service::LlmUse use;
    use.state = service::LlmUse::State::NoKey;
    use.provider = QStringLiteral("Anthropic");
    Q_EMIT m_jobs.llmUseReported(use);
    ASSERT_TRUE(notice->isVisible());
    const QString text = find<QLabel>("llmNoticeText")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Anthropic was not used: no API key is stored for it")))
        << text.toStdString();

    int shownTab = -1;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        shownTab = dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->currentIndex();
        dialog->reject();
    });
    poll.start();
    QTest::mouseClick(find<QPushButton>("openLlmSettingsButton"), Qt::LeftButton);
    EXPECT_EQ(shownTab, int(ui::SettingsDialog::Tab::Llm));

    // A build that used the provider takes the notice away.
    use.state = service::LlmUse::State::Used;
    Q_EMIT m_jobs.llmUseReported(use);
    EXPECT_FALSE(notice->isVisible());
}
