#pragma once

#include <QDateTime>
#include <QString>

namespace feed {

// Parses the date formats found in real feeds into UTC: RFC 822 and its
// variants (long month names, 2-digit years, named US/European zones,
// missing seconds or time, swapped day and month), asctime, ISO 8601 /
// W3C-DTF (including 2-digit and ordinal forms and "YYYY-MM-DD hh:mm:ss"),
// Korean formats ("2004-05-25 오후 11:23:17", "2004년 05월 28일 01:31:15"
// in KST), and the Greek, Hungarian and Perforce forms. Returns an
// invalid QDateTime when the string is not a date. Thread-safe.
class DateParser
{
public:
    static QDateTime parse(const QString &text);
    static QDateTime parseRfc822(const QString &text);
    static QDateTime parseIso8601(const QString &text);
    static QDateTime parseKorean(const QString &text);
};

} // namespace feed
