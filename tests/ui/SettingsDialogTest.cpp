#include "UiFixture.h"

#include "ui/LlmSettingsTab.h"
#include "ui/SettingsDialog.h"
#include "ui/SourcesSettingsTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

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
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("No key stored")), 2000);
        QLineEdit *key = find<QLineEdit>(&dialog, "apiKeyField");
        EXPECT_EQ(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, secret);
        QTest::mouseClick(find<QPushButton>(&dialog, "storeKeyButton"), Qt::LeftButton);
        EXPECT_TRUE(key->text().isEmpty()); // the field never keeps it
        QTRY_VERIFY_WITH_TIMEOUT(m_secrets.contains(QStringLiteral("llm/openai")), 2000);
        EXPECT_EQ(m_secrets.value(QStringLiteral("llm/openai")), secret);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("A key is stored in the system keychain."), 2000);
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
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain is unavailable")), 2000);
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
    ASSERT_TRUE(tab->addSource(QStringLiteral("https://second.example.com/rss"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 2000);
    table->item(1, 0)->setCheckState(Qt::Unchecked);
    QTRY_VERIFY_WITH_TIMEOUT(!storage::SourceStore(db()).byUrl(QStringLiteral("https://second.example.com/rss")).enabled, 2000);
}
