#include "ui/ChartAxisLabels.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <cmath>

namespace ui::chartlabels {

QString monthDayFormat(const QLocale &locale)
{
    const QString full = locale.dateFormat(QLocale::ShortFormat);
    // The year with the separator that joins it to the rest: after it when
    // the year comes first ("yy. M. d."), before it otherwise ("M/d/yy").
    static const QRegularExpression leading(QStringLiteral("^\\s*y+[^dMy]*"));
    static const QRegularExpression trailing(QStringLiteral("[^dMy]*y+[^dMy]*$"));
    static const QRegularExpression inner(QStringLiteral("[^dMy]*y+"));
    QString format = full;
    if (format.contains(leading))
        format.remove(leading);
    else if (format.contains(trailing))
        format.replace(trailing, full.endsWith(QLatin1Char('.')) ? QStringLiteral(".") : QString());
    else
        format.remove(inner);
    format = format.trimmed();
    if (!format.contains(QLatin1Char('d')) || !format.contains(QLatin1Char('M')))
        return full;
    return format;
}

QString elided(const QString &label, const QFontMetricsF &metrics, qreal width)
{
    return metrics.elidedText(label, Qt::ElideRight, std::max<qreal>(0, width));
}

QList<int> thinnedTicks(int count, int anchor, qreal slotWidth, qreal labelWidth)
{
    QList<int> ticks;
    if (count <= 0)
        return ticks;
    anchor = std::clamp(anchor, 0, count - 1);
    int step = 1;
    if (slotWidth > 0 && labelWidth > slotWidth)
        step = int(std::ceil(labelWidth / slotWidth));
    step = std::max(1, step);
    for (int i = anchor % step; i < count; i += step)
        ticks << i;
    return ticks;
}

} // namespace ui::chartlabels
