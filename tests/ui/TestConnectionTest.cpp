#include "UiFixture.h"

#include "support/TestHttpServer.h"
#include "service/ApiKeyStore.h"
#include "ui/KeyOriginPrompt.h"
#include "ui/LlmConnectionTest.h"
#include "ui/SettingsDialog.h"
#include "service/LlmSettings.h"

#include <QDoubleSpinBox>
#include <QFile>

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace uitest;

namespace {

QByteArray event(const QJsonObject &o)
{
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

// An OpenAI chat-completions stream that answers `text` as the model's content.
QByteArray openAiStream(const QString &model, const QString &text)
{
    const auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
        return event({{QStringLiteral("id"), QStringLiteral("chatcmpl-t")},
                      {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                      {QStringLiteral("model"), model},
                      {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                         {QStringLiteral("delta"), delta},
                                                                         {QStringLiteral("finish_reason"), finish}}}}});
    };
    QByteArray body = chunk({{QStringLiteral("role"), QStringLiteral("assistant")}}, QJsonValue::Null);
    body += chunk({{QStringLiteral("content"), text.left(4)}}, QJsonValue::Null);
    body += chunk({{QStringLiteral("content"), text.mid(4)}}, QJsonValue::Null);
    body += chunk({}, QStringLiteral("stop"));
    body += "data: [DONE]\n\n";
    return body;
}

} // namespace

class TestConnectionTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        m_server.route("/v1/chat/completions", [this](const TestHttpRequest &req, TestHttpResponder &res) {
            m_bodies << req.body;
            m_auth << req.header("Authorization");
            if (m_rejectKey) {
                // Some providers echo the key they refused.
                res.reply(401,
                          "{\"error\":{\"message\":\"Incorrect API key provided: " + req.header("Authorization") +
                              "\",\"type\":\"invalid_request_error\"}}",
                          {{"Content-Type", "application/json"}});
                return;
            }
            res.reply(200, openAiStream(QStringLiteral("tiny-model"), QStringLiteral("{\"ok\": true}")),
                      {{"Content-Type", "text/event-stream"}});
        });
    }

    ui::MainWindowDeps connectionDeps()
    {
        ui::MainWindowDeps d = deps();
        d.testLlmConnection = [this](const service::LlmSettings &values, const QString &typedKey,
                                     std::function<void(bool, const QString &)> done) {
            ui::LlmConnectionTest::run(values, typedKey, m_secrets, &m_network, &m_owner, m_confirm, std::move(done));
        };
        return d;
    }

    // Fills the LLM tab with the fake server, presses "Test connection"
    // and returns the result line once the test is over.
    QString pressTest(ui::SettingsDialog &dialog, const QString &model)
    {
        auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerBox"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlField"))
            ->setText(m_server.url(QStringLiteral("/v1")).toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("modelField"))->setText(model);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("testConnectionResult"));
        EXPECT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([button] { return button->isEnabled(); }, 30000));
        return result->text();
    }

    // A key as Settings stores it: bound to the test server's origin.
    void storeKey(const QString &key, const QString &origin = QString())
    {
        bool done = false;
        service::ApiKeyStore(m_secrets).store(
            QStringLiteral("openai"), key,
            origin.isEmpty() ? service::originOf(m_server.url(QStringLiteral("/v1"))) : origin,
            [&](secrets::SecretStore::Status, const QString &) { done = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 30000));
    }

    TestHttpServer m_server;
    service::ConfirmKeyOrigin m_confirm; // unset: refuse, as the command line does
    QNetworkAccessManager m_network;
    QObject m_owner;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_auth;
    bool m_rejectKey = false;
};

TEST_F(TestConnectionTest, ReportsModelAndTimeFromTheCurrentValuesAndStoredKey)
{
    storeKey(QStringLiteral("sk-conn-test-1234"));
    ui::SettingsDialog dialog(connectionDeps());
    dialog.show();
    const QString text = pressTest(dialog, QStringLiteral("tiny-model"));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^Connected: tiny-model answered in \\d+ ms$")).match(text).hasMatch())
        << text.toStdString();
    ASSERT_EQ(m_bodies.size(), 1);
    EXPECT_EQ(m_auth.first(), QByteArray("Bearer sk-conn-test-1234"));
    const QJsonObject body = QJsonDocument::fromJson(m_bodies.first()).object();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("tiny-model"));
    // The dialog's values were used, and not saved (that is OK's job).
    EXPECT_EQ(m_settings->string(SettingKey::BaseUrl), QString());
    EXPECT_EQ(m_settings->string(SettingKey::Provider), QStringLiteral("none"));
}

