#pragma once

// An in-process HTTP/1.1 server for tests: QTcpServer on 127.0.0.1, random
// port, one handler callback per request. The handler answers at once
// (reply), streams over time (startChunked/startStream + write + finish),
// closes mid-stream (abort) or never answers (hang, by doing nothing).
//
//   TestHttpServer server;
//   server.setHandler([](const TestHttpRequest &req, TestHttpResponder &res) {
//       if (req.path == "/feed.xml") res.reply(200, body, {{"Content-Type", "application/rss+xml"}});
//       else res.reply(404);
//   });
//   QUrl u = server.url("/feed.xml");
//
// To keep writing after the handler returns, keep a QPointer<TestHttpResponder>
// (it becomes null when the client goes away) or use streamRepeatedly().
// Everything runs on the thread that owns the server (the test's main thread),
// so tests wait with QSignalSpy/QTRY_* rather than sleeping.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

using TestHttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct TestHttpRequest
{
    QByteArray method;       // "GET"
    QByteArray path;         // "/feed.xml?x=1" (path with query, as sent)
    QByteArray version;      // "HTTP/1.1"
    TestHttpHeaders headers; // in arrival order, names as sent
    QByteArray body;         // Content-Length body, read fully
    int connectionId = 0;    // which TCP connection carried it (1, 2, ...)

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // The path without the query string.
    QByteArray pathOnly() const;
    // Host header without the port ("127.0.0.1" or "localhost").
    QByteArray host() const;
};

class TestHttpResponder : public QObject
{
    Q_OBJECT
public:
    // Complete answer with Content-Length. Reason phrase derived from status.
    void reply(int status, const QByteArray &body = {}, const TestHttpHeaders &headers = {});
    // Send status + headers with "Transfer-Encoding: chunked"; then write() chunks.
    void startChunked(int status, const TestHttpHeaders &headers = {});
    // Send status + headers with no length and "Connection: close"; the body
    // ends when finish() closes the connection.
    void startStream(int status, const TestHttpHeaders &headers = {});
    // Send status + headers with an explicit Content-Length (which may be a lie).
    void startWithLength(int status, qint64 contentLength, const TestHttpHeaders &headers = {});
    // Write body bytes (as a chunk when chunked).
    void write(const QByteArray &data);
    // Write raw bytes to the socket, no framing at all.
    void writeRaw(const QByteArray &bytes);
    // End the response: last chunk when chunked, close when close-delimited.
    void finish();
    // Drop the connection now (mid-stream, or instead of any answer).
    void abort();
    // Write `chunk` every intervalMs until `count` chunks (-1 = forever, until
    // the client disconnects), then finish(). Call after a start*() method.
    void streamRepeatedly(const QByteArray &chunk, int intervalMs, int count = -1);

    bool isConnected() const;
    bool isFinished() const { return m_finished; }
    qint64 bodyBytesWritten() const { return m_bodyWritten; }
    const TestHttpRequest &request() const { return m_request; }

Q_SIGNALS:
    // The client closed the connection (or abort() was called).
    void disconnected();

private:
    friend class TestHttpServer;
    TestHttpResponder(QTcpSocket *socket, TestHttpRequest request, QObject *parent);
    void sendHead(int status, TestHttpHeaders headers);
    void markFinished();

    QPointer<QTcpSocket> m_socket;
    TestHttpRequest m_request;
    QTimer m_streamTimer;
    bool m_headSent = false;
    bool m_chunked = false;
    bool m_closeDelimited = false;
    bool m_finished = false;
    qint64 m_bodyWritten = 0;
    int m_streamRemaining = -1;
    QByteArray m_streamChunk;
};

class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const TestHttpRequest &req, TestHttpResponder &res)>;

    explicit TestHttpServer(QObject *parent = nullptr); // listens at once
    ~TestHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:<port><path>; with host "localhost" for a second host.
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    // The fallback handler (default: 404 for everything).
    void setHandler(Handler handler);
    // A handler for one path (matched without the query), tried first.
    void route(const QByteArray &path, Handler handler);

    int requestCount() const { return m_requests.size(); }
    QList<TestHttpRequest> requests() const { return m_requests; }
    TestHttpRequest lastRequest() const { return m_requests.isEmpty() ? TestHttpRequest{} : m_requests.last(); }

    // Requests received whose response is not yet finished (or whose
    // connection is still open while hanging). Per Host header, and overall.
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    int maxInFlightForHost(const QByteArray &host) const { return m_maxInFlightByHost.value(host); }
    int connectionCount() const { return m_connections; }           // open now
    int maxConnections() const { return m_maxConnections; }         // at once
    int totalConnections() const { return m_nextConnectionId - 1; } // ever accepted
    void resetStats();

    // Close every open client connection (e.g. to end hanging requests).
    void closeAll();

Q_SIGNALS:
    void requestReceived(const TestHttpRequest &request);
    void responseFinished(const TestHttpRequest &request);

private:
    friend class TestHttpResponder;
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool tryParse(Connection &c);
    void dispatch(Connection &c, TestHttpRequest request);
    void onResponderDone(const TestHttpRequest &request);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, Connection *> m_conns;
    QList<TestHttpRequest> m_requests;
    QHash<QByteArray, int> m_inFlightByHost;
    QHash<QByteArray, int> m_maxInFlightByHost;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_connections = 0;
    int m_maxConnections = 0;
    int m_nextConnectionId = 1;
};
