#pragma once

#include "service/AppContext.h"

#include <QString>

class QApplication;
class QWidget;

namespace ui {

// Registers the QtCharts renderer with the exporter (app/ cannot link Charts).
void installChartRenderer();

// What the window says when the profile cannot be opened: the cause, and a
// way out only where one helps (another folder for a database it cannot read;
// nothing for a profile another process holds).
QString startFailureText(service::AppContext::OpenFailure failure, const QString &error);

// Shows `window` unminimised (keeping it maximised or full-screen), raises
// and activates it: a second start for the same profile asked for it.
void bringToFront(QWidget &window);

// Opens the main window and runs the event loop.
int runDesktop(QApplication &app);

} // namespace ui
