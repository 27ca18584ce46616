#include "ui/ScreenshotRunner.h"

#include "ui/BackgroundJobs.h"
#include "ui/ChartPanel.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

namespace ui {

ScreenshotRunner::ScreenshotRunner(MainWindow &window, const MainWindowDeps &deps, QString dir, QObject *parent)
    : QObject(parent), m_window(window), m_deps(deps), m_dir(std::move(dir))
{
}

void ScreenshotRunner::start()
{
    QTimer::singleShot(60000, this, &ScreenshotRunner::capture); // never hang a build
    if (!m_deps.jobs) {
        QTimer::singleShot(200, this, &ScreenshotRunner::capture);
        return;
    }
    connect(m_deps.jobs, &BackgroundJobs::refreshFinished, this, &ScreenshotRunner::buildDigest,
            Qt::SingleShotConnection);
    connect(m_deps.jobs, &BackgroundJobs::digestFinished, this,
            [this] { QTimer::singleShot(300, this, &ScreenshotRunner::capture); }, Qt::SingleShotConnection);
    m_deps.jobs->startRefresh();
}

void ScreenshotRunner::buildDigest()
{
    // After the refresh the window shows the newest day; summarise it.
    QTimer::singleShot(0, this, [this] {
        m_window.reload();
        m_window.buildDigest();
        if (!m_deps.jobs->digestRunning())
            QTimer::singleShot(300, this, &ScreenshotRunner::capture);
    });
}

void ScreenshotRunner::capture()
{
    if (m_captured)
        return;
    m_captured = true;
    m_window.reload();
    QApplication::processEvents();
    QDir().mkpath(m_dir);
    bool ok = m_window.grab().save(QDir(m_dir).filePath(QStringLiteral("main-window.png")));
    if (auto *chart = m_window.findChild<ChartPanel *>())
        ok = chart->grab().save(QDir(m_dir).filePath(QStringLiteral("chart-panel.png"))) && ok;
    SettingsDialog dialog(m_deps, &m_window);
    dialog.showTab(SettingsDialog::Tab::Llm);
    dialog.show();
    QApplication::processEvents();
    ok = dialog.grab().save(QDir(m_dir).filePath(QStringLiteral("settings-llm.png"))) && ok;
    dialog.showTab(SettingsDialog::Tab::Sources);
    QApplication::processEvents();
    ok = dialog.grab().save(QDir(m_dir).filePath(QStringLiteral("settings-sources.png"))) && ok;
    dialog.close();
    std::fprintf(stderr, "%s\n", qPrintable(ok ? QStringLiteral("screenshots written to %1").arg(m_dir)
                                                 : QStringLiteral("could not write screenshots to %1").arg(m_dir)));
    QApplication::exit(ok ? 0 : 1);
}

} // namespace ui
