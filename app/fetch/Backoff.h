#pragma once

#include <QDateTime>
#include <QString>

namespace fetch {

// Seconds to wait before retrying a source after `consecutiveFailures`
// failures in a row: 0 for none, then 5 min doubling each time, capped at
// one day (86400 s).
qint64 backoffSeconds(int consecutiveFailures);

// When to try again: now + backoff, or the server's Retry-After if later.
QDateTime nextAttemptAfter(const QDateTime &nowUtc, int consecutiveFailures,
                           const QDateTime &retryAfterUtc = {});

// "512 bytes", "64 KiB", "10 MiB", "1.5 GiB".
QString describeBytes(qint64 bytes);

// "300 ms", "30 s", "1.5 s", "2 min", "1 h 30 min".
QString describeDuration(qint64 ms);

} // namespace fetch
