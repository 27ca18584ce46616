#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QFontMetricsF;

namespace ui {

// What the charts' axes say, sized to the room they have.
namespace chartlabels {

// The locale's short date format without the year ("M/d" for en_US,
// "M. d." for ko_KR, "dd.MM" for de_DE); the whole short format when no
// day and month are left.
QString monthDayFormat(const QLocale &locale);

// A category label cut at its end with "…" to fit `width` pixels, so that
// what shows is always the label's beginning.
QString elided(const QString &label, const QFontMetricsF &metrics, qreal width);

// The indices of `count` evenly spaced slots (each `slotWidth` wide) that
// get a label `labelWidth` wide without two labels touching, always
// including `anchor` and stepping from it both ways.
QList<int> thinnedTicks(int count, int anchor, qreal slotWidth, qreal labelWidth);

} // namespace chartlabels

} // namespace ui
