#include "ui/LlmSettingsTab.h"

#include "llm/Endpoint.h"
#include "secrets/KeychainErrors.h"
#include "secrets/SecretStore.h"
#include "service/ApiKeyStore.h"
#include "service/LlmSettings.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

LlmSettingsTab::LlmSettingsTab(const MainWindowDeps &deps, QWidget *parent)
    : QWidget(parent), m_deps(deps), m_provider(new QComboBox(this)), m_baseUrl(new QLineEdit(this)),
      m_model(new QLineEdit(this)), m_language(new QComboBox(this)), m_temperature(new QDoubleSpinBox(this)),
      m_timeout(new QSpinBox(this)), m_parallel(new QSpinBox(this)), m_key(new QLineEdit(this)),
      m_keyStatus(new QLabel(this)), m_saveKey(new QPushButton(tr("Store key"), this)),
      m_removeKey(new QPushButton(tr("Remove key"), this)),
      m_test(new QPushButton(tr("Test connection"), this)), m_testResult(new QLabel(this)),
      m_endpoint(new QLabel(this))
{
    setObjectName(QStringLiteral("llmTab"));
    m_provider->setObjectName(QStringLiteral("providerBox"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlField"));
    m_model->setObjectName(QStringLiteral("modelField"));
    m_language->setObjectName(QStringLiteral("outputLanguageBox"));
    m_temperature->setObjectName(QStringLiteral("temperatureBox"));
    m_timeout->setObjectName(QStringLiteral("requestTimeoutBox"));
    m_parallel->setObjectName(QStringLiteral("maxParallelBox"));
    m_key->setObjectName(QStringLiteral("apiKeyField"));
    m_keyStatus->setObjectName(QStringLiteral("apiKeyStatus"));
    m_saveKey->setObjectName(QStringLiteral("storeKeyButton"));
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult->setObjectName(QStringLiteral("testConnectionResult"));
    m_endpoint->setObjectName(QStringLiteral("endpointLabel"));

    Settings &s = *deps.settings;
    m_provider->addItem(tr("None (offline summaries)"), QStringLiteral("none"));
    m_provider->addItem(tr("OpenAI-compatible (OpenAI, Ollama, vLLM, …)"), QStringLiteral("openai"));
    m_provider->addItem(QStringLiteral("Anthropic"), QStringLiteral("anthropic"));
    m_provider->addItem(QStringLiteral("Google Gemini"), QStringLiteral("gemini"));
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(s.string(SettingKey::Provider))));
    m_baseUrl->setText(s.string(SettingKey::BaseUrl));
    m_baseUrl->setPlaceholderText(tr("empty = the provider's default"));
    m_model->setText(s.string(SettingKey::Model));
    m_model->setPlaceholderText(tr("empty = the provider's default"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.string(SettingKey::OutputLanguage))));
    const auto range = [](QSpinBox *box, SettingKey key) {
        const SettingDefinition &d = Settings::definition(key);
        box->setRange(int(d.minimum), int(d.maximum));
    };
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(s.real(SettingKey::Temperature));
    range(m_timeout, SettingKey::RequestTimeoutSec);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(s.integer(SettingKey::RequestTimeoutSec));
    range(m_parallel, SettingKey::MaxParallelRequests);
    m_parallel->setValue(s.integer(SettingKey::MaxParallelRequests));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("paste a new key to store it in the system keychain"));
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_keyStatus->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setTextFormat(Qt::PlainText);
    // One line (a URL has nowhere to wrap); a very long one is cut on screen
    // rather than widening the dialog, and is whole in the tooltip.
    m_endpoint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setForegroundRole(QPalette::PlaceholderText);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_saveKey);
    keyRow->addWidget(m_removeKey);
    // The button has a row of its own and the result a word-wrapped row
    // below it, so a long message never moves the button.
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(QString(), m_endpoint);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Summary language:"), m_language);
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("Request timeout:"), m_timeout);
    form->addRow(tr("Parallel requests:"), m_parallel);
    form->addRow(tr("API key:"), keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), testRow);
    // The result grows into the space below (the stretch), never pushing
    // the rows above it.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testResult);
    layout->addStretch(1);

    connect(m_saveKey, &QPushButton::clicked, this, &LlmSettingsTab::saveKey);
    connect(m_removeKey, &QPushButton::clicked, this, &LlmSettingsTab::removeKey);
    connect(m_test, &QPushButton::clicked, this, &LlmSettingsTab::testConnection);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        formChanged();
        refreshKeyStatus();
    });
    for (QLineEdit *field : {m_baseUrl, m_model, m_key})
        connect(field, &QLineEdit::textChanged, this, &LlmSettingsTab::formChanged);
    formChanged();
    refreshKeyStatus();
}

QString LlmSettingsTab::entry() const
{
    return QStringLiteral("llm/%1").arg(m_provider->currentData().toString());
}

QString LlmSettingsTab::keyStatus() const { return m_keyStatus->text(); }

bool LlmSettingsTab::providerChosen() const
{
    return m_provider->currentData().toString() != QLatin1String("none");
}

service::LlmSettings LlmSettingsTab::formValues() const
{
    service::LlmSettings v;
    v.provider = m_provider->currentData().toString();
    v.baseUrl = m_baseUrl->text().trimmed();
    v.model = m_model->text().trimmed();
    v.temperature = m_temperature->value();
    v.requestTimeoutSec = m_timeout->value();
    v.maxParallelRequests = m_parallel->value();
    return v;
}

QString LlmSettingsTab::endpointText() const { return m_endpoint->text(); }

