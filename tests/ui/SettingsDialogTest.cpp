#include "UiFixture.h"

#include "service/CategoryEditing.h"
#include "ui/CategoriesSettingsTab.h"
#include "ui/LlmSettingsTab.h"
#include "ui/SettingsDialog.h"
#include "ui/SourcesSettingsTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QApplication>
#include <QDirIterator>
#include <QInputDialog>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <atomic>

using namespace uitest;

namespace {

QByteArray testpaths_read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template<typename T>
T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

void choose(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    ASSERT_GE(i, 0) << data.toStdString();
    box->setCurrentIndex(i);
}

// Every file under the folder (settings.ini, the app's QSettings, …).
QByteArray allFiles(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".sqlite")) && !path.contains(QLatin1String(".sqlite-")))
            all += testpaths_read(path);
    }
    return all;
}

} // namespace

class SettingsDialogTest : public UiFixture
{
};

TEST_F(SettingsDialogTest, GeneralAndLlmSettingsRoundTrip)
{
    {
        ui::SettingsDialog dialog(deps());
        find<QSpinBox>(&dialog, "refreshIntervalBox")->setValue(15);
        find<QCheckBox>(&dialog, "refreshOnStartBox")->setChecked(false);
        choose(find<QComboBox>(&dialog, "uiLanguageBox"), QStringLiteral("ko"));
        choose(find<QComboBox>(&dialog, "timeZoneBox"), QStringLiteral("Asia/Seoul"));
        choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("anthropic"));
        QLineEdit *model = find<QLineEdit>(&dialog, "modelField");
        model->clear();
        QTest::keyClicks(model, QStringLiteral("claude-test"));
        choose(find<QComboBox>(&dialog, "outputLanguageBox"), QStringLiteral("en"));
        find<QSpinBox>(&dialog, "requestTimeoutBox")->setValue(45);
        QTest::mouseClick(find<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    Settings reread(m_settings->fileName());
    EXPECT_EQ(reread.integer(SettingKey::RefreshIntervalMin), 15);
    EXPECT_FALSE(reread.flag(SettingKey::RefreshOnStart));
    EXPECT_EQ(reread.string(SettingKey::UiLanguage), QStringLiteral("ko"));
    EXPECT_EQ(reread.string(SettingKey::TimeZone), QStringLiteral("Asia/Seoul"));
    EXPECT_EQ(reread.string(SettingKey::Provider), QStringLiteral("anthropic"));
    EXPECT_EQ(reread.string(SettingKey::Model), QStringLiteral("claude-test"));
    EXPECT_EQ(reread.string(SettingKey::OutputLanguage), QStringLiteral("en"));
    EXPECT_EQ(reread.integer(SettingKey::RequestTimeoutSec), 45);

    // Opening again shows what was stored.
    ui::SettingsDialog again(deps());
    EXPECT_EQ(find<QSpinBox>(&again, "refreshIntervalBox")->value(), 15);
    EXPECT_EQ(find<QComboBox>(&again, "providerBox")->currentData().toString(), QStringLiteral("anthropic"));
    EXPECT_EQ(find<QLineEdit>(&again, "modelField")->text(), QStringLiteral("claude-test"));
    EXPECT_EQ(find<QComboBox>(&again, "timeZoneBox")->currentData().toString(), QStringLiteral("Asia/Seoul"));
}

TEST_F(SettingsDialogTest, ApiKeyGoesToTheSecretStoreAndNeverToSettingsFiles)
{
    const QString secret = QStringLiteral("sk-test-UNIQUE-7f3a9c");
    {
        ui::SettingsDialog dialog(deps());
        choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("openai"));
        auto *status = find<QLabel>(&dialog, "apiKeyStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("No key stored")), 30000);
        QLineEdit *key = find<QLineEdit>(&dialog, "apiKeyField");
        EXPECT_EQ(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, secret);
        QTest::mouseClick(find<QPushButton>(&dialog, "storeKeyButton"), Qt::LeftButton);
        EXPECT_TRUE(key->text().isEmpty()); // the field never keeps it
        QTRY_VERIFY_WITH_TIMEOUT(m_secrets.contains(QStringLiteral("llm/openai")), 30000);
        EXPECT_EQ(m_secrets.value(QStringLiteral("llm/openai")), secret);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("A key is stored in the system keychain."), 30000);
        QTest::mouseClick(find<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
    }
    m_settings->sync();
    QSettings().sync();
    const QByteArray files = allFiles(m_dir.path());
    EXPECT_FALSE(files.isEmpty());
    EXPECT_TRUE(files.contains("openai")); // the provider setting was written…
    EXPECT_FALSE(files.contains(secret.toUtf8())); // …the key was not
    EXPECT_FALSE(files.contains("UNIQUE-7f3a9c"));
}

TEST_F(SettingsDialogTest, KeychainUnavailableSaysWhatToDo)
{
    m_secrets.simulateFailure(secrets::SecretStore::Status::NoBackend, QStringLiteral("no secret service"));
    ui::SettingsDialog dialog(deps());
    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("gemini"));
    auto *status = find<QLabel>(&dialog, "apiKeyStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain is unavailable")), 30000);
    EXPECT_TRUE(status->text().contains(QStringLiteral("no secret service")));
    EXPECT_TRUE(status->text().contains(QStringLiteral("gnome-keyring")));
}

