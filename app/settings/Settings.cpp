#include "settings/Settings.h"

#include <QCoreApplication>

namespace {

SettingDefinition def(SettingKey key, const char *name, QMetaType::Type type, QVariant dflt,
                      const char *help, QStringList choices = {}, double min = 0, double max = 0)
{
    return SettingDefinition{key, QString::fromLatin1(name), type, std::move(dflt),
                             std::move(choices), min, max, QString::fromLatin1(help)};
}

QList<SettingDefinition> makeDefinitions()
{
    using T = QMetaType::Type;
    return {
        def(SettingKey::Provider, "llm.provider", T::QString, QStringLiteral("none"),
            "LLM provider; none = offline classifier and summariser",
            {QStringLiteral("none"), QStringLiteral("openai"), QStringLiteral("anthropic"),
             QStringLiteral("gemini")}),
        def(SettingKey::BaseUrl, "llm.base_url", T::QString, QString(),
            "Base URL of the provider's API; empty = the provider's default"),
        def(SettingKey::Model, "llm.model", T::QString, QString(),
            "Model name; empty = the provider's default"),
        def(SettingKey::Temperature, "llm.temperature", T::Double, 0.2,
            "Sampling temperature", {}, 0.0, 2.0),
        def(SettingKey::OutputLanguage, "llm.output_language", T::QString, QStringLiteral("ko"),
            "Language of the summaries",
            {QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("ja")}),
        def(SettingKey::RequestTimeoutSec, "llm.timeout_s", T::Int, 120,
            "Total time allowed for one LLM request, in seconds", {}, 5, 3600),
        def(SettingKey::MaxParallelRequests, "llm.max_parallel", T::Int, 2,
            "LLM requests in flight at once", {}, 1, 16),
        def(SettingKey::TimeZone, "general.time_zone", T::QString, QString(),
            "IANA time zone that decides which day an article belongs to; empty = system"),
        def(SettingKey::RefreshOnStart, "general.refresh_on_start", T::Bool, true,
            "Refresh the sources when the window opens"),
        def(SettingKey::RefreshIntervalMin, "general.refresh_interval_min", T::Int, 60,
            "Minutes between background refreshes; 0 = never", {}, 0, 1440),
        def(SettingKey::UiLanguage, "general.ui_language", T::QString, QString(),
            "Language of the interface; empty = system",
            {QString(), QStringLiteral("en"), QStringLiteral("ko")}),
        def(SettingKey::CloseToTray, "general.close_to_tray", T::Bool, false,
            "Closing the window keeps the app in the tray (where there is one)"),
        def(SettingKey::FetchMaxConcurrent, "fetch.max_concurrent", T::Int, 6,
            "Feed requests in flight at once", {}, 1, 32),
        def(SettingKey::FetchMaxPerHost, "fetch.max_per_host", T::Int, 2,
            "Feed requests in flight per host", {}, 1, 8),
        def(SettingKey::FetchTimeoutSec, "fetch.timeout_s", T::Int, 30,
            "Seconds without data before a feed request is abandoned", {}, 1, 600),
        def(SettingKey::FetchMaxBytes, "fetch.max_bytes", T::Int, 10 * 1024 * 1024,
            "Largest feed body accepted, in bytes", {}, 1024, 512 * 1024 * 1024),
        def(SettingKey::AutoDigest, "general.auto_digest", T::Bool, true,
            "Build the digest of the days that got new articles after each refresh"),
        def(SettingKey::LlmDailyRequests, "llm.daily_requests", T::Int, 30,
            "LLM requests the automatic digest builds may make per day", {}, 0, 100000),
        def(SettingKey::LlmDailyTokens, "llm.daily_tokens", T::Int, 200000,
            "LLM tokens (in and out) the automatic digest builds may use per day", {}, 0, 1000000000),
        def(SettingKey::ShownEdition, "general.edition", T::QString, QStringLiteral("news"),
            "The edition the window shows (news, papers or one you added)"),
        def(SettingKey::ArxivMoveAsked, "editions.arxiv_move_asked", T::Bool, false,
            "Whether this profile was asked to move its arXiv listings to the Papers edition"),
    };
}

} // namespace

Settings::Settings(const QString &path)
    : m_store(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

const QList<SettingDefinition> &Settings::definitions()
{
    static const QList<SettingDefinition> all = makeDefinitions();
    return all;
}

const SettingDefinition *Settings::find(const QString &name)
{
    for (const SettingDefinition &d : definitions()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const SettingDefinition &Settings::definition(SettingKey key)
{
    for (const SettingDefinition &d : definitions()) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
}

QVariant Settings::value(SettingKey key) const
{
    const SettingDefinition &d = definition(key);
    QVariant v = m_store->value(d.name, d.defaultValue);
    if (!v.convert(QMetaType(d.type)))
        return d.defaultValue;
    return v;
}

bool Settings::set(SettingKey key, const QVariant &value, QString *error)
{
    const SettingDefinition &d = definition(key);
    QVariant v = value;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Settings", "%1: %2").arg(d.name, why);
        return false;
    };
    if (d.type == QMetaType::Bool && v.typeId() == QMetaType::QString) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") || s == QLatin1String("on"))
            v = true;
        else if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no") || s == QLatin1String("off"))
            v = false;
        else
            return fail(QCoreApplication::translate("Settings", "expected true or false, got \"%1\"").arg(value.toString()));
    }
    if (d.type == QMetaType::Int || d.type == QMetaType::Double) {
        bool ok = false;
        const double n = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("Settings", "expected a number, got \"%1\"").arg(value.toString()));
        if (d.type == QMetaType::Int && n != qRound64(n))
            return fail(QCoreApplication::translate("Settings", "expected a whole number, got \"%1\"").arg(value.toString()));
        if (n < d.minimum || n > d.maximum)
            return fail(QCoreApplication::translate("Settings", "must be between %1 and %2").arg(d.minimum).arg(d.maximum));
        v = d.type == QMetaType::Int ? QVariant(int(qRound64(n))) : QVariant(n);
    }
    if (d.type == QMetaType::QString) {
        v = v.toString().trimmed();
        if (!d.choices.isEmpty() && !d.choices.contains(v.toString())) {
            QStringList shown;
            for (const QString &c : d.choices)
                shown << (c.isEmpty() ? QStringLiteral("\"\"") : c);
            return fail(QCoreApplication::translate("Settings", "must be one of %1").arg(shown.join(QStringLiteral(", "))));
        }
        if (key == SettingKey::TimeZone && !v.toString().isEmpty()
            && !QTimeZone::isTimeZoneIdAvailable(v.toString().toUtf8()))
            return fail(QCoreApplication::translate("Settings", "unknown time zone \"%1\"").arg(v.toString()));
    }
    m_store->setValue(d.name, v);
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        return fail(QCoreApplication::translate("Settings", "could not write %1").arg(m_store->fileName()));
    return true;
}

bool Settings::setFromText(const QString &name, const QString &text, QString *error)
{
    const SettingDefinition *d = find(name);
    if (!d) {
        if (error)
            *error = QCoreApplication::translate("Settings", "unknown setting \"%1\" (see `config list`)").arg(name);
        return false;
    }
    return set(d->key, text, error);
}

QString Settings::text(SettingKey key) const
{
    const QVariant v = value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QTimeZone Settings::timeZone() const
{
    const QString id = string(SettingKey::TimeZone);
    if (!id.isEmpty()) {
        QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

void Settings::sync() { m_store->sync(); }

QString Settings::fileName() const { return m_store->fileName(); }
