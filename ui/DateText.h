#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class QDateEdit;

namespace ui {

// Dates as a person reads them, in the UI language's format (QLocale(),
// which the launcher sets to the UI language). One place, so the day label,
// the search results, the article header and the date boxes agree. Never for
// file names, JSON, Markdown exports or the command line's output: those keep
// yyyy-MM-dd.
namespace DateText {

// The locale's short date with a four-digit year ("11/21/2026",
// "2026. 11. 21."): a two-digit year reads ambiguously and edits badly.
QString shortFormat();
QString shortDate(const QDate &date);
// A stored day (yyyy-MM-dd) in the short format; anything else unchanged.
QString shortDay(const QString &isoDay);
// The locale's long date ("Saturday, November 21, 2026").
QString longDate(const QDate &date);
// The short date and the locale's short time.
QString shortDateTime(const QDateTime &when);
QString shortTime(const QTime &time);

// A date box in the short format, wide enough for the longest date it can show.
void setUpDateEdit(QDateEdit *edit);

} // namespace DateText

} // namespace ui
