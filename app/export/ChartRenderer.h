#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

// Draws the day's category distribution. The implementation uses QtCharts
// and so lives in ui/; main() installs it. app/ only sees this interface.
struct ChartSlice
{
    QString label;   // "<emoji> <category name>"
    QColor color;
    int count = 0;
};

class ChartRenderer
{
public:
    virtual ~ChartRenderer() = default;
    virtual QImage render(const QString &title, const QList<ChartSlice> &slices, QSize size) const = 0;

    // The renderer main() installed, or nullptr (then no PNG is written and
    // the exporter says so).
    static const ChartRenderer *installed();
    static void install(const ChartRenderer *renderer);
};
