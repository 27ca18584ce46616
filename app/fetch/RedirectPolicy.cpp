#include "fetch/RedirectPolicy.h"

#include <QCoreApplication>

namespace fetch {

namespace {
QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url.adjusted(QUrl::NormalizePathSegments);
}
} // namespace

bool isRedirectStatus(int httpStatus)
{
    return httpStatus == 301 || httpStatus == 302 || httpStatus == 303 || httpStatus == 307
        || httpStatus == 308;
}

RedirectDecision decideRedirect(const QUrl &current, const QByteArray &location,
                                const QList<QUrl> &visited, int redirectsSoFar, int maxRedirects)
{
    RedirectDecision d;
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty()) {
        d.error = QCoreApplication::translate("FeedFetcher", "redirect without a Location");
        return d;
    }
    const QUrl target = current.resolved(QUrl::fromEncoded(trimmed));
    if (!target.isValid()) {
        d.error = QCoreApplication::translate("FeedFetcher", "redirect to an invalid address");
        return d;
    }
    const QString from = current.scheme().toLower();
    const QString to = target.scheme().toLower();
    if (to != QLatin1String("http") && to != QLatin1String("https")) {
        d.error = QCoreApplication::translate("FeedFetcher", "refused redirect from %1 to %2").arg(from, to);
        return d;
    }
    if (target.host().isEmpty()) {
        d.error = QCoreApplication::translate("FeedFetcher", "redirect to an invalid address");
        return d;
    }
    if (from == QLatin1String("https") && to == QLatin1String("http")) {
        d.error = QCoreApplication::translate("FeedFetcher", "refused redirect from https to http");
        return d;
    }
    const QUrl normalized = withoutFragment(target);
    for (const QUrl &seen : visited) {
        if (withoutFragment(seen) == normalized) {
            d.error = QCoreApplication::translate("FeedFetcher", "redirect loop");
            return d;
        }
    }
    if (redirectsSoFar >= maxRedirects) {
        d.error = QCoreApplication::translate("FeedFetcher", "too many redirects (more than %1)").arg(maxRedirects);
        return d;
    }
    d.follow = true;
    d.target = target;
    return d;
}

} // namespace fetch
