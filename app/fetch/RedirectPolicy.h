#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace fetch {

struct RedirectDecision
{
    bool follow = false;
    QUrl target;   // resolved against the current URL
    QString error; // readable reason when not followed
};

// Whether to follow a redirect from `current` to the Location header value
// `location`. `visited` holds every URL requested so far for this fetch
// (including `current`), `redirectsSoFar` how many redirects were followed.
// Refuses: a missing or unusable Location, any scheme but http/https,
// https -> http, a loop, more than maxRedirects.
RedirectDecision decideRedirect(const QUrl &current, const QByteArray &location,
                                const QList<QUrl> &visited, int redirectsSoFar, int maxRedirects);

// A 3xx status that carries a Location to follow.
bool isRedirectStatus(int httpStatus);

} // namespace fetch
