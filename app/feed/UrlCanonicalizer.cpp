#include "feed/UrlCanonicalizer.h"

#include <QStringList>

namespace feed {

bool UrlCanonicalizer::isTrackingParameter(QStringView key)
{
    if (key.startsWith(QLatin1String("utm_"), Qt::CaseInsensitive))
        return true;
    static const char *const kExact[] = {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
                                         "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid", "mkt_tok",
                                         "__twitter_impression", "oly_anon_id", "oly_enc_id", "vero_id",
                                         "_ga", "_gl", "ncid", "sr_share", "wt_mc", "cmpid"};
    for (const char *name : kExact) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl UrlCanonicalizer::canonical(const QUrl &input)
{
    if (!input.isValid() || input.isRelative())
        return input;
    QUrl url = input;
    url.setFragment(QString());
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    const QString scheme = url.scheme();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if ((scheme == QLatin1String("http") && url.port() == 80) || (scheme == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    if (web && url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    if (url.hasQuery()) {
        const QString query = url.query(QUrl::FullyEncoded);
        QStringList kept;
        for (const QString &part : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            const QStringView key = QStringView(part).left(eq < 0 ? part.size() : eq);
            if (!isTrackingParameter(key))
                kept << part;
        }
        if (kept.isEmpty())
            url.setQuery(QString());
        else
            url.setQuery(kept.join(QLatin1Char('&')), QUrl::TolerantMode);
    }
    return url;
}

QString UrlCanonicalizer::canonicalString(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid())
        return url;
    return canonical(parsed).toString(QUrl::FullyEncoded);
}

} // namespace feed
