#pragma once

#include <QObject>
#include <QString>

namespace ui {

class BackgroundJobs;
class MainWindow;
struct MainWindowDeps;

// `--screenshot DIR`: refreshes (the demo feeds are local files), builds
// the shown day's digest, then saves PNGs of the main window, the chart
// panel, the settings dialog and the search panel into DIR and quits. Exit status 0 when
// every file was written.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow &window, const MainWindowDeps &deps, QString dir, QObject *parent = nullptr);
    void start();

private:
    void buildDigest();
    void capture();
    void captureSearch(bool ok); // then quits with the status

    MainWindow &m_window;
    const MainWindowDeps &m_deps;
    QString m_dir;
    bool m_captured = false;
    bool m_digestRequested = false; // the window asked for its day's digest
};

} // namespace ui
