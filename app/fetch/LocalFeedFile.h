#pragma once

#include <QByteArray>
#include <QString>

namespace fetch {

// What reading a local feed file gave.
struct LocalFileRead
{
    enum class Status { Ok, NotFound, Unreadable, NotRegular, TooLarge };
    Status status = Status::Unreadable;
    QByteArray bytes; // empty unless Ok
    QString error;    // readable reason unless Ok ("not a regular file: /dev/tty")
};

// Reads a local file only when it is a regular file: a FIFO, a device
// (/dev/tty, /dev/zero), a socket or a directory is refused without reading
// (a FIFO is opened non-blocking, so nothing waits for a writer). At most
// maxBytes are read; a larger file, or one that grows past the cap while it
// is read, is TooLarge. Blocking I/O: call it off the GUI thread. Thread-safe.
LocalFileRead readLocalFeedFile(const QString &path, qint64 maxBytes);

} // namespace fetch
