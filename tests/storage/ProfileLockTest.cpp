#include "storage/ProfileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using storage::ProfileLock;

TEST(ProfileLock, ASecondLockerGetsAClearMessageWithThePid)
{
    QTemporaryDir dir;
    ProfileLock first(dir.path());
    QString error;
    ASSERT_TRUE(first.tryLock(&error)) << error.toStdString();
    EXPECT_TRUE(first.isLocked());

    ProfileLock second(dir.path());
    EXPECT_FALSE(second.tryLock(&error));
    EXPECT_EQ(error, QStringLiteral("Another Daily Insights process (pid %1) is using this profile")
                         .arg(QCoreApplication::applicationPid()));
    EXPECT_FALSE(second.isLocked());

    first.unlock();
    EXPECT_TRUE(second.tryLock(&error));
}

TEST(ProfileLock, IsReleasedWhenTheHolderGoesAway)
{
    QTemporaryDir dir;
    QString error;
    {
        ProfileLock held(dir.path());
        ASSERT_TRUE(held.tryLock(&error));
    }
    ProfileLock next(dir.path());
    EXPECT_TRUE(next.tryLock(&error)) << error.toStdString();
}

TEST(ProfileLock, TellsAHeldLockFromALockFileItCannotUse)
{
    QTemporaryDir dir;
    QString error;
    ProfileLock first(dir.path());
    ASSERT_TRUE(first.tryLock(&error));
    EXPECT_FALSE(first.heldElsewhere());
    ProfileLock second(dir.path());
    ASSERT_FALSE(second.tryLock(&error));
    EXPECT_TRUE(second.heldElsewhere());

    QTemporaryDir other;
    ASSERT_TRUE(QDir().mkpath(other.filePath(QStringLiteral("lock")))); // a folder where the file belongs
    ProfileLock broken(other.path());
    ASSERT_FALSE(broken.tryLock(&error));
    EXPECT_FALSE(broken.heldElsewhere()) << error.toStdString();
}