void LlmSettingsTab::formChanged()
{
    // An earlier test's answer was about other values.
    ++m_testGeneration;
    m_testResult->clear();
    m_test->setEnabled(bool(m_deps.testLlmConnection) && providerChosen());
    const bool chosen = providerChosen();
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model)})
        w->setEnabled(chosen);
    llm::Config config;
    if (service::llmConfigFrom(formValues(), &config)) {
        m_endpoint->setText(tr("Requests go to %1").arg(llm::endpointUrl(config).toString()));
        m_endpoint->setToolTip(m_endpoint->text());
        m_endpoint->show();
    } else {
        m_endpoint->clear();
        m_endpoint->hide();
    }
}

void LlmSettingsTab::showKeychainProblem(secrets::SecretStore::Failure failure, const QString &detail,
                                         const QString &prefix)
{
    const QString sentence = secrets::failureSentence(failure);
    m_keyStatus->setText(prefix.isEmpty() ? sentence : prefix + QLatin1Char(' ') + sentence);
    m_keyStatus->setToolTip(detail); // the library's own words, if any
}

void LlmSettingsTab::refreshKeyStatus()
{
    const bool none = !providerChosen();
    m_key->setEnabled(!none);
    m_saveKey->setEnabled(!none);
    m_removeKey->setEnabled(!none);
    m_keyStatus->setToolTip(QString());
    if (none) {
        m_keyStatus->setText(tr("No provider: digests use the offline classifier and summariser."));
        Q_EMIT keyStatusChanged();
        return;
    }
    m_keyStatus->setText(tr("Checking the keychain…"));
    QPointer<LlmSettingsTab> self(this);
    const QString e = entry();
    m_deps.secrets->read(e, [self, e](const secrets::SecretStore::ReadResult &r) {
        if (!self || e != self->entry())
            return;
        switch (r.status) {
        case secrets::SecretStore::Status::Ok:
            self->m_keyStatus->setText(tr("A key is stored in the system keychain."));
            break;
        case secrets::SecretStore::Status::NotFound:
            self->m_keyStatus->setText(tr("No key stored. Local servers (Ollama, llama.cpp) need none."));
            break;
        case secrets::SecretStore::Status::NoBackend:
        case secrets::SecretStore::Status::Error:
            self->showKeychainProblem(r.failure == secrets::SecretStore::Failure::None ? secrets::failureOf(r.status)
                                                                                       : r.failure,
                                      r.detail.isEmpty() ? r.error : r.detail, QString());
            break;
        }
        Q_EMIT self->keyStatusChanged();
    });
}

void LlmSettingsTab::saveKey()
{
    const QString key = m_key->text().trimmed();
    m_key->clear(); // the field never keeps the key
    if (key.isEmpty())
        return;
    // The key is bound to the server it is typed in for (the base URL shown).
    llm::Config config;
    const QString provider = m_provider->currentData().toString();
    if (!llm::providerFromName(provider, &config.provider))
        return;
    config.baseUrl = llm::normalizedBaseUrl(config.provider, m_baseUrl->text());
    const QString origin = service::requestOrigin(config);
    QPointer<LlmSettingsTab> self(this);
    service::ApiKeyStore(*m_deps.secrets).store(provider, key, origin,
                                                [self, origin](secrets::SecretStore::Status status, const QString &error) {
        if (!self)
            return;
        if (status != secrets::SecretStore::Status::Ok) {
            self->showKeychainProblem(secrets::failureOf(status), error, tr("The key was not stored."));
            Q_EMIT self->keyStatusChanged();
            return;
        }
        // Load the client now only if the settings already point where the
        // key is for; else it would be asked about the old server, and OK
        // (apply) loads it once the new base URL is in place.
        llm::Config applied;
        const bool current = service::llmConfigFromSettings(*self->m_deps.settings, &applied)
                             && service::requestOrigin(applied) == origin;
        if (current && self->m_deps.llmSettingsChanged)
            self->m_deps.llmSettingsChanged();
        self->refreshKeyStatus();
    });
}

void LlmSettingsTab::removeKey()
{
    QPointer<LlmSettingsTab> self(this);
    service::ApiKeyStore(*m_deps.secrets).remove(m_provider->currentData().toString(),
                                                 [self](secrets::SecretStore::Status, const QString &) {
        if (self)
            self->refreshKeyStatus();
    });
}

void LlmSettingsTab::testConnection()
{
    if (!m_deps.testLlmConnection)
        return;
    // The form's values and a typed key are tested as they are: nothing is
    // saved until OK.
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    const int generation = ++m_testGeneration;
    QPointer<LlmSettingsTab> self(this);
    const auto done = [self, generation](bool ok, const QString &message) {
        if (!self)
            return;
        self->m_test->setEnabled(self->providerChosen());
        if (generation != self->m_testGeneration)
            return; // the form changed meanwhile
        self->m_testResult->setText(ok ? tr("Connected: %1").arg(message) : tr("Failed: %1").arg(message));
    };
    m_deps.testLlmConnection(formValues(), m_key->text().trimmed(), done);
}

bool LlmSettingsTab::apply(QString *error)
{
    Settings &s = *m_deps.settings;
    const bool ok = s.set(SettingKey::Provider, m_provider->currentData(), error)
                    && s.set(SettingKey::BaseUrl, m_baseUrl->text(), error)
                    && s.set(SettingKey::Model, m_model->text(), error)
                    && s.set(SettingKey::OutputLanguage, m_language->currentData(), error)
                    && s.set(SettingKey::Temperature, m_temperature->value(), error)
                    && s.set(SettingKey::RequestTimeoutSec, m_timeout->value(), error)
                    && s.set(SettingKey::MaxParallelRequests, m_parallel->value(), error);
    if (ok && !m_key->text().trimmed().isEmpty())
        saveKey();
    if (ok && m_deps.llmSettingsChanged)
        m_deps.llmSettingsChanged();
    return ok;
}

} // namespace ui
