#pragma once

#include "secrets/SecretStore.h"
#include "service/LlmSettings.h"
#include "ui/MainWindowDeps.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ui {

// Provider, base URL, model, output language, timeouts, concurrency, and
// the API key. The key goes to the SecretStore (the OS keychain) only;
// afterwards the field just says whether a key is stored.
class LlmSettingsTab : public QWidget
{
    Q_OBJECT
public:
    LlmSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);
    // Writes the form to the settings (OK). Nothing is written before.
    bool apply(QString *error);
    QString keyStatus() const;
    // What the form says, unsaved.
    service::LlmSettings formValues() const;
    // "Requests go to https://…/v1/messages"; empty without a provider.
    QString endpointText() const;

Q_SIGNALS:
    void keyStatusChanged();

private:
    void refreshKeyStatus();
    void saveKey();
    void removeKey();
    void testConnection();
    void formChanged();
    bool providerChosen() const;
    void showKeychainProblem(secrets::SecretStore::Failure failure, const QString &detail, const QString &prefix);
    QString entry() const;

    MainWindowDeps m_deps;
    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QComboBox *m_language;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_timeout;
    QSpinBox *m_parallel;
    QLineEdit *m_key;
    QLabel *m_keyStatus;
    QPushButton *m_saveKey;
    QPushButton *m_removeKey;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_endpoint;
    int m_testGeneration = 0;
};

} // namespace ui
