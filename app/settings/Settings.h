#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <memory>

// Typed settings in one table (no string keys scattered through the code).
// Stored as an INI file in the profile folder. The API key is never a
// setting: it lives in the OS keychain (see secrets/).
enum class SettingKey {
    Provider,            // none | openai | anthropic | gemini
    BaseUrl,
    Model,
    Temperature,
    OutputLanguage,      // ko | en | ja
    RequestTimeoutSec,
    MaxParallelRequests,
    TimeZone,            // IANA id, empty = system
    RefreshOnStart,
    RefreshIntervalMin,  // 0 = never
    UiLanguage,          // empty = system, en, ko
    CloseToTray,
    FetchMaxConcurrent,
    FetchMaxPerHost,
    FetchTimeoutSec,
    FetchMaxBytes,
    AutoDigest,          // build the affected days' digest after each refresh (window)
    LlmDailyRequests,    // the automatic builds' LLM budget per day
    LlmDailyTokens,
    ShownEdition,        // the key of the edition the window shows
    ArxivMoveAsked,      // an older profile was asked once to move its arXiv listings to Papers
};

struct SettingDefinition
{
    SettingKey key;
    QString name;           // "llm.provider"
    QMetaType::Type type;   // Bool, Int, Double or QString
    QVariant defaultValue;
    QStringList choices;    // allowed values for enumerations, else empty
    double minimum = 0;     // for numbers
    double maximum = 0;
    QString help;
};

class Settings
{
public:
    // Opens (or creates) the INI file at `path`.
    explicit Settings(const QString &path);

    static const QList<SettingDefinition> &definitions();
    static const SettingDefinition *find(const QString &name);
    static const SettingDefinition &definition(SettingKey key);

    QVariant value(SettingKey key) const;
    QString string(SettingKey key) const { return value(key).toString(); }
    int integer(SettingKey key) const { return value(key).toInt(); }
    double real(SettingKey key) const { return value(key).toDouble(); }
    bool flag(SettingKey key) const { return value(key).toBool(); }

    // Validates and stores; returns false with a readable error.
    bool set(SettingKey key, const QVariant &value, QString *error = nullptr);
    // The `config set NAME VALUE` form: parses the text for the key's type.
    bool setFromText(const QString &name, const QString &text, QString *error = nullptr);
    // The value as text, for `config get` and `config list`.
    QString text(SettingKey key) const;

    // The profile's time zone (setting, default the system's).
    QTimeZone timeZone() const;

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_store;
};
