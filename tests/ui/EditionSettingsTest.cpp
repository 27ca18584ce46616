// Settings → Editions: add, rename and remove only on OK; Cancel drops;
// News cannot be removed; the Sources and Categories tabs work on one edition.
#include "UiFixture.h"

#include "storage/EditionStore.h"
#include "ui/CategoriesSettingsTab.h"
#include "ui/EditionsSettingsTab.h"
#include "ui/SettingsDialog.h"
#include "ui/SourcesSettingsTab.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using uitest::childNamed;

namespace {

class EditionSettingsTest : public uitest::UiFixture
{
protected:
    QStringList storedNames() const
    {
        QStringList names;
        for (const Edition &e : storage::EditionStore(db()).all())
            names << e.name;
        return names;
    }

    int rowOf(const ui::EditionsSettingsTab &tab, const QString &name) const
    {
        for (int i = 0; i < tab.editions().size(); ++i) {
            if (tab.editions().at(i).name == name)
                return i;
        }
        return -1;
    }

    // Presses OK and waits for the Editions tab's write.
    void pressOk(ui::SettingsDialog &dialog)
    {
        QSignalSpy written(dialog.editionsTab(), &ui::EditionsSettingsTab::changed);
        QTest::mouseClick(childNamed<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(written.wait(60000));
    }
};

TEST_F(EditionSettingsTest, AddRenameAndRemoveAreStoredOnlyOnOk)
{
    const QStringList before = storedNames();
    ASSERT_EQ(before, (QStringList{QStringLiteral("News"), QStringLiteral("Papers")}));
    {
        ui::SettingsDialog dialog(deps());
        ui::EditionsSettingsTab *tab = dialog.editionsTab();
        ASSERT_NE(tab, nullptr);
        Edition robotics;
        robotics.name = QStringLiteral("Robotics watch");
        robotics.topN = 20;
        QString error;
        ASSERT_TRUE(tab->addEdition(robotics, &error)) << error.toStdString();
        EXPECT_FALSE(tab->addEdition(robotics, &error)); // the name is taken
        EXPECT_TRUE(error.contains(QStringLiteral("exists")));
        EXPECT_EQ(storedNames(), before); // nothing written yet
        pressOk(dialog);
    }
    const Edition added = storage::EditionStore(db()).byKey(QStringLiteral("robotics-watch"));
    ASSERT_GT(added.id, 0) << storedNames().join(u',').toStdString();
    EXPECT_EQ(added.topN, 20);
    EXPECT_FALSE(storage::CategoryStore(db(), added.id).all().isEmpty()); // its style's categories
    {
        ui::SettingsDialog dialog(deps());
        ui::EditionsSettingsTab *tab = dialog.editionsTab();
        const int row = rowOf(*tab, QStringLiteral("Robotics watch"));
        ASSERT_GE(row, 0);
        Edition renamed = tab->editions().at(row);
        renamed.name = QStringLiteral("Robots");
        QString error;
        ASSERT_TRUE(tab->editEdition(row, renamed, &error)) << error.toStdString();
        EXPECT_EQ(storage::EditionStore(db()).byId(added.id).name, QStringLiteral("Robotics watch"));
        pressOk(dialog);
    }
    EXPECT_EQ(storage::EditionStore(db()).byId(added.id).name, QStringLiteral("Robots"));
    {
        ui::SettingsDialog dialog(deps());
        ui::EditionsSettingsTab *tab = dialog.editionsTab();
        QString asked;
        tab->confirm = [&asked](QWidget *, const QString &question) {
            asked = question;
            return true;
        };
        ASSERT_TRUE(tab->removeEdition(rowOf(*tab, QStringLiteral("Robots"))));
        EXPECT_TRUE(asked.contains(QStringLiteral("Robots"))) << asked.toStdString();
        for (const char *what : {"source", "categories", "article", "summaries"})
            EXPECT_TRUE(asked.contains(QLatin1String(what))) << what << ": " << asked.toStdString();
        EXPECT_GT(storage::EditionStore(db()).byId(added.id).id, 0); // still there before OK
        pressOk(dialog);
    }
    EXPECT_EQ(storage::EditionStore(db()).byId(added.id).id, 0);
    EXPECT_EQ(storedNames(), before);
}

TEST_F(EditionSettingsTest, CancelDropsTheEditionsEdits)
{
    const QStringList before = storedNames();
    {
        ui::SettingsDialog dialog(deps());
        dialog.show();
        ui::EditionsSettingsTab *tab = dialog.editionsTab();
        tab->confirm = [](QWidget *, const QString &) { return true; };
        Edition extra;
        extra.name = QStringLiteral("Extra");
        QString error;
        ASSERT_TRUE(tab->addEdition(extra, &error));
        ASSERT_TRUE(tab->removeEdition(rowOf(*tab, QStringLiteral("Papers"))));
        QTest::mouseClick(childNamed<QPushButton>(&dialog, "settingsCancelButton"), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
    }
    ASSERT_TRUE(m_writer->isRunning());
    m_writer->flush();
    EXPECT_EQ(storedNames(), before);
}

TEST_F(EditionSettingsTest, RemovingNewsIsRefusedWithAMessage)
{
    ui::SettingsDialog dialog(deps());
    ui::EditionsSettingsTab *tab = dialog.editionsTab();
    bool asked = false;
    tab->confirm = [&asked](QWidget *, const QString &) { return asked = true; };
    EXPECT_FALSE(tab->removeEdition(rowOf(*tab, QStringLiteral("News"))));
    EXPECT_FALSE(asked);
    EXPECT_EQ(tab->errorText(), QStringLiteral("The News edition cannot be removed."));
    EXPECT_EQ(tab->editions().size(), 2);
    EXPECT_FALSE(tab->hasPendingChanges());
    // A "no" to the question removes nothing either.
    tab->confirm = [](QWidget *, const QString &) { return false; };
    EXPECT_FALSE(tab->removeEdition(rowOf(*tab, QStringLiteral("Papers"))));
    EXPECT_EQ(tab->editions().size(), 2);
}

TEST_F(EditionSettingsTest, SourcesTabAddsToTheChosenEditionWithItsKind)
{
    const qint64 papers = storage::EditionStore(db()).byKey(editions::kPapersKey).id;
    ASSERT_TRUE(m_settings->set(SettingKey::ShownEdition, editions::kPapersKey));
    ui::SettingsDialog dialog(deps());
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(tab->edition(), papers); // the shown edition's
    EXPECT_EQ(childNamed<QComboBox>(&dialog, "sourcesEdition")->currentData().toLongLong(), papers);
    auto *table = childNamed<QTableWidget>(&dialog, "sourcesTable");
    EXPECT_EQ(table->rowCount(), int(storage::SourceStore(db()).inEdition(papers).size()));
    QString error;
    ASSERT_TRUE(tab->addSource(QStringLiteral("https://rss.arxiv.org/rss/cs.NE"), &error)) << error.toStdString();
    tab->setEdition(editions::kNewsId);
    EXPECT_EQ(table->rowCount(), 1); // News's one feed; the added one waits in Papers
    ASSERT_TRUE(tab->addSource(QStringLiteral("https://second.example.com/rss"), &error)) << error.toStdString();
    QSignalSpy written(tab, &ui::SourcesSettingsTab::changed);
    QTest::mouseClick(childNamed<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
    ASSERT_TRUE(written.wait(60000));
    const Source arxiv = storage::SourceStore(db()).byUrl(QStringLiteral("https://rss.arxiv.org/rss/cs.NE"));
    EXPECT_EQ(arxiv.editionId, papers);
    EXPECT_EQ(arxiv.kind, SourceKind::Arxiv);
    const Source feed = storage::SourceStore(db()).byUrl(QStringLiteral("https://second.example.com/rss"));
    EXPECT_EQ(feed.editionId, editions::kNewsId);
    EXPECT_EQ(feed.kind, SourceKind::Feed);
}

TEST_F(EditionSettingsTest, CategoriesTabShowsAndAddsToOneEdition)
{
    storage::EditionStore(db()).seedCategories();
    const qint64 papers = storage::EditionStore(db()).byKey(editions::kPapersKey).id;
    ui::SettingsDialog dialog(deps());
    auto *tab = dialog.findChild<ui::CategoriesSettingsTab *>();
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(tab->edition(), editions::kNewsId);
    ASSERT_TRUE(tab->setEdition(papers));
    auto *table = childNamed<QTableWidget>(&dialog, "categoriesTable");
    const QList<Category> paperCategories = storage::CategoryStore(db(), papers).all();
    ASSERT_EQ(table->rowCount(), paperCategories.size());
    table->item(0, 1)->setText(QStringLiteral("Language models"));
    // A pending edit keeps the tab on its edition until OK.
    EXPECT_FALSE(tab->setEdition(editions::kNewsId));
    EXPECT_FALSE(childNamed<QLabel>(&dialog, "categoriesEditionHint")->isHidden());
    QSignalSpy written(tab, &ui::CategoriesSettingsTab::changed);
    QTest::mouseClick(childNamed<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
    ASSERT_TRUE(written.wait(60000));
    EXPECT_EQ(storage::CategoryStore(db(), papers).byId(paperCategories.first().id).name,
              QStringLiteral("Language models"));
    EXPECT_EQ(storage::CategoryStore(db(), papers).all().size(), paperCategories.size());
}

} // namespace
