#include "storage/ProfileLock.h"

#include <QCoreApplication>
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
