// Settings → Sources: a source's reading options (full text off / on /
// automatic, load images) and how often its full text was fetched or failed.
#include "UiFixture.h"

#include "storage/FullTextStore.h"
#include "ui/SettingsDialog.h"
#include "ui/SourcesSettingsTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace uitest;

namespace {

template<typename T>
T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

class ReadingOptionsTest : public UiFixture
{
};

} // namespace

TEST_F(ReadingOptionsTest, FullTextModeAndImagesPerSourceAreSavedWithTheFetchCounts)
{
    const qint64 source = storage::SourceStore(db()).all().first().id;
    // Two pages fetched, one failed.
    int n = 0;
    for (const QString &url : {QStringLiteral("https://news.example.org/b1"), QStringLiteral("https://news.example.org/b2"),
                               QStringLiteral("https://news.example.org/b3")}) {
        storage::FullText ft;
        ft.articleId = articleId(url);
        ft.state = n++ < 2 ? storage::FullText::State::Ok : storage::FullText::State::Failed;
        ft.error = ft.state == storage::FullText::State::Failed ? QStringLiteral("HTTP 404") : QString();
        ft.fetchedAt = m_clock.nowUtc();
        ASSERT_TRUE(storage::FullTextStore(db()).save(ft));
    }
    ui::SettingsDialog dialog(deps());
    dialog.showTab(ui::SettingsDialog::Tab::Sources);
    auto *table = find<QTableWidget>(&dialog, "sourcesTable");
    auto *box = find<QGroupBox>(&dialog, "readingOptions");
    auto *mode = find<QComboBox>(&dialog, "fullTextCombo");
    auto *images = find<QCheckBox>(&dialog, "loadImagesCheck");
    auto *counts = find<QLabel>(&dialog, "fullTextCounts");
    table->setCurrentCell(0, 1);
    EXPECT_TRUE(box->isEnabled());
    EXPECT_TRUE(box->title().contains(QStringLiteral("Example News")));
    EXPECT_EQ(mode->currentData().toInt(), int(FullTextMode::Off));
    EXPECT_FALSE(images->isChecked());
    EXPECT_EQ(counts->text(), QStringLiteral("Full text: 2 fetched, 1 failed"));

    mode->setCurrentIndex(mode->findData(int(FullTextMode::Auto)));
    Q_EMIT mode->activated(mode->currentIndex());
    images->click();
    // Kept in the tab (the selection and the shown options stay) until OK.
    EXPECT_EQ(table->currentRow(), 0);
    EXPECT_TRUE(images->isChecked());
    EXPECT_EQ(storage::SourceStore(db()).byId(source).fullText, FullTextMode::Off);
    QTest::mouseClick(find<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(storage::SourceStore(db()).byId(source).fullText, FullTextMode::Auto, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(storage::SourceStore(db()).byId(source).loadImages, 30000);
    EXPECT_EQ(mode->currentData().toInt(), int(FullTextMode::Auto));
}
