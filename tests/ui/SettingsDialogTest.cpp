#include "UiFixture.h"

#include "secrets/KeychainErrors.h"
#include "model/CategoryColours.h"
#include "service/CategoryEditing.h"
#include "storage/CategoryStore.h"
#include "storage/SourceStore.h"
#include "ui/AddSourceDialog.h"
#include "ui/CategoryText.h"
#include "ui/CategoriesSettingsTab.h"
#include "ui/LlmSettingsTab.h"
#include "ui/SettingsDialog.h"
#include "ui/SourcesSettingsTab.h"
#include "ui/WordElide.h"

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
#include <QTranslator>

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

namespace {
// Marks every text of one context it is asked about, so a test sees that a
// string went through translate() with that context (the Korean words come
// when the lead fills ko.ts).
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return QString();
        return QStringLiteral("KO[%1]").arg(QString::fromUtf8(source));
    }

private:
    const char *m_context;
};
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

// Issue 12 item 8: one translated sentence chosen by the kind of failure;
// the library's own words only in the tooltip.
TEST_F(SettingsDialogTest, KeychainUnavailableSaysWhatToDo)
{
    const QString raw = QStringLiteral("Failed to execute child process \u201cdbus-launch\u201d (No such file)");
    m_secrets.simulateFailure(secrets::SecretStore::Status::NoBackend, raw);
    ui::SettingsDialog dialog(deps());
    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("gemini"));
    auto *status = find<QLabel>(&dialog, "apiKeyStatus");
    const QString sentence = secrets::failureSentence(secrets::SecretStore::Failure::NoSecretService);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), sentence, 30000);
    EXPECT_TRUE(sentence.contains(QStringLiteral("gnome-keyring")));
    EXPECT_FALSE(status->text().contains(QStringLiteral("dbus-launch")));
    EXPECT_EQ(status->text().count(QStringLiteral("gnome-keyring")), 1); // said once
    EXPECT_EQ(status->toolTip(), raw);

    m_secrets.simulateFailure(secrets::SecretStore::Status::Error, QStringLiteral("denied by the user"),
                              secrets::SecretStore::Failure::AccessDenied);
    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("openai"));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              secrets::failureSentence(secrets::SecretStore::Failure::AccessDenied), 30000);
    EXPECT_NE(status->text(), sentence);
}

// Issue 12 item 9: in Korean the sentence comes from the translation
// (context SecretStore), the raw detail stays out of the label.
TEST_F(SettingsDialogTest, KeychainSentenceGoesThroughTheTranslation)
{
    m_secrets.simulateFailure(secrets::SecretStore::Status::NoBackend, QStringLiteral("dbus-launch failed"));
    MarkingTranslator ko("SecretStore");
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    ui::SettingsDialog dialog(deps());
    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("openai"));
    auto *status = find<QLabel>(&dialog, "apiKeyStatus");
    const bool shown = QTest::qWaitFor([status] { return status->text().startsWith(QStringLiteral("KO[")); }, 30000);
    const QString text = status->text();
    QCoreApplication::removeTranslator(&ko);
    EXPECT_TRUE(shown) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("KO[No system keychain is running"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("dbus-launch")));
    EXPECT_TRUE(status->wordWrap());
}

