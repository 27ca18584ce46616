#include "settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
};

TEST_F(SettingsTest, DefaultsComeFromTheTable)
{
    Settings s(path());
    EXPECT_EQ(s.string(SettingKey::Provider), QStringLiteral("none"));
    EXPECT_EQ(s.string(SettingKey::OutputLanguage), QStringLiteral("ko"));
    EXPECT_EQ(s.integer(SettingKey::FetchMaxConcurrent), 6);
    EXPECT_EQ(s.integer(SettingKey::FetchMaxPerHost), 2);
    EXPECT_EQ(s.integer(SettingKey::FetchTimeoutSec), 30);
    EXPECT_EQ(s.integer(SettingKey::FetchMaxBytes), 10 * 1024 * 1024);
    EXPECT_TRUE(s.flag(SettingKey::RefreshOnStart));
}

TEST_F(SettingsTest, EveryKeyHasOneUniqueName)
{
    QStringList names;
    for (const SettingDefinition &d : Settings::definitions()) {
        EXPECT_FALSE(names.contains(d.name)) << d.name.toStdString();
        names << d.name;
        EXPECT_EQ(Settings::find(d.name), &Settings::definition(d.key));
    }
}

TEST_F(SettingsTest, ValuesPersistAcrossInstances)
{
    {
        Settings s(path());
        ASSERT_TRUE(s.setFromText(QStringLiteral("llm.provider"), QStringLiteral("anthropic")));
        ASSERT_TRUE(s.setFromText(QStringLiteral("llm.temperature"), QStringLiteral("0.7")));
        ASSERT_TRUE(s.setFromText(QStringLiteral("general.refresh_on_start"), QStringLiteral("off")));
        ASSERT_TRUE(s.setFromText(QStringLiteral("general.time_zone"), QStringLiteral("Asia/Seoul")));
    }
    Settings s(path());
    EXPECT_EQ(s.string(SettingKey::Provider), QStringLiteral("anthropic"));
    EXPECT_DOUBLE_EQ(s.real(SettingKey::Temperature), 0.7);
    EXPECT_FALSE(s.flag(SettingKey::RefreshOnStart));
    EXPECT_EQ(s.text(SettingKey::RefreshOnStart), QStringLiteral("false"));
    EXPECT_EQ(s.timeZone().id(), QByteArray("Asia/Seoul"));
}

TEST_F(SettingsTest, BadValuesAreRefusedWithAReadableError)
{
    Settings s(path());
    QString error;
    EXPECT_FALSE(s.setFromText(QStringLiteral("llm.no_such_key"), QStringLiteral("1"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("unknown setting"))) << error.toStdString();

    EXPECT_FALSE(s.setFromText(QStringLiteral("llm.provider"), QStringLiteral("skynet"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("openai"))) << error.toStdString();

    EXPECT_FALSE(s.setFromText(QStringLiteral("fetch.max_concurrent"), QStringLiteral("many"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("number"))) << error.toStdString();

    EXPECT_FALSE(s.setFromText(QStringLiteral("fetch.max_concurrent"), QStringLiteral("0"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("between"))) << error.toStdString();

    EXPECT_FALSE(s.setFromText(QStringLiteral("fetch.max_per_host"), QStringLiteral("1.5"), &error));
    EXPECT_FALSE(s.setFromText(QStringLiteral("general.refresh_on_start"), QStringLiteral("maybe"), &error));
    EXPECT_FALSE(s.setFromText(QStringLiteral("general.time_zone"), QStringLiteral("Mars/Olympus"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("time zone"))) << error.toStdString();

    // Nothing invalid was stored.
    EXPECT_EQ(s.integer(SettingKey::FetchMaxConcurrent), 6);
    EXPECT_EQ(s.string(SettingKey::Provider), QStringLiteral("none"));
}

TEST_F(SettingsTest, AnApiKeyIsNotASetting)
{
    for (const SettingDefinition &d : Settings::definitions())
        EXPECT_FALSE(d.name.contains(QStringLiteral("key"), Qt::CaseInsensitive)) << d.name.toStdString();
}

} // namespace