TEST_F(TestConnectionTest, ShowsTheClientErrorButNeverTheKey)
{
    m_rejectKey = true;
    const QString key = QStringLiteral("sk-SECRET-do-not-show-9876");
    storeKey(key);
    ui::SettingsDialog dialog(connectionDeps());
    dialog.show();
    const QString text = pressTest(dialog, QStringLiteral("tiny-model"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Failed: "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("401")) || text.contains(QStringLiteral("key"), Qt::CaseInsensitive))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("SECRET"))) << text.toStdString();
    EXPECT_FALSE(text.contains(key));
    EXPECT_EQ(m_bodies.size(), 1); // no retries for a test
}

TEST_F(TestConnectionTest, NoServerListeningIsAReadableError)
{
    ui::SettingsDialog dialog(connectionDeps());
    dialog.show();
    quint16 deadPort = 0;
    {
        TestHttpServer gone;
        deadPort = gone.port();
    }
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerBox"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlField"))
        ->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(deadPort));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("testConnectionResult"))->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Failed: OpenAI"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::number(deadPort))) << text.toStdString();
}

TEST_F(TestConnectionTest, NoKeyForARemoteProviderSaysSoWithoutSending)
{
    ASSERT_TRUE(m_settings->set(SettingKey::Provider, QStringLiteral("anthropic")));
    bool called = false;
    QString message;
    ui::LlmConnectionTest::run(service::llmSettingsFrom(*m_settings), QString(), m_secrets, &m_network, &m_owner, {},
                               [&](bool ok, const QString &m) {
        called = true;
        EXPECT_FALSE(ok);
        message = m;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
    EXPECT_EQ(message, QStringLiteral("No API key is stored for anthropic: paste one above and store it."));
    EXPECT_EQ(m_bodies.size(), 0);
}

// Issue 8 item 11: a key stored for another server is not sent unless the
// user says so; the question names both servers.
TEST_F(TestConnectionTest, AKeyForAnotherServerIsSentOnlyWhenTheUserAgrees)
{
    storeKey(QStringLiteral("sk-bound-elsewhere-42"), QStringLiteral("https://api.openai.com:443"));
    QList<service::KeyOriginQuestion> asked;
    bool yes = false;
    m_confirm = [&](const service::KeyOriginQuestion &q, std::function<void(bool)> answer) {
        asked << q;
        answer(yes);
    };
    ui::SettingsDialog dialog(connectionDeps());
    dialog.show();
    const QString origin = service::originOf(m_server.url(QStringLiteral("/v1")));
    QString text = pressTest(dialog, QStringLiteral("tiny-model"));
    EXPECT_EQ(text, QStringLiteral("Failed: The openai API key was not sent to %1 (it was stored for "
                                   "https://api.openai.com:443).")
                        .arg(origin));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().storedOrigin, QStringLiteral("https://api.openai.com:443"));
    EXPECT_EQ(asked.first().requestedOrigin, origin);
    EXPECT_TRUE(m_bodies.isEmpty()); // nothing reached the server

    yes = true;
    text = pressTest(dialog, QStringLiteral("tiny-model"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Connected: "))) << text.toStdString();
    ASSERT_EQ(m_auth.size(), 1);
    EXPECT_EQ(m_auth.first(), QByteArray("Bearer sk-bound-elsewhere-42"));
    EXPECT_EQ(m_secrets.value(QStringLiteral("llm/openai/origin")), origin); // bound to it from now on
}

// The window's question itself: plain text, "No" unless the user picks "Yes".
TEST(KeyOriginPrompt, AsksWithBothServersAndAnswersNoByDefault)
{
    QWidget parent;
    parent.show();
    const service::ConfirmKeyOrigin ask = ui::keyOriginPrompt(&parent);
    QList<bool> answers;
    const service::KeyOriginQuestion q{QStringLiteral("openai"), QStringLiteral("https://api.openai.com:443"),
                                       QStringLiteral("https://<b>evil</b>.example:443")};
    for (QMessageBox::StandardButton press : {QMessageBox::No, QMessageBox::Yes}) {
        ask(q, [&](bool send) { answers << send; });
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = parent.findChild<QMessageBox *>(QStringLiteral("keyOriginPrompt"))), 30000);
        EXPECT_EQ(box->textFormat(), Qt::PlainText);
        EXPECT_TRUE(box->text().contains(q.storedOrigin));
        EXPECT_TRUE(box->text().contains(q.requestedOrigin));
        EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::No));
        QTest::mouseClick(box->button(press), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(parent.findChild<QMessageBox *>(QStringLiteral("keyOriginPrompt")),
                                  static_cast<QMessageBox *>(nullptr), 5000);
    }
    EXPECT_EQ(answers, (QList<bool>{false, true}));
}

