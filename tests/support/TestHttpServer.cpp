#include "TestHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

// ---------------------------------------------------------------- request

QByteArray TestHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool TestHttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray TestHttpRequest::pathOnly() const
{
    const qsizetype q = path.indexOf('?');
    return q < 0 ? path : path.left(q);
}

QByteArray TestHttpRequest::host() const
{
    QByteArray h = header("Host");
    if (h.startsWith('[')) // [::1]:port
        return h.left(h.indexOf(']') + 1);
    const qsizetype colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.left(colon);
}

// ---------------------------------------------------------------- responder

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool hasHeaderNamed(const TestHttpHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

TestHttpResponder::TestHttpResponder(QTcpSocket *socket, TestHttpRequest request, QObject *parent)
    : QObject(parent), m_socket(socket), m_request(std::move(request))
{
    connect(&m_streamTimer, &QTimer::timeout, this, [this] {
        if (!isConnected() || m_finished) {
            m_streamTimer.stop();
            return;
        }
        write(m_streamChunk);
        if (m_streamRemaining > 0 && --m_streamRemaining == 0) {
            m_streamTimer.stop();
            finish();
        }
    });
}

bool TestHttpResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void TestHttpResponder::sendHead(int status, TestHttpHeaders headers)
{
    if (m_headSent || !m_socket)
        return;
    m_headSent = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!hasHeaderNamed(headers, "Date"))
        headers.prepend(qMakePair(QByteArray("Date"), QByteArray("Mon, 01 Jan 2024 00:00:00 GMT")));
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void TestHttpResponder::reply(int status, const QByteArray &body, const TestHttpHeaders &headers)
{
    TestHttpHeaders all = headers;
    if (!hasHeaderNamed(all, "Content-Length"))
        all.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
    if (!body.isEmpty() && !hasHeaderNamed(all, "Content-Type"))
        all.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")));
    sendHead(status, all);
    if (m_socket && m_request.method != "HEAD")
        m_socket->write(body);
    m_bodyWritten += body.size();
    markFinished();
}

void TestHttpResponder::startChunked(int status, const TestHttpHeaders &headers)
{
    TestHttpHeaders all = headers;
    all.append(qMakePair(QByteArray("Transfer-Encoding"), QByteArray("chunked")));
    m_chunked = true;
    sendHead(status, all);
}

void TestHttpResponder::startStream(int status, const TestHttpHeaders &headers)
{
    TestHttpHeaders all = headers;
    all.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    m_closeDelimited = true;
    sendHead(status, all);
}

void TestHttpResponder::startWithLength(int status, qint64 contentLength, const TestHttpHeaders &headers)
{
    TestHttpHeaders all = headers;
    all.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(contentLength)));
    sendHead(status, all);
}

void TestHttpResponder::write(const QByteArray &data)
{
    if (!isConnected() || data.isEmpty())
        return;
    if (m_chunked)
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    else
        m_socket->write(data);
    m_bodyWritten += data.size();
}

void TestHttpResponder::writeRaw(const QByteArray &bytes)
{
    if (isConnected())
        m_socket->write(bytes);
}

void TestHttpResponder::finish()
{
    m_streamTimer.stop();
    if (m_finished)
        return;
    if (isConnected()) {
        if (m_chunked)
            m_socket->write("0\r\n\r\n");
        else if (m_closeDelimited)
            m_socket->disconnectFromHost();
    }
    markFinished();
}

void TestHttpResponder::abort()
{
    m_streamTimer.stop();
    if (m_socket)
        m_socket->abort(); // the server's disconnected handler marks us finished
    markFinished();
}

void TestHttpResponder::streamRepeatedly(const QByteArray &chunk, int intervalMs, int count)
{
    m_streamChunk = chunk;
    m_streamRemaining = count;
    m_streamTimer.start(intervalMs);
}

void TestHttpResponder::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    m_streamTimer.stop();
    if (auto *server = qobject_cast<TestHttpServer *>(parent()))
        server->onResponderDone(m_request);
}

// ---------------------------------------------------------------- server

