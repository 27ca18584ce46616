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

namespace {

// True when the URL is already canonical and needs no QUrl round trip:
// plain ASCII, http(s), lower-case host, no port, a path, no query or fragment.
bool alreadyCanonical(const QString &url)
{
    qsizetype hostStart = 0;
    if (url.startsWith(QLatin1String("https://")))
        hostStart = 8;
    else if (url.startsWith(QLatin1String("http://")))
        hostStart = 7;
    else
        return false;
    bool inHost = true;
    for (qsizetype i = hostStart; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#' || c == '%' || c == '\\' || c == '"' || c == '<'
            || c == '>' || c == '@' || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`')
            return false;
        if (inHost) {
            if (c == '/') {
                if (i == hostStart)
                    return false;
                inHost = false;
            } else if (c == ':' || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
    }
    return !inHost; // "https://host" alone gets its "/" added by the slow path
}

} // namespace

QString UrlCanonicalizer::canonicalString(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (alreadyCanonical(url))
        return url;
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid())
        return url;
    return canonical(parsed).toString(QUrl::FullyEncoded);
}

} // namespace feed
