#include "fetch/StoredErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

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

// One matcher per message, built once: a Sources table of thousands of rows
// asks for every row.
struct Matcher
{
    const char *source;
    QRegularExpression pattern; // invalid for a message without an argument
};

const std::vector<Matcher> &matchers()
{
    static const std::vector<Matcher> all = [] {
        std::vector<Matcher> list;
        for (const char *source : kMessages) {
            const QString text = QString::fromLatin1(source);
            const int arg = text.indexOf(QLatin1String("%1"));
            QRegularExpression re;
            if (arg >= 0)
                re = QRegularExpression(QRegularExpression::anchoredPattern(
                    QRegularExpression::escape(text.left(arg)) + QStringLiteral("(.+)")
                    + QRegularExpression::escape(text.mid(arg + 2))));
            list.push_back({source, re});
        }
        return list;
    }();
    return all;
}

} // namespace

QString displayedFetchError(const QString &stored)
{
    const QString text = stored.trimmed();
    for (const Matcher &m : matchers()) {
        if (m.pattern.pattern().isEmpty()) {
            if (text == QLatin1String(m.source))
                return QCoreApplication::translate("FeedFetcher", m.source);
            continue;
        }
        const QRegularExpressionMatch match = m.pattern.match(text);
        if (match.hasMatch())
            return QCoreApplication::translate("FeedFetcher", m.source).arg(match.captured(1));
    }
    return stored;
}

} // namespace fetch
