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

// The canonical form without a QUrl round trip, for the usual article URL:
// plain ASCII http(s), lower-case host, no port, a path, no fragment, and
// nothing QUrl would re-encode (so the query reads the same either way);
// tracking parameters are dropped from the query as canonical() does.
// Null when the URL needs the full treatment.
QString fastCanonical(const QString &url)
{
    qsizetype hostStart = 0;
    if (url.startsWith(QLatin1String("https://")))
        hostStart = 8;
    else if (url.startsWith(QLatin1String("http://")))
        hostStart = 7;
    else
        return {};
    bool inHost = true;
    qsizetype queryStart = -1;
    for (qsizetype i = hostStart; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (c <= 0x20 || c >= 0x7f || c == '#' || c == '%' || c == '\\' || c == '"' || c == '<'
            || c == '>' || c == '@' || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`')
            return {};
        if (c == '?') {
            if (inHost || queryStart >= 0) // "https://host?q" gets its "/" from the slow path
                return {};
            queryStart = i;
        } else if (inHost) {
            if (c == '/') {
                if (i == hostStart)
                    return {};
                inHost = false;
            } else if (c == ':' || (c >= 'A' && c <= 'Z')) {
                return {};
            }
        }
    }
    if (inHost) // "https://host" alone gets its "/" from the slow path
        return {};
    // QUrl rewrites an IPv4 address in any of its forms ("127.1" becomes
    // "127.0.0.1"): a host whose last label does not start with a letter
    // takes the slow path.
    const QStringView host = QStringView(url).mid(hostStart, url.indexOf(QLatin1Char('/'), hostStart) - hostStart);
    const QStringView lastLabel = host.mid(host.lastIndexOf(QLatin1Char('.')) + 1);
    if (lastLabel.isEmpty() || lastLabel.front() < QLatin1Char('a') || lastLabel.front() > QLatin1Char('z'))
        return {};
    // QUrl decodes and re-encodes Punycode labels ("xn--le" becomes
    // "xn--lea"): such hosts take the slow path too.
    if (host.contains(QLatin1String("xn--")))
        return {};
    if (queryStart < 0)
        return url;
    QString out = url.left(queryStart);
    QChar separator = QLatin1Char('?');
    for (const QStringView part : QStringView(url).mid(queryStart + 1).tokenize(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (UrlCanonicalizer::isTrackingParameter(part.left(eq < 0 ? part.size() : eq)))
            continue;
        out.append(separator).append(part);
        separator = QLatin1Char('&');
    }
    return out;
}

} // namespace

QString UrlCanonicalizer::canonicalString(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QString fast = fastCanonical(url);
    if (!fast.isNull())
        return fast;
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid())
        return url;
    return canonical(parsed).toString(QUrl::FullyEncoded);
}

} // namespace feed