// Issue 12 item 8: no provider, nothing to configure; the endpoint the
// requests go to is shown and follows the form.
TEST_F(SettingsDialogTest, ProviderNoneDisablesTheFieldsAndTheEndpointFollowsTheForm)
{
    ui::SettingsDialog dialog(deps());
    auto *tab = dialog.llmTab();
    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("none"));
    for (const char *name : {"baseUrlField", "modelField", "apiKeyField"})
        EXPECT_FALSE(find<QLineEdit>(&dialog, name)->isEnabled()) << name;
    EXPECT_FALSE(find<QPushButton>(&dialog, "storeKeyButton")->isEnabled());
    EXPECT_FALSE(find<QPushButton>(&dialog, "testConnectionButton")->isEnabled());
    EXPECT_TRUE(tab->endpointText().isEmpty());

    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("anthropic"));
    QLineEdit *base = find<QLineEdit>(&dialog, "baseUrlField");
    EXPECT_TRUE(base->isEnabled());
    EXPECT_TRUE(find<QLineEdit>(&dialog, "modelField")->isEnabled());
    base->clear();
    QTest::keyClicks(base, QStringLiteral("https://api.anthropic.com"));
    EXPECT_EQ(tab->endpointText(), QStringLiteral("Requests go to https://api.anthropic.com/v1/messages"));
    EXPECT_EQ(find<QLabel>(&dialog, "endpointLabel")->text(), tab->endpointText());
    QTest::keyClicks(base, QStringLiteral("/v1/"));
    EXPECT_EQ(tab->endpointText(), QStringLiteral("Requests go to https://api.anthropic.com/v1/messages"));
    choose(find<QComboBox>(&dialog, "providerBox"), QStringLiteral("openai"));
    base->setText(QStringLiteral("http://localhost:11434"));
    EXPECT_EQ(tab->endpointText(), QStringLiteral("Requests go to http://localhost:11434/v1/chat/completions"));
}

// Issue 12 item 1: the Sources tab's edits wait for OK; Cancel drops them.
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
    EXPECT_EQ(table->rowCount(), 2); // shown at once…
    table->item(0, 0)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(storage::SourceStore(db()).all().size(), 1); // …stored on OK
    EXPECT_TRUE(storage::SourceStore(db()).all().first().enabled);

    QSignalSpy changed(tab, &ui::SourcesSettingsTab::changed);
    QTest::mouseClick(find<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(changed.wait(60000));
    EXPECT_EQ(storage::SourceStore(db()).all().size(), 2);
    EXPECT_FALSE(storage::SourceStore(db()).byUrl(QStringLiteral("https://news.example.org/feed.xml")).enabled);
    EXPECT_TRUE(storage::SourceStore(db()).byUrl(QStringLiteral("https://second.example.com/rss")).enabled);
}

TEST_F(SettingsDialogTest, CancelDropsAddedRemovedAndDisabledSources)
{
    ui::SettingsDialog dialog(deps());
    dialog.show();
    auto *tab = dialog.findChild<ui::SourcesSettingsTab *>();
    auto *table = find<QTableWidget>(&dialog, "sourcesTable");
    QString error;
    ASSERT_TRUE(tab->addSource(QStringLiteral("https://second.example.com/rss"), &error));
    table->item(0, 0)->setCheckState(Qt::Unchecked);
    table->setCurrentCell(0, 1);
    QTest::mouseClick(find<QPushButton>(&dialog, "removeSourceButton"), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 1);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    // Whatever the writer had queued has run once this job has.
    QSignalSpy written(tab, &ui::SourcesSettingsTab::changed);
    bool done = false;
    m_writer->call<bool>([](QSqlDatabase &) { return true; }, tab, [&](bool) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    const QList<Source> stored = storage::SourceStore(db()).all();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().url, QStringLiteral("https://news.example.org/feed.xml"));
    EXPECT_TRUE(stored.first().enabled);
    EXPECT_EQ(written.count(), 0);
}

