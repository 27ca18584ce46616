#pragma once

class QApplication;

namespace ui {

// Registers the QtCharts renderer with the exporter (app/ cannot link Charts).
void installChartRenderer();

// Opens the main window and runs the event loop.
int runDesktop(QApplication &app);

} // namespace ui
