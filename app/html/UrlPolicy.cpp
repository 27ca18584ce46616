#include "html/UrlPolicy.h"

#include "html/HtmlLimits.h"

namespace html {

QString UrlPolicy::resolveHttp(const QString &raw, const QUrl &base)
{
    QString s;
    s.reserve(raw.size());
    for (const QChar c : raw)
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            s.append(c);
    s = s.trimmed();
    if (s.isEmpty() || s.size() > HtmlLimits::maxUrlLength)
        return {};
    QUrl url(s);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    const QString out = url.toString(QUrl::FullyEncoded);
    return out.size() > HtmlLimits::maxUrlLength ? QString() : out;
}

} // namespace html
