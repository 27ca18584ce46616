#pragma once

#include <QByteArray>
#include <QDateTime>

namespace llm {

// Exponential backoff with jitter, and the server's Retry-After.
namespace retry {

// Whether an HTTP status is worth another attempt (429 and 5xx).
bool isRetryableStatus(int httpStatus);
// Delay before retry number `retryIndex` (0 = first retry): a random value
// in [d/2, d] where d = baseMs * 2^retryIndex ("equal jitter").
int backoffDelayMs(int baseMs, int retryIndex);
// Retry-After as milliseconds: delta-seconds or an HTTP date; -1 when the
// header is absent or unreadable.
qint64 retryAfterMs(const QByteArray &header, const QDateTime &nowUtc);
// The longest Retry-After we wait for; beyond it the request fails.
constexpr qint64 kMaxRetryAfterMs = 120 * 1000;

} // namespace retry
} // namespace llm
