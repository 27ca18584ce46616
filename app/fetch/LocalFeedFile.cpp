#include "fetch/LocalFeedFile.h"

#include "fetch/Backoff.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fetch {

namespace {

using Status = LocalFileRead::Status;

LocalFileRead failure(Status status, const QString &path, qint64 maxBytes = 0)
{
    LocalFileRead r;
    r.status = status;
    switch (status) {
    case Status::NotFound:
        r.error = QCoreApplication::translate("FeedFetcher", "file not found: %1").arg(path);
        break;
    case Status::NotRegular:
        r.error = QCoreApplication::translate("FeedFetcher", "not a regular file: %1").arg(path);
        break;
    case Status::TooLarge:
        r.error = QCoreApplication::translate("FeedFetcher", "larger than the %1 limit").arg(describeBytes(maxBytes));
        break;
    case Status::Unreadable:
    case Status::Ok:
        r.error = QCoreApplication::translate("FeedFetcher", "cannot read file: %1").arg(path);
        break;
    }
    return r;
}

constexpr qint64 kChunk = 64 * 1024;

} // namespace

#ifdef Q_OS_UNIX

LocalFileRead readLocalFeedFile(const QString &path, qint64 maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    // stat first, so that a device is never even opened; fstat after open,
    // so that a file swapped for a FIFO in between is refused too.
    struct stat st {};
    if (::stat(native.constData(), &st) != 0)
        return failure(errno == ENOENT || errno == ENOTDIR ? Status::NotFound : Status::Unreadable, path);
    if (!S_ISREG(st.st_mode))
        return failure(Status::NotRegular, path);
    if (st.st_size > maxBytes)
        return failure(Status::TooLarge, path, maxBytes);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return failure(errno == ENOENT ? Status::NotFound : Status::Unreadable, path);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return failure(Status::NotRegular, path);

    LocalFileRead r;
    qint64 total = 0;
    for (;;) {
        // One byte past the cap tells a file that grew while it was read.
        const qint64 want = std::min(kChunk, maxBytes + 1 - total);
        if (want <= 0)
            return failure(Status::TooLarge, path, maxBytes);
        r.bytes.resize(total + want);
        const ssize_t got = ::read(fd, r.bytes.data() + total, size_t(want));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return failure(Status::Unreadable, path);
        if (got == 0)
            break;
        total += got;
    }
    r.bytes.resize(total);
    r.status = Status::Ok;
    return r;
}

#else

LocalFileRead readLocalFeedFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Status::NotFound, path);
    if (!info.isFile())
        return failure(Status::NotRegular, path);
    if (info.size() > maxBytes)
        return failure(Status::TooLarge, path, maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Status::Unreadable, path);
    LocalFileRead r;
    r.bytes = file.read(maxBytes + 1);
    if (r.bytes.size() > maxBytes)
        return failure(Status::TooLarge, path, maxBytes);
    r.status = Status::Ok;
    return r;
}

#endif

} // namespace fetch
