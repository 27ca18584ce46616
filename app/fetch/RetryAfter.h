#pragma once

#include <QByteArray>
#include <QDateTime>

namespace fetch {

// The instant (UTC) a Retry-After header value points to: delay-seconds
// ("120") counted from nowUtc, or an HTTP-date ("Wed, 21 Oct 2015 07:28:00
// GMT", also the obsolete RFC 850 and asctime forms). Invalid when the value
// is neither. A date in the past yields nowUtc.
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

// Parses an HTTP-date (IMF-fixdate, RFC 850 or asctime); invalid otherwise.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace fetch
