#pragma once

#include <QString>

namespace storage {

// One process writes to a profile at a time. The lock is an flock() on
// <profileDir>/lock, so the kernel releases it when the holder dies (even
// by SIGKILL); the file records the holder's pid for the message.
class ProfileLock
{
public:
    explicit ProfileLock(const QString &profileDir);
    ~ProfileLock();
    ProfileLock(const ProfileLock &) = delete;
    ProfileLock &operator=(const ProfileLock &) = delete;

    // False with "Another Daily Insights process (pid N) is using this profile".
    bool tryLock(QString *error);
    void unlock();
    // True after a tryLock that failed because another process holds the
    // lock (not because the lock file could not be made or read).
    bool heldElsewhere() const { return m_heldElsewhere; }
    bool isLocked() const { return m_fd >= 0; }
    QString lockFilePath() const { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
    bool m_heldElsewhere = false;
};

} // namespace storage
