#pragma once

#include "model/Source.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace feed {

struct OpmlFeed
{
    QString title;  // `title`, else `text`
    QString xmlUrl;
    QString htmlUrl;
    QString group;  // folder path, "Tech/AI"; empty at top level
};

struct OpmlResult
{
    bool ok = false;
    QString error;  // readable, with line and column for a broken file
    int line = 0, column = 0;
    QString title;  // <head><title>
    QList<OpmlFeed> feeds;
    int duplicatesSkipped = 0; // outlines whose xmlUrl was already listed
    int folderCount = 0;       // outlines without xmlUrl
};

// Reads an OPML subscription list: nested outlines are flattened with
// their folder path as the group. Any encoding the XML declaration (or a
// BOM) names is accepted. Thread-safe.
class OpmlReader
{
public:
    static OpmlResult read(const QByteArray &bytes);
};

// Writes OPML 2.0; each source's group becomes a (nested) folder.
class OpmlWriter
{
public:
    static QByteArray write(const QString &title, const QList<Source> &sources);
};

} // namespace feed
