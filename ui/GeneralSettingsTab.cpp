#include "ui/GeneralSettingsTab.h"

#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTimeZone>

namespace ui {

GeneralSettingsTab::GeneralSettingsTab(Settings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_timeZone(new QComboBox(this)),
      m_interval(new QSpinBox(this)), m_onStart(new QCheckBox(tr("Refresh when the window opens"), this)),
      m_language(new QComboBox(this)), m_tray(new QCheckBox(tr("Closing the window keeps the app in the tray"), this)),
      m_autoDigest(new QCheckBox(tr("Build the digest after each refresh"), this)),
      m_dailyRequests(new QSpinBox(this)), m_dailyTokens(new QSpinBox(this))
{
    setObjectName(QStringLiteral("generalTab"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneBox"));
    m_interval->setObjectName(QStringLiteral("refreshIntervalBox"));
    m_onStart->setObjectName(QStringLiteral("refreshOnStartBox"));
    m_language->setObjectName(QStringLiteral("uiLanguageBox"));
    m_tray->setObjectName(QStringLiteral("closeToTrayBox"));
    m_autoDigest->setObjectName(QStringLiteral("autoDigestBox"));
    m_dailyRequests->setObjectName(QStringLiteral("dailyRequestsBox"));
    m_dailyTokens->setObjectName(QStringLiteral("dailyTokensBox"));

    m_timeZone->setEditable(true);
    m_timeZone->addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    const QString zone = settings.string(SettingKey::TimeZone);
    const int zi = m_timeZone->findData(zone);
    m_timeZone->setCurrentIndex(zi >= 0 ? zi : 0);

    const SettingDefinition &iv = Settings::definition(SettingKey::RefreshIntervalMin);
    m_interval->setRange(int(iv.minimum), int(iv.maximum));
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Never"));
    m_interval->setValue(settings.integer(SettingKey::RefreshIntervalMin));
    m_onStart->setChecked(settings.flag(SettingKey::RefreshOnStart));

    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.string(SettingKey::UiLanguage))));
    m_tray->setChecked(settings.flag(SettingKey::CloseToTray));
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->setEnabled(false);
        m_tray->setToolTip(tr("This desktop has no system tray."));
    }

    m_autoDigest->setChecked(settings.flag(SettingKey::AutoDigest));
    m_autoDigest->setToolTip(tr("The days that got new articles are classified and summarised offline at once, "
                                "then through the LLM (when one is configured) within the daily budget."));
    const SettingDefinition &rq = Settings::definition(SettingKey::LlmDailyRequests);
    m_dailyRequests->setRange(int(rq.minimum), int(rq.maximum));
    m_dailyRequests->setValue(settings.integer(SettingKey::LlmDailyRequests));
    m_dailyRequests->setSuffix(tr(" requests"));
    const SettingDefinition &tk = Settings::definition(SettingKey::LlmDailyTokens);
    m_dailyTokens->setRange(int(tk.minimum), int(tk.maximum));
    m_dailyTokens->setSingleStep(10000);
    m_dailyTokens->setGroupSeparatorShown(true);
    m_dailyTokens->setValue(settings.integer(SettingKey::LlmDailyTokens));
    m_dailyTokens->setSuffix(tr(" tokens"));
    for (QSpinBox *box : {m_dailyRequests, m_dailyTokens})
        box->setToolTip(tr("What the automatic digest builds may use of the LLM per day; past it, "
                           "sections stay offline and say so."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Time zone (decides an article's day):"), m_timeZone);
    form->addRow(tr("Refresh every:"), m_interval);
    form->addRow(QString(), m_onStart);
    form->addRow(QString(), m_autoDigest);
    form->addRow(tr("LLM budget per day:"), m_dailyRequests);
    form->addRow(QString(), m_dailyTokens);
    form->addRow(tr("Interface language (after a restart):"), m_language);
    form->addRow(QString(), m_tray);
}

bool GeneralSettingsTab::apply(QString *error)
{
    QString zone = m_timeZone->currentData().toString();
    if (m_timeZone->currentText() != m_timeZone->itemText(m_timeZone->currentIndex()))
        zone = m_timeZone->currentText().trimmed(); // typed by hand
    return m_settings.set(SettingKey::TimeZone, zone, error)
           && m_settings.set(SettingKey::RefreshIntervalMin, m_interval->value(), error)
           && m_settings.set(SettingKey::RefreshOnStart, m_onStart->isChecked(), error)
           && m_settings.set(SettingKey::AutoDigest, m_autoDigest->isChecked(), error)
           && m_settings.set(SettingKey::LlmDailyRequests, m_dailyRequests->value(), error)
           && m_settings.set(SettingKey::LlmDailyTokens, m_dailyTokens->value(), error)
           && m_settings.set(SettingKey::UiLanguage, m_language->currentData().toString(), error)
           && m_settings.set(SettingKey::CloseToTray, m_tray->isChecked(), error);
}

} // namespace ui
