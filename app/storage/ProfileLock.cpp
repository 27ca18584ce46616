#include "storage/ProfileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace storage {

ProfileLock::ProfileLock(const QString &profileDir)
    : m_path(QDir(profileDir).filePath(QStringLiteral("lock")))
{
}

ProfileLock::~ProfileLock()
{
    unlock();
}

bool ProfileLock::tryLock(QString *error)
{
    if (m_fd >= 0)
        return true;
    m_heldElsewhere = false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray native = QFile::encodeName(m_path);
    // O_NOFOLLOW: a symbolic link planted as "lock" must not make us create
    // or truncate whatever it points to.
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        const int code = errno;
        if (error)
            *error = code == ELOOP
                ? QCoreApplication::translate("ProfileLock",
                      "The lock file %1 is a symbolic link; remove it (Daily Insights never makes one).")
                      .arg(m_path)
                : QCoreApplication::translate("ProfileLock", "Cannot create the lock file %1: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        if (error)
            *error = QCoreApplication::translate("ProfileLock", "The lock file %1 is not a regular file.").arg(m_path);
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        m_heldElsewhere = errno == EWOULDBLOCK;
        char buffer[32] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        ::close(fd);
        const qint64 pid = n > 0 ? QByteArray(buffer, int(n)).trimmed().toLongLong() : 0;
        if (error) {
            *error = pid > 0
                ? QCoreApplication::translate("ProfileLock",
                      "Another Daily Insights process (pid %1) is using this profile").arg(pid)
                : QCoreApplication::translate("ProfileLock",
                      "Another Daily Insights process is using this profile");
        }
        return false;
    }
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) < 0) {
        // The lock is held even if the pid could not be recorded.
    }
    m_fd = fd;
    return true;
}

void ProfileLock::unlock()
{
    if (m_fd < 0)
        return;
    if (::ftruncate(m_fd, 0) != 0) {
        // Nothing to do: the lock itself is released below.
    }
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace storage
