#include "ui/AppLauncher.h"

#include "ui/QtChartRenderer.h"

#include <QApplication>
#include <QMainWindow>

namespace ui {

void installChartRenderer()
{
    static QtChartRenderer r;
    ChartRenderer::install(&r);
}

int runDesktop(QApplication &app)
{
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Daily Insights"));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}

} // namespace ui
