#include "ui/AppLauncher.h"

#include <QApplication>
#include <QMainWindow>

namespace ui {

void installChartRenderer() {}

int runDesktop(QApplication &app)
{
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Daily Insights"));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}

} // namespace ui
