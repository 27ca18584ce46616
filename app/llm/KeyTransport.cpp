#include "llm/KeyTransport.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace llm {

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    // Only the name "localhost" itself: "x.localhost" is an ordinary name
    // that a resolver (or a hosts file) may point anywhere.
    if (h == QLatin1String("localhost"))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback(); // 127.0.0.0/8, ::1, ::ffff:127.x.x.x
}

QString keyTransportError(const QUrl &url, bool hasKey)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("LlmClient", "the server URL \"%1\" is not valid")
            .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QCoreApplication::translate("LlmClient",
                                           "the server URL must start with https:// or http://, not \"%1\"")
            .arg(url.scheme());
    if (!hasKey || isLoopbackHost(url.host()))
        return {};
    return QCoreApplication::translate(
               "LlmClient",
               "refusing to send the API key over plain HTTP to host %1; use https or a local server")
        .arg(url.host());
}

} // namespace llm
