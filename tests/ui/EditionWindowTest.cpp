// The window follows the shown edition: the switcher (combo, Ctrl+1 …),
// its days, categories, digest and builds, remembered across a restart.
#include "UiFixture.h"

#include "storage/EditionStore.h"
#include "ui/CategoryListModel.h"
#include "ui/DayNavigator.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"
#include "ui/SearchFilters.h"
#include "ui/SearchPanel.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

namespace {

using uitest::childNamed;

class EditionWindowTest : public uitest::UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        if (HasFatalFailure())
            return;
        storage::EditionStore editions(db());
        editions.seedCategories();
        m_papers = editions.byKey(editions::kPapersKey).id;
        ASSERT_GT(m_papers, 0);
        const QList<Category> categories = storage::CategoryStore(db(), m_papers).all();
        ASSERT_FALSE(categories.isEmpty());
        m_paperCategory = categories.first();
        Source src;
        src.url = QStringLiteral("https://papers.example.org/feed.xml");
        src.title = QStringLiteral("Example Papers");
        src.editionId = m_papers;
        const qint64 sourceId = storage::SourceStore(db()).add(src);
        ASSERT_GT(sourceId, 0);
        storage::ArticleStore store(db(), QTimeZone::utc(), m_papers);
        FeedItem item;
        item.guid = item.link = item.url = QStringLiteral("https://papers.example.org/p1");
        item.title = QStringLiteral("Sparse attention scales to long proofs");
        item.summary = QStringLiteral("An abstract.");
        item.published = QDateTime(QDate(2026, 11, 18), QTime(9, 0), QTimeZone::utc());
        const auto stats = store.ingest(sourceId, {item}, m_clock.nowUtc());
        ASSERT_EQ(stats.inserted, 1) << stats.error.toStdString();
        store.setClassification(articleId(item.url), m_paperCategory.id, true, 0.8, CategoryOrigin::Offline,
                                QStringLiteral("keywords"));
    }

    QStringList categoryNames(const ui::MainWindow &window) const
    {
        QStringList names;
        for (const Category &c : window.dayData().categories)
            names << c.key;
        return names;
    }

    QStringList titles(const ui::MainWindow &window) const
    {
        QStringList out;
        for (const Article &a : window.dayData().articles)
            out << a.item.title;
        return out;
    }

    void expectPapers(const ui::MainWindow &window) const
    {
        EXPECT_EQ(window.currentEdition(), m_papers);
        EXPECT_EQ(window.currentDay(), QStringLiteral("2026-11-18")); // News's day has no papers: their newest
        EXPECT_EQ(titles(window), QStringList{QStringLiteral("Sparse attention scales to long proofs")});
        EXPECT_TRUE(categoryNames(window).contains(m_paperCategory.key));
        EXPECT_FALSE(categoryNames(window).contains(QStringLiteral("llm")));
        EXPECT_EQ(window.dayData().digest.edition.key, editions::kPapersKey);
        auto *navigator = window.findChild<ui::DayNavigator *>();
        ASSERT_NE(navigator, nullptr);
        EXPECT_EQ(navigator->days(), QStringList{QStringLiteral("2026-11-18")});
        auto *model = window.findChild<ui::CategoryListModel *>();
        EXPECT_GE(model->rowOf(m_paperCategory.id), 0);
        EXPECT_LT(model->rowOf(categoryId(QStringLiteral("llm"))), 0);
    }

    qint64 m_papers = 0;
    Category m_paperCategory;
};

TEST_F(EditionWindowTest, ComboSwitchesToAnotherEditionsDaysCategoriesAndDigest)
{
    auto window = showWindow();
    ASSERT_TRUE(window);
    EXPECT_EQ(window->currentEdition(), editions::kNewsId);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    auto *box = childNamed<QComboBox>(window.get(), "editionBox");
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->accessibleName().isEmpty());
    ASSERT_EQ(box->count(), 2);
    EXPECT_EQ(box->itemText(0), QStringLiteral("News"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down); // as the user picks it: activated
    expectPapers(*window);
    EXPECT_EQ(m_settings->string(SettingKey::ShownEdition), editions::kPapersKey);
}

TEST_F(EditionWindowTest, CtrlTwoAndCtrlOneSwitchEditions)
{
    auto window = showWindow();
    ASSERT_TRUE(window);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    expectPapers(*window);
    auto *box = childNamed<QComboBox>(window.get(), "editionBox");
    EXPECT_EQ(box->currentData().toLongLong(), m_papers);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentEdition(), editions::kNewsId);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-20"));
    EXPECT_TRUE(categoryNames(*window).contains(QStringLiteral("llm")));
    EXPECT_EQ(box->currentData().toLongLong(), editions::kNewsId);
}

