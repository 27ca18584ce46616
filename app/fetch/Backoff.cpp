#include "fetch/Backoff.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fetch {

namespace {
constexpr qint64 kBaseSeconds = 300;
constexpr qint64 kMaxSeconds = 86400;

QString trimmedNumber(double value)
{
    // One decimal at most, and none when it is a whole number.
    return QLocale::c().toString(value, 'f', value == qint64(value) ? 0 : 1);
}
} // namespace

qint64 backoffSeconds(int consecutiveFailures)
{
    if (consecutiveFailures <= 0)
        return 0;
    qint64 seconds = kBaseSeconds;
    for (int i = 1; i < consecutiveFailures && seconds < kMaxSeconds; ++i)
        seconds *= 2;
    return std::min(seconds, kMaxSeconds);
}

QDateTime nextAttemptAfter(const QDateTime &nowUtc, int consecutiveFailures, const QDateTime &retryAfterUtc)
{
    const QDateTime next = nowUtc.addSecs(backoffSeconds(consecutiveFailures));
    return retryAfterUtc.isValid() && retryAfterUtc > next ? retryAfterUtc.toUTC() : next;
}

QString describeBytes(qint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return bytes == 1 ? QCoreApplication::translate("FeedFetcher", "1 byte")
                          : QCoreApplication::translate("FeedFetcher", "%1 bytes").arg(bytes);
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    value = std::round(value * 10.0) / 10.0;
    return QStringLiteral("%1 %2").arg(trimmedNumber(value), QLatin1String(units[unit]));
}

QString describeDuration(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("FeedFetcher", "%1 ms").arg(ms);
    if (ms < 60000)
        return QCoreApplication::translate("FeedFetcher", "%1 s").arg(trimmedNumber(std::round(ms / 100.0) / 10.0));
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 60)
        return QCoreApplication::translate("FeedFetcher", "%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("FeedFetcher", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("FeedFetcher", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace fetch