// "Store key" binds the key to the base URL shown in the tab. The client is
// reloaded at once only when the settings already point there; otherwise OK
// applies the new base URL and reloads (no question about the old server).
TEST_F(TestConnectionTest, StoreKeyBindsToTheBaseUrlShownAndReloadsWhenItIsApplied)
{
    ASSERT_TRUE(m_settings->set(SettingKey::Provider, QStringLiteral("openai")));
    ASSERT_TRUE(m_settings->set(SettingKey::BaseUrl, QStringLiteral("https://api.openai.com/v1")));
    int reloads = 0;
    ui::MainWindowDeps d = connectionDeps();
    d.llmSettingsChanged = [&reloads] { ++reloads; };
    ui::SettingsDialog dialog(d);
    dialog.show();
    const QString typed = m_server.url(QStringLiteral("/v1")).toString();
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlField"))->setText(typed);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyField")), QStringLiteral("sk-typed-1"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("storeKeyButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets.value(QStringLiteral("llm/openai/origin")),
                              service::originOf(QUrl(typed)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets.value(QStringLiteral("llm/openai")), QStringLiteral("sk-typed-1"), 30000);
    // The status is re-read after the reload decision was made.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatus"))->text(),
                              QStringLiteral("A key is stored in the system keychain."), 5000);
    EXPECT_EQ(reloads, 0); // the settings still say api.openai.com

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton")), Qt::LeftButton);
    EXPECT_EQ(reloads, 1);
    EXPECT_EQ(m_settings->string(SettingKey::BaseUrl), typed);
}

// Issue 12 item 1: the test uses the form (provider, temperature, a key typed
// but not stored) and Cancel leaves settings.ini and the keychain as they were.
TEST_F(TestConnectionTest, TestsTheFormWithATypedKeyAndCancelKeepsEverything)
{
    m_settings->sync();
    const auto fileBytes = [this] {
        m_settings->sync();
        QFile f(m_settings->fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = fileBytes();
    ui::SettingsDialog dialog(connectionDeps());
    dialog.show();
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"))->setValue(0.5);
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerBox"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("openai"))); // the key field needs a provider
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyField")), QStringLiteral("sk-typed-unsaved"));
    const QString text = pressTest(dialog, QStringLiteral("tiny-model"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Connected: "))) << text.toStdString();
    ASSERT_EQ(m_auth.size(), 1);
    EXPECT_EQ(m_auth.first(), QByteArray("Bearer sk-typed-unsaved"));
    const QJsonObject body = QJsonDocument::fromJson(m_bodies.first()).object();
    EXPECT_DOUBLE_EQ(body.value(QStringLiteral("temperature")).toDouble(), 0.5);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsCancelButton")), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(fileBytes(), before);
    EXPECT_EQ(m_settings->string(SettingKey::Provider), QStringLiteral("none"));
    EXPECT_DOUBLE_EQ(m_settings->real(SettingKey::Temperature), 0.2);
    EXPECT_FALSE(m_secrets.contains(QStringLiteral("llm/openai")));
}

// Issue 12 item 8: the button keeps its place whatever the message; a
// result about other values is cleared when the form changes.
TEST_F(TestConnectionTest, ButtonStaysAndAnOldResultIsClearedWhenTheFormChanges)
{
    m_rejectKey = true;
    storeKey(QStringLiteral("sk-conn-test-1234"));
    ui::SettingsDialog dialog(connectionDeps());
    dialog.showTab(ui::SettingsDialog::Tab::Llm);
    dialog.resize(700, 600);
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testConnectionResult"));
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerBox"));
    const QString text = pressTest(dialog, QStringLiteral("tiny-model"));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Failed: "))) << text.toStdString();
    result->setText(QStringLiteral("Failed: short"));
    QTRY_COMPARE_WITH_TIMEOUT(result->height(), result->heightForWidth(result->width()), 5000);
    const QRect where = button->geometry();
    // The message grows to many lines.
    result->setText(text + QStringLiteral(" and a long explanation").repeated(30));
    QTRY_VERIFY_WITH_TIMEOUT(result->height() > result->fontMetrics().height(), 5000); // wrapped to lines
    EXPECT_EQ(button->geometry(), where) << where.y() << " -> " << button->geometry().y() << ", status at "
                                         << dialog.findChild<QLabel *>(QStringLiteral("apiKeyStatus"))->geometry().y()
                                         << ", dialog " << dialog.height();
    EXPECT_LE(result->width(), dialog.width());

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("modelField")), QStringLiteral("-2"));
    EXPECT_TRUE(result->text().isEmpty());
    result->setText(QStringLiteral("old"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("anthropic")));
    EXPECT_TRUE(result->text().isEmpty());
}

// A typed key obeys the same transport rule as a stored one: plain http only
// to a loopback address.
TEST_F(TestConnectionTest, ATypedKeyIsNotSentOverPlainHttpToARemoteHost)
{
    ui::SettingsDialog dialog(connectionDeps());
    dialog.show();
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerBox"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
    dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlField"))->setText(QStringLiteral("http://llm.example.com/v1"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyField")), QStringLiteral("sk-typed-remote"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("testConnectionResult"))->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Failed: "))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("sk-typed-remote")));
    EXPECT_TRUE(m_bodies.isEmpty());
}
