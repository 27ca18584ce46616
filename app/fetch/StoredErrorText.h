#pragma once

#include <QString>

namespace fetch {

// A source's last error as stored (in the language of whoever fetched it:
// often the command line, in English), in the reader's language. A text
// the fetcher writes ("HTTP 404", "connection refused by example.org") is
// translated again through QCoreApplication::translate("FeedFetcher", …)
// with its argument kept; any other text is returned as it is.
QString displayedFetchError(const QString &stored);

} // namespace fetch
