#pragma once

#include <QObject>

class QWidget;

namespace ui {

// `--measure-startup`: once `window` has been painted for the first time,
// prints "first paint after N ms, rss N MB" to stdout (N ms counted from
// the process's start as the kernel records it) and quits the event loop.
// For the startup bench; hidden from --help.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QWidget *window);

    // Milliseconds since this process started (kernel start time, 10 ms
    // resolution); -1 when /proc is unavailable.
    static qint64 msSinceProcessStart();
    // VmRSS of this process in kB; -1 when unknown.
    static qint64 residentKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    bool m_painted = false;
};

} // namespace ui
