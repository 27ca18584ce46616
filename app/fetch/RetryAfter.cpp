#include "fetch/RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace fetch {

QDateTime parseHttpDate(const QByteArray &value)
{
    QString s = QString::fromLatin1(value.simplified());
    // Drop the weekday: it adds nothing, and Qt would check it against a
    // two-digit RFC 850 year read as 19xx.
    const qsizetype comma = s.indexOf(QLatin1Char(','));
    if (comma > 0)
        s = s.mid(comma + 1).trimmed();
    else if (s.size() > 4 && s.at(3) == QLatin1Char(' ') && s.at(0).isLetter() && s.at(4).isLetter())
        s = s.mid(4); // asctime: "Wed May  1 14:30:00 2024"
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime (RFC 9110 section 5.6.7).
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(s, QLatin1String(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970) // two-digit RFC 850 years
                dt = dt.addYears(100);
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    const QDateTime rfc = QDateTime::fromString(QString::fromLatin1(value.simplified()), Qt::RFC2822Date);
    return rfc.isValid() ? rfc.toUTC() : QDateTime();
}

QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? QDateTime() : nowUtc.toUTC().addSecs(seconds);
    const QDateTime at = parseHttpDate(v);
    if (!at.isValid())
        return {};
    return at < nowUtc ? nowUtc.toUTC() : at;
}

} // namespace fetch
