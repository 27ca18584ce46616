#include "ui/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ui {

StartupProbe::StartupProbe(QWidget *window) : QObject(window), m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        // The rest of this frame paints in the same pass; report after it.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return false;
}

void StartupProbe::report()
{
    QCoreApplication::instance()->removeEventFilter(this);
    const qint64 ms = msSinceProcessStart();
    const qint64 kb = residentKb();
    std::printf("first paint after %lld ms, rss %lld MB\n", static_cast<long long>(ms),
                static_cast<long long>(kb < 0 ? -1 : (kb + 512) / 1024));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

qint64 StartupProbe::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: start time in clock ticks after boot
    // (CLOCK_BOOTTIME). The command name (field 2) may hold spaces: skip past ')'.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSec = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK)); // field 22
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSec = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((nowSec - startSec) * 1000.0 + 0.5);
}

qint64 StartupProbe::residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ui
