#include "cli/CommandLine.h"
#include "cli/RuntimeDir.h"
#include "secrets/SecretStore.h"
#include "ui/AppLauncher.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

// One executable: with no sub-command it opens the window, with one it runs
// headless. Headless commands still get a QGuiApplication-capable platform
// (offscreen) because the chart PNG is drawn with QtCharts.
int main(int argc, char **argv)
{
    // Take the key out of the environment before anything can start a child
    // process (xdg-open and the browser it starts would inherit it).
    secrets::apiKeyFromEnvironment();
    const bool headless = cli::isHeadlessInvocation(argc, argv);
    if (headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        cli::ensureRuntimeDir(); // cron and timers: no Qt warning on stderr
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DailyInsights"));
    QCoreApplication::setApplicationName(QStringLiteral("daily-insights"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DI_VERSION));
    // Ties the window to daily-insights.desktop (its icon and name in docks; the Wayland app id).
    QApplication::setDesktopFileName(QStringLiteral("daily-insights"));

    ui::installChartRenderer();
    if (headless)
        return cli::run(app.arguments());
    return ui::runDesktop(app);
}
