#include "fetch/StoredErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <iterator>

namespace fetch {

namespace {

// The fetcher's messages (FetchErrors.cpp), as the source texts of their
// translations. Keep in step with that file.
const char *const kMessages[] = {
    QT_TRANSLATE_NOOP("FeedFetcher", "connection refused by %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "the server closed the connection early"),
    QT_TRANSLATE_NOOP("FeedFetcher", "host not found: %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "the connection timed out"),
    QT_TRANSLATE_NOOP("FeedFetcher", "secure connection failed: %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "the network is not available"),
    QT_TRANSLATE_NOOP("FeedFetcher", "proxy error: %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "file not found: %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "cannot read file: %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "unsupported address scheme: %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "network error %1"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP 401 (login required)"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP 403 (forbidden)"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP 404"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP 410 (the feed is gone)"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP 429 (too many requests)"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP 503 (service unavailable)"),
    QT_TRANSLATE_NOOP("FeedFetcher", "HTTP %1"),
};

} // namespace

QString displayedFetchError(const QString &stored)
{
    const QString text = stored.trimmed();
    for (const char *source : kMessages) {
        const QString pattern = QString::fromLatin1(source);
        const int arg = pattern.indexOf(QLatin1String("%1"));
        if (arg < 0) {
            if (text == pattern)
                return QCoreApplication::translate("FeedFetcher", source);
            continue;
        }
        const QRegularExpression re(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(pattern.left(arg)) + QStringLiteral("(.+)")
            + QRegularExpression::escape(pattern.mid(arg + 2))));
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch())
            return QCoreApplication::translate("FeedFetcher", source).arg(m.captured(1));
    }
    return stored;
}

} // namespace fetch