// Issue 12 item 10: a wide field; a bad or duplicate URL keeps the dialog
// open with the reason under the field and the typed text.
TEST_F(SettingsDialogTest, AddSourceDialogKeepsTheTextAndSaysWhy)
{
    ui::SettingsDialog dialog(deps());
    dialog.show();
    auto *table = find<QTableWidget>(&dialog, "sourcesTable");
    const Source existing = storage::SourceStore(db()).all().first();
    QStringList errors;
    int width = 0;
    bool stillOpen = true;
    QTimer::singleShot(0, [&] {
        auto *add = qobject_cast<ui::AddSourceDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(add, nullptr);
        auto *field = add->findChild<QLineEdit *>(QStringLiteral("addSourceUrlField"));
        auto *ok = add->findChild<QPushButton *>(QStringLiteral("addSourceOkButton"));
        width = field->width();
        for (const QString &typed :
             {QStringLiteral("news dot example"), QStringLiteral("HTTPS://News.Example.ORG/feed.xml/")}) {
            field->setText(typed);
            QTest::mouseClick(ok, Qt::LeftButton);
            stillOpen = stillOpen && add->isVisible() && field->text() == typed
                        && add->findChild<QLabel *>(QStringLiteral("addSourceError"))->isVisible();
            errors << add->error();
        }
        field->setText(QStringLiteral("https://third.example.com/atom.xml"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(&dialog, "addSourceButton"), Qt::LeftButton);
    EXPECT_GE(width, 420);
    EXPECT_TRUE(stillOpen);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0), QStringLiteral("\"news dot example\" is not an http, https or file URL."));
    EXPECT_EQ(errors.at(1),
              QStringLiteral("Already subscribed: %1.").arg(existing.title.isEmpty() ? existing.url : existing.title));
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("https://third.example.com/atom.xml"));
}


// Issue 12 item 9: the last error stored by the (English) command line is
// shown in the UI language, whole in the tooltip, wrapped rather than cut.
TEST_F(SettingsDialogTest, LastErrorIsTranslatedWhenShown)
{
    {
        storage::SourceStore store(db());
        Source s = store.all().first();
        s.lastError = QStringLiteral("connection refused by news.example.org");
        s.consecutiveFailures = 2;
        ASSERT_TRUE(store.update(s));
    }
    MarkingTranslator ko("FeedFetcher");
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    ui::SettingsDialog dialog(deps());
    auto *table = find<QTableWidget>(&dialog, "sourcesTable");
    const QString shown = table->item(0, 4)->text();
    const QString tip = table->item(0, 4)->toolTip();
    const bool wordElided = dynamic_cast<ui::WordElideDelegate *>(table->itemDelegateForColumn(4)) != nullptr;
    QCoreApplication::removeTranslator(&ko);
    EXPECT_EQ(shown, QStringLiteral("KO[connection refused by news.example.org]"));
    EXPECT_TRUE(tip.contains(shown));
    EXPECT_TRUE(tip.contains(QStringLiteral("connection refused by news.example.org")));
    EXPECT_TRUE(wordElided);
}

// Issue 12 item 9: a long error ends at a whole word, in Korean too.
TEST(WordElide, CutsAtAWordBoundaryNeverMidWord)
{
    const QFontMetrics metrics(QApplication::font());
    for (const QString &text :
         {QStringLiteral("connection refused by news.example.org while fetching the feed again"),
          QStringLiteral("연결이 거부되었습니다 서버가 응답하지 않습니다 나중에 다시 시도하세요")}) {
        const int width = metrics.horizontalAdvance(text) / 2;
        const QString cut = ui::elideAtWordBoundary(text, metrics, width);
        ASSERT_TRUE(cut.endsWith(QStringLiteral("…"))) << cut.toStdString();
        const QString kept = cut.chopped(1);
        EXPECT_TRUE(text.startsWith(kept)) << cut.toStdString();
        EXPECT_TRUE(text.at(kept.size()).isSpace() || text.at(kept.size()).isPunct()) << cut.toStdString();
        EXPECT_LE(metrics.horizontalAdvance(cut), width);
        EXPECT_EQ(ui::elideAtWordBoundary(text, metrics, metrics.horizontalAdvance(text)), text);
    }
}

