#pragma once

#include <QDateTime>
#include <QString>

// A subscribed feed and its fetch state.
struct Source
{
    qint64 id = 0;
    QString url;            // feed URL (http, https or file)
    QString title;
    QString group;          // folder from OPML, may be empty
    bool enabled = true;

    // Fetch state, owned by the refresh pipeline.
    QString etag;
    QString lastModified;
    QString bodyHash;       // hex SHA-1 of the last body parsed
    QDateTime lastSuccess;  // UTC
    QDateTime lastAttempt;  // UTC
    QString lastError;      // human-readable reason, empty when healthy
    int consecutiveFailures = 0;
    QDateTime nextAttempt;  // UTC; backoff after failures, invalid = now
};
