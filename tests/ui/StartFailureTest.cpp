// What a window start says when the profile cannot be opened, and how the
// running window answers a second start.
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "storage/Database.h"
#include "ui/AppLauncher.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

using service::AppContext;

namespace {

AppContext::Options optionsFor(const QString &dir, secrets::SecretStore *secrets)
{
    AppContext::Options o;
    o.profileDir = dir;
    o.seedDefaultSources = false;
    o.secretStore = secrets;
    return o;
}

} // namespace

TEST(StartFailure, AProfileInUseSaysOnlyThatWithThePid)
{
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    AppContext first;
    QString error;
    ASSERT_TRUE(first.open(optionsFor(dir.path(), &secrets), &error)) << error.toStdString();
    EXPECT_EQ(first.openFailure(), AppContext::OpenFailure::None);

    AppContext second;
    ASSERT_FALSE(second.open(optionsFor(dir.path(), &secrets), &error));
    EXPECT_EQ(second.openFailure(), AppContext::OpenFailure::ProfileInUse);
    const QString text = ui::startFailureText(second.openFailure(), error);
    EXPECT_TRUE(text.contains(QString::number(QCoreApplication::applicationPid()))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("newer"), Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("--profile"))) << text.toStdString();
}

TEST(StartFailure, ADatabaseFromANewerVersionIsAnotherKindWithAWayOut)
{
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    QString error;
    {
        AppContext first;
        ASSERT_TRUE(first.open(optionsFor(dir.path(), &secrets), &error)) << error.toStdString();
        QSqlQuery(first.profile().database())
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(storage::Database::latestSchemaVersion() + 1));
    }
    AppContext again;
    ASSERT_FALSE(again.open(optionsFor(dir.path(), &secrets), &error));
    EXPECT_EQ(again.openFailure(), AppContext::OpenFailure::Other);
    const QString text = ui::startFailureText(again.openFailure(), error);
    EXPECT_TRUE(text.startsWith(error)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--profile"))) << text.toStdString();
}

TEST(StartFailure, BringToFrontShowsAMinimisedWindowAndKeepsItMaximised)
{
    QWidget window;
    window.showMaximized();
    window.setWindowState(window.windowState() | Qt::WindowMinimized);
    ASSERT_TRUE(window.windowState() & Qt::WindowMinimized);
    ui::bringToFront(window);
    EXPECT_FALSE(window.windowState() & Qt::WindowMinimized);
    EXPECT_TRUE(window.windowState() & Qt::WindowMaximized);
    EXPECT_TRUE(window.isVisible());

    QWidget hidden; // closed to the tray
    ui::bringToFront(hidden);
    EXPECT_TRUE(hidden.isVisible());
}
