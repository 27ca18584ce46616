#pragma once

#include "export/ChartRenderer.h"

// Draws the day's category distribution as a horizontal bar chart with
// QtCharts, offscreen, into an image: one bar per category in its colour,
// "<emoji> <name>" labels, the count at each bar's end, and the caller's
// title. Runs on the GUI thread (QtCharts items are QGraphicsWidgets) and
// works under QT_QPA_PLATFORM=offscreen.
class QtChartRenderer : public ChartRenderer
{
public:
    QImage render(const QString &title, const QList<ChartSlice> &slices, QSize size) const override;
};