TEST_F(SettingsDialogTest, SourcesTabListsAddsAndDisablesSources)
{
    ui::SettingsDialog dialog(deps());
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    ASSERT_NE(tab, nullptr);
    auto *table = find<QTableWidget>(&dialog, "sourcesTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("https://news.example.org/feed.xml"));
    QString error;
    EXPECT_FALSE(tab->addSource(QStringLiteral("ftp://x.example/feed"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an http")));
    QSignalSpy changed(tab, &ui::SourcesSettingsTab::changed); // after each writer round trip
    ASSERT_TRUE(tab->addSource(QStringLiteral("https://second.example.com/rss"), &error));
    ASSERT_TRUE(changed.wait(60000));
    EXPECT_EQ(table->rowCount(), 2);
    table->item(1, 0)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(changed.wait(60000));
    EXPECT_FALSE(storage::SourceStore(db()).byUrl(QStringLiteral("https://second.example.com/rss")).enabled);
}

// Apply queues the edits and returns at once, even while the writer is busy
// (a refresh holding it): no flush() on the GUI thread. The table is
// written once the writer gets to it, and changed() says so.
TEST_F(SettingsDialogTest, CategoryEditsAreQueuedNotWaitedFor)
{
    ui::CategoriesSettingsTab tab(deps());
    QTableWidget *table = tab.table();
    ASSERT_GE(table->rowCount(), 1);
    const qint64 firstId = storage::CategoryStore(db()).all().first().id;
    table->item(0, 1)->setText(QStringLiteral("  Renamed  "));
    table->item(0, 2)->setText(QStringLiteral("red"));

    // Hold the writer: a job that waits for the test (or gives up after a
    // minute, so that a blocking apply() fails the test instead of hanging).
    QSemaphore release;
    std::atomic<bool> writerHeld{true};
    m_writer->post([&](QSqlDatabase &) {
        release.tryAcquire(1, 60000);
        writerHeld = false;
    });
    QSignalSpy changed(&tab, &ui::CategoriesSettingsTab::changed);
    QString error;
    ASSERT_TRUE(tab.apply(&error)) << error.toStdString();
    EXPECT_TRUE(writerHeld) << "apply() waited for the writer";
    EXPECT_EQ(changed.count(), 0);
    release.release();
    ASSERT_TRUE(changed.wait(60000));
    const Category stored = storage::CategoryStore(db()).byId(firstId);
    EXPECT_EQ(stored.name, QStringLiteral("Renamed"));
    EXPECT_EQ(stored.color, QStringLiteral("#ff0000")); // normalised, as `categories edit` does

    // A bad row is refused before anything is queued, with the service's reason.
    table->item(0, 2)->setText(QStringLiteral("not-a-colour"));
    EXPECT_FALSE(tab.apply(&error));
    EXPECT_EQ(error, QStringLiteral("Row 1: \"not-a-colour\" is not a colour (use #rrggbb)."));
}

// The Add button makes the same category `categories add` makes: key from
// the name, the default colour.
TEST_F(SettingsDialogTest, CategoryAddUsesTheServiceDefaults)
{
    ui::CategoriesSettingsTab tab(deps());
    const int before = tab.table()->rowCount();
    QSignalSpy changed(&tab, &ui::CategoriesSettingsTab::changed);
    QTimer::singleShot(0, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(input, nullptr);
        input->setTextValue(QStringLiteral("Quantum ML!"));
        input->accept();
    });
    QTest::mouseClick(find<QPushButton>(&tab, "addCategoryButton"), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(60000));
    EXPECT_EQ(tab.table()->rowCount(), before + 1);
    const Category added = storage::CategoryStore(db()).byKey(QStringLiteral("quantum-ml"));
    EXPECT_EQ(added.name, QStringLiteral("Quantum ML!"));
    EXPECT_EQ(added.color, service::CategoryEditing::defaultColor());
}