TEST_F(EditionWindowTest, EditionMenuAndShortcutsDialogListTheEditions)
{
    auto window = showWindow();
    ASSERT_TRUE(window);
    auto *menu = childNamed<QMenu>(window.get(), "editionMenu");
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 2);
    EXPECT_EQ(menu->actions().at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    EXPECT_TRUE(menu->actions().at(0)->isChecked());
    ui::ShortcutsDialog dialog(window->menuBar());
    auto *list = childNamed<QTreeWidget>(&dialog, "shortcutsList");
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names << list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    EXPECT_TRUE(names.contains(QStringLiteral("editionAction_news")));
    EXPECT_TRUE(names.contains(QStringLiteral("editionAction_papers")));
}

TEST_F(EditionWindowTest, ShownEditionSurvivesARestartAndAnUnknownOneIsNews)
{
    {
        auto window = showWindow();
        ASSERT_TRUE(window);
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        ASSERT_EQ(window->currentEdition(), m_papers);
    }
    {
        auto window = showWindow();
        ASSERT_TRUE(window);
        expectPapers(*window);
        EXPECT_EQ(childNamed<QComboBox>(window.get(), "editionBox")->currentData().toLongLong(), m_papers);
    }
    ASSERT_TRUE(m_settings->set(SettingKey::ShownEdition, QStringLiteral("gone")));
    auto window = showWindow();
    ASSERT_TRUE(window);
    EXPECT_EQ(window->currentEdition(), editions::kNewsId);
    EXPECT_TRUE(categoryNames(*window).contains(QStringLiteral("llm")));
}

TEST_F(EditionWindowTest, BuildDigestBuildsTheShownEdition)
{
    auto window = showWindow();
    ASSERT_TRUE(window);
    EXPECT_EQ(m_jobs.edition(), editions::kNewsId);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_jobs.edition(), m_papers);
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
    EXPECT_EQ(m_jobs.digestDay, QStringLiteral("2026-11-18"));
    EXPECT_EQ(m_jobs.edition(), m_papers);
}

TEST_F(EditionWindowTest, PapersDigestPageSaysWhatWasLeftOut)
{
    leftOut = [this](const QString &, qint64 edition) {
        return edition == m_papers ? QList<DigestLeftOut>{{QStringLiteral("below the top 30"), 12}}
                                   : QList<DigestLeftOut>{};
    };
    auto window = showWindow();
    ASSERT_TRUE(window);
    auto *browser = childNamed<ui::SafeTextBrowser>(window.get(), "summaryBrowser");
    EXPECT_FALSE(browser->toPlainText().contains(QStringLiteral("left out of the")));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    window->selectCategory(ui::kAllCategories);
    const QString text = browser->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("12 article(s) of this day are left out of the Papers digest")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("below the top 30: 12"))) << text.toStdString();
}

TEST_F(EditionWindowTest, ChoosingAnotherEditionsSearchHitShowsThatEdition)
{
    auto window = showWindow();
    ASSERT_TRUE(window);
    auto *panel = window->findChild<ui::SearchPanel *>();
    ASSERT_NE(panel, nullptr);
    const qint64 paper = articleId(QStringLiteral("https://papers.example.org/p1"));
    Q_EMIT panel->resultChosen(QStringLiteral("2026-11-18"), m_paperCategory.id, paper, {});
    EXPECT_EQ(window->currentEdition(), m_papers);
    EXPECT_EQ(window->currentDay(), QStringLiteral("2026-11-18"));
    EXPECT_EQ(window->currentCategory(), m_paperCategory.id);
}

TEST_F(EditionWindowTest, SearchFiltersFollowTheShownEditionUntilAnotherIsPicked)
{
    ui::SearchFilters filters;
    const QList<Edition> all = storage::EditionStore(db()).all();
    filters.setEditions(all, editions::kNewsId);
    search::SearchQuery q;
    filters.applyTo(q);
    EXPECT_EQ(q.editionId, editions::kNewsId);
    filters.setEditions(all, m_papers); // the window switched
    filters.applyTo(q);
    EXPECT_EQ(q.editionId, m_papers);
    auto *box = childNamed<QComboBox>(&filters, "searchEdition");
    box->setCurrentIndex(box->findData(qint64(0))); // the user picks "Any"
    filters.setEditions(all, editions::kNewsId);
    filters.applyTo(q);
    EXPECT_EQ(q.editionId, 0);
}

} // namespace
