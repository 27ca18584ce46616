#pragma once

#include <QString>
#include <QUrl>

namespace html {

// The one rule for links and images in shown HTML: resolved against the
// page's URL, kept only when the result is an absolute http(s) URL.
class UrlPolicy
{
public:
    // The absolute http(s) URL `raw` stands for, fully encoded, or empty.
    // Control characters and spaces around it are removed first, as browsers
    // do ("java\tscript:" is javascript:).
    static QString resolveHttp(const QString &raw, const QUrl &base);
};

} // namespace html
