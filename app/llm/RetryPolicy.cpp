#include "llm/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace llm::retry {

bool isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

int backoffDelayMs(int baseMs, int retryIndex)
{
    const qint64 base = std::max(0, baseMs);
    const qint64 full = std::min<qint64>(base << std::clamp(retryIndex, 0, 16), 60 * 1000);
    const qint64 half = full / 2;
    if (full - half <= 0)
        return int(full);
    return int(half + QRandomGenerator::global()->bounded(full - half + 1));
}

qint64 retryAfterMs(const QByteArray &header, const QDateTime &nowUtc)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (English names, UTC).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

} // namespace llm::retry