struct TestHttpServer::Connection
{
    QTcpSocket *socket = nullptr;
    int id = 0;
    QByteArray buffer;
    QPointer<TestHttpResponder> current;
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    m_handler = [](const TestHttpRequest &, TestHttpResponder &res) { res.reply(404, "not found\n"); };
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

TestHttpServer::~TestHttpServer()
{
    const auto conns = m_conns;
    m_conns.clear();
    for (auto it = conns.begin(); it != conns.end(); ++it) {
        QTcpSocket *s = it.key();
        s->disconnect(this);
        if (Connection *c = it.value(); c->current)
            delete c->current; // before the socket, so it never calls back
        s->abort();
        delete s;
        delete it.value();
    }
}

bool TestHttpServer::isListening() const { return m_server->isListening(); }

quint16 TestHttpServer::port() const { return m_server->serverPort(); }

QUrl TestHttpServer::url(const QString &path, const QString &host) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(path));
}

void TestHttpServer::setHandler(Handler handler) { m_handler = std::move(handler); }

void TestHttpServer::route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }

void TestHttpServer::resetStats()
{
    m_requests.clear();
    m_maxInFlight = m_inFlight;
    m_maxInFlightByHost = m_inFlightByHost;
    m_maxConnections = m_connections;
}

void TestHttpServer::closeAll()
{
    const auto sockets = m_conns.keys();
    for (QTcpSocket *s : sockets)
        s->abort();
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = socket;
        c->id = m_nextConnectionId++;
        m_conns.insert(socket, c);
        m_connections++;
        m_maxConnections = std::max(m_maxConnections, m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            Connection *conn = m_conns.take(socket);
            if (!conn)
                return;
            m_connections--;
            if (conn->current && !conn->current->isFinished()) {
                conn->current->markFinished();
                Q_EMIT conn->current->disconnected();
            }
            delete conn;
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection *c = m_conns.value(socket);
    if (!c)
        return;
    c->buffer += socket->readAll();
    // One request at a time per connection (no pipelining); the next one is
    // parsed when the current response has finished.
    while (m_conns.contains(socket) && (!c->current || c->current->isFinished())) {
        if (!tryParse(*c))
            break;
    }
}

bool TestHttpServer::tryParse(Connection &c)
{
    const qsizetype end = c.buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = c.buffer.left(end).split('\n');
    TestHttpRequest req;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.method = first.value(0);
    req.path = first.value(1);
    req.version = first.value(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = req.header("Content-Length").toLongLong();
    if (c.buffer.size() < end + 4 + length)
        return false; // wait for the rest of the body
    req.body = c.buffer.mid(end + 4, length);
    c.buffer.remove(0, end + 4 + length);
    req.connectionId = c.id;
    dispatch(c, std::move(req));
    return true;
}

void TestHttpServer::dispatch(Connection &c, TestHttpRequest request)
{
    m_requests.append(request);
    m_inFlight++;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    const QByteArray host = request.host();
    int &hostCount = m_inFlightByHost[host];
    hostCount++;
    m_maxInFlightByHost[host] = std::max(m_maxInFlightByHost.value(host), hostCount);

    if (c.current)
        c.current->deleteLater();
    auto *responder = new TestHttpResponder(c.socket, request, this);
    connect(c.socket, &QObject::destroyed, responder, &QObject::deleteLater);
    c.current = responder;
    Q_EMIT requestReceived(request);

    const Handler &handler = m_routes.contains(request.pathOnly()) ? m_routes[request.pathOnly()] : m_handler;
    handler(request, *responder);
}

void TestHttpServer::onResponderDone(const TestHttpRequest &request)
{
    m_inFlight--;
    m_inFlightByHost[request.host()]--;
    Q_EMIT responseFinished(request);
    // A keep-alive client may already have sent its next request.
    for (auto it = m_conns.begin(); it != m_conns.end(); ++it) {
        if (it.value()->id == request.connectionId && !it.value()->buffer.isEmpty()) {
            QPointer<QTcpSocket> s = it.key();
            QTimer::singleShot(0, this, [this, s] {
                if (s)
                    onReadyRead(s);
            });
            break;
        }
    }
}
