// Issue 8 item 14: a profile is readable by its owner only, and its lock
// file never follows a symbolic link.
#include "service/Profile.h"
#include "settings/Settings.h"
#include "storage/ProfileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

// The permission bits of a path (without following a final symbolic link).
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

TEST(ProfileFiles, FolderDatabaseAndSettingsAreForTheOwnerOnly)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString dir = root.filePath(QStringLiteral("profile"));
    {
        service::Profile profile;
        QString error;
        ASSERT_TRUE(profile.open(dir, service::Profile::Access::Write, &error, service::Profile::Seed::NoSources))
            << error.toStdString();
        ASSERT_TRUE(profile.settings().set(SettingKey::Model, QStringLiteral("m"))); // written to disk
        EXPECT_EQ(modeOf(dir), 0700);
        EXPECT_EQ(modeOf(profile.databasePath()), 0600);
        EXPECT_EQ(modeOf(QDir(dir).filePath(QStringLiteral("settings.ini"))), 0600);
        EXPECT_EQ(modeOf(QDir(dir).filePath(QStringLiteral("lock"))), 0600);
        const QString wal = profile.databasePath() + QStringLiteral("-wal");
        if (QFileInfo::exists(wal)) {
            EXPECT_EQ(modeOf(wal), 0600); // SQLite copies the database's mode
        }
    }
}

TEST(ProfileFiles, AnOlderProfileIsNarrowedOnOpen)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString dir = root.filePath(QStringLiteral("profile"));
    {
        service::Profile profile;
        QString error;
        ASSERT_TRUE(profile.open(dir, service::Profile::Access::Write, &error, service::Profile::Seed::NoSources));
    }
    // As an older version left it.
    const QString db = QDir(dir).filePath(QStringLiteral("daily-insights.sqlite"));
    const QString ini = QDir(dir).filePath(QStringLiteral("settings.ini"));
    ASSERT_EQ(::chmod(QFile::encodeName(dir).constData(), 0755), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(db).constData(), 0644), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(ini).constData(), 0644), 0);

    service::Profile again;
    QString error;
    ASSERT_TRUE(again.open(dir, service::Profile::Access::Write, &error, service::Profile::Seed::NoSources))
        << error.toStdString();
    EXPECT_EQ(modeOf(dir), 0700);
    EXPECT_EQ(modeOf(db), 0600);
    EXPECT_EQ(modeOf(ini), 0600);
}

TEST(ProfileFiles, ASymlinkedLockFileIsRefusedAndItsTargetUntouched)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString dir = root.filePath(QStringLiteral("profile"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString victim = root.filePath(QStringLiteral("victim.txt"));
    {
        QFile f(victim);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    ASSERT_TRUE(QFile::link(victim, QDir(dir).filePath(QStringLiteral("lock"))));

    storage::ProfileLock lock(dir);
    QString error;
    EXPECT_FALSE(lock.tryLock(&error));
    EXPECT_EQ(error, QStringLiteral("The lock file %1 is a symbolic link; remove it (Daily Insights never makes one).")
                         .arg(QDir(dir).filePath(QStringLiteral("lock"))));
    QFile f(victim);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious\n")); // not truncated to a pid

    // The whole profile refuses to open the same way.
    service::Profile profile;
    QString openError;
    EXPECT_FALSE(profile.open(dir, service::Profile::Access::Write, &openError, service::Profile::Seed::NoSources));
    EXPECT_TRUE(openError.contains(QStringLiteral("symbolic link"))) << openError.toStdString();

    // A dangling link is refused too (it would otherwise create its target).
    const QString dir2 = root.filePath(QStringLiteral("profile2"));
    ASSERT_TRUE(QDir().mkpath(dir2));
    const QString target = root.filePath(QStringLiteral("created-through-link"));
    ASSERT_TRUE(QFile::link(target, QDir(dir2).filePath(QStringLiteral("lock"))));
    storage::ProfileLock lock2(dir2);
    EXPECT_FALSE(lock2.tryLock(&error));
    EXPECT_FALSE(QFileInfo::exists(target));
}
