#pragma once

#include <QDateTime>
#include <QString>

// When the reader fetches an article's page for its full text.
enum class FullTextMode { Off, On, Auto }; // Auto: when the feed's text is under ~80 words

QString fullTextModeName(FullTextMode mode);        // "off" | "on" | "auto"
FullTextMode fullTextModeFromName(const QString &name); // unknown = Off

// What a source's URL answers with, and so how its answer is read.
enum class SourceKind {
    Feed,    // RSS, Atom, RDF or JSON Feed
    Arxiv,   // an arXiv RSS listing (rss.arxiv.org/rss/cs.AI): papers
    HfDaily  // Hugging Face's daily papers JSON (api/daily_papers?date=...): papers with upvotes
};

QString sourceKindName(SourceKind kind);              // "feed" | "arxiv" | "hf-daily"
SourceKind sourceKindFromName(const QString &name);   // unknown = Feed
// The kind a URL's host and path say: rss.arxiv.org / export.arxiv.org
// listings are Arxiv, huggingface.co/api/daily_papers is HfDaily, the rest Feed.
SourceKind sourceKindForUrl(const QString &url);

// A subscribed feed, its reading options and its fetch state.
struct Source
{
    qint64 id = 0;
    QString url;            // feed URL (http, https or file)
    QString title;
    QString group;          // folder from OPML, may be empty
    bool enabled = true;
    qint64 editionId = 1;   // the edition whose digests its articles feed (1 = News)
    SourceKind kind = SourceKind::Feed; // set when added (or by setKind)

    // Reading options, set by the user.
    FullTextMode fullText = FullTextMode::Off;
    bool loadImages = false; // fetch and keep the images of its articles

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