// The categories tab shows built-in names in the UI language but stores a
// name only when the user edited it.
TEST_F(SettingsDialogTest, TranslatedCategoryNamesAreNotStoredUnlessEdited)
{
    const QList<Category> before = storage::CategoryStore(db()).all();
    ASSERT_GE(before.size(), 2);
    ASSERT_TRUE(ui::categoryTextIsTranslatable(before.at(0).name)) << before.at(0).name.toStdString();
    MarkingTranslator ko("Category");
    ASSERT_TRUE(QCoreApplication::installTranslator(&ko));
    ui::CategoriesSettingsTab tab(deps());
    const QString shownName = tab.table()->item(0, 1)->text();
    tab.table()->item(1, 1)->setText(QStringLiteral("My own name"));
    QSignalSpy changed(&tab, &ui::CategoriesSettingsTab::changed);
    QString error;
    ASSERT_TRUE(tab.apply(&error)) << error.toStdString();
    QCoreApplication::removeTranslator(&ko);
    ASSERT_TRUE(changed.wait(60000));
    const QList<Category> after = storage::CategoryStore(db()).all();
    EXPECT_EQ(shownName, QStringLiteral("KO[%1]").arg(before.at(0).name));
    EXPECT_EQ(after.at(0).name, before.at(0).name);
    EXPECT_EQ(after.at(0).description, before.at(0).description);
    EXPECT_EQ(after.at(1).name, QStringLiteral("My own name"));
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
    EXPECT_EQ(tab.table()->rowCount(), before + 1);
    EXPECT_EQ(storage::CategoryStore(db()).byKey(QStringLiteral("quantum-ml")).id, 0); // stored on OK
    QString error;
    ASSERT_TRUE(tab.apply(&error)) << error.toStdString();
    ASSERT_TRUE(changed.wait(60000));
    EXPECT_EQ(tab.table()->rowCount(), before + 1);
    const Category added = storage::CategoryStore(db()).byKey(QStringLiteral("quantum-ml"));
    EXPECT_EQ(added.name, QStringLiteral("Quantum ML!"));
    QStringList taken;
    for (const Category &c : storage::CategoryStore(db()).all()) {
        if (c.id != added.id)
            taken << c.color;
    }
    EXPECT_EQ(added.color, colour::pickDistinctColour(taken)); // the service's choice, not the tab's own
}

// Issue 12 item 1: add, remove and move wait for OK; Cancel drops them.
TEST_F(SettingsDialogTest, CategoryAddRemoveMoveWaitForOk)
{
    const QList<Category> before = storage::CategoryStore(db()).all();
    ASSERT_GE(before.size(), 3);
    const auto storedKeys = [this] {
        QStringList keys;
        for (const Category &c : storage::CategoryStore(db()).all())
            keys << c.key;
        return keys;
    };
    const QStringList keysBefore = storedKeys();
    for (bool ok : {false, true}) {
        ui::SettingsDialog dialog(deps());
        dialog.show();
        auto *tab = dialog.findChild<ui::CategoriesSettingsTab *>();
        QTableWidget *table = tab->table();
        QTimer::singleShot(0, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(input, nullptr);
            input->setTextValue(QStringLiteral("Robotics arms"));
            input->accept();
        });
        QTest::mouseClick(find<QPushButton>(tab, "addCategoryButton"), Qt::LeftButton);
        table->selectRow(0);
        QTest::mouseClick(find<QPushButton>(tab, "moveCategoryDownButton"), Qt::LeftButton);
        table->selectRow(2);
        QTest::mouseClick(find<QPushButton>(tab, "removeCategoryButton"), Qt::LeftButton);
        EXPECT_EQ(table->rowCount(), before.size()); // one added, one removed
        EXPECT_EQ(storedKeys(), keysBefore);
        QSignalSpy changed(tab, &ui::CategoriesSettingsTab::changed);
        QTest::mouseClick(find<QPushButton>(&dialog, ok ? "settingsOkButton" : "settingsCancelButton"),
                          Qt::LeftButton);
        if (!ok) {
            bool done = false;
            m_writer->call<bool>([](QSqlDatabase &) { return true; }, tab, [&](bool) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
            EXPECT_EQ(storedKeys(), keysBefore);
            EXPECT_EQ(changed.count(), 0);
            continue;
        }
        ASSERT_TRUE(changed.wait(60000));
        QStringList want = keysBefore;
        want.swapItemsAt(0, 1);
        want.removeAt(2);
        want << QStringLiteral("robotics-arms");
        EXPECT_EQ(storedKeys(), want);
    }
}
