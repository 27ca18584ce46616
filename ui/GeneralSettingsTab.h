#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class Settings;

namespace ui {

// Time zone, refresh interval, refresh on start, the automatic digest and its
// daily LLM budget, UI language, close to tray.
class GeneralSettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSettingsTab(Settings &settings, QWidget *parent = nullptr);
    // Validates and writes; false with a readable error.
    bool apply(QString *error);

private:
    Settings &m_settings;
    QComboBox *m_timeZone;
    QSpinBox *m_interval;
    QCheckBox *m_onStart;
    QComboBox *m_language;
    QCheckBox *m_tray;
    QCheckBox *m_autoDigest;
    QSpinBox *m_dailyRequests;
    QSpinBox *m_dailyTokens;
};

} // namespace ui
