#pragma once

#include <QString>
#include <QUrl>

namespace feed {

// The canonical form of an article URL, used to recognise the same
// article across sources: scheme and host lower-cased, default port and
// fragment dropped, tracking parameters (utm_*, fbclid, gclid, mc_cid,
// ...) removed, an empty http(s) path written as "/".
class UrlCanonicalizer
{
public:
    static QUrl canonical(const QUrl &url);
    static QString canonicalString(const QString &url);
    static bool isTrackingParameter(QStringView key);
};

} // namespace feed
