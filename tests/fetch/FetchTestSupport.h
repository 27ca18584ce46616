#pragma once

// Helpers shared by the fetch tests: run a FeedFetcher to completion and
// gzip-encode a body the way a web server would.
#include "fetch/FeedFetcher.h"
#include "support/TestHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>

#include <functional>

#include <array>
#include <ostream>

// Readable QString/QByteArray values in gtest failure messages.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QByteArray &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

namespace fetchtest {

struct Run
{
    QList<fetch::FetchResult> results; // in the order they were reported
    QList<QPair<int, int>> progress;
    int finishedAll = 0;
    bool completed = false;

    const fetch::FetchResult *forPath(const QString &path) const
    {
        for (const auto &r : results) {
            if (r.url.path() == path)
                return &r;
        }
        return nullptr;
    }
};

inline Run runFetch(fetch::FeedFetcher &fetcher, const QList<fetch::FetchRequest> &requests,
                    int timeoutMs = 30000)
{
    Run run;
    QObject guard;
    QObject::connect(&fetcher, &fetch::FeedFetcher::fetched, &guard,
                     [&run](const fetch::FetchResult &r) { run.results.append(r); });
    QObject::connect(&fetcher, &fetch::FeedFetcher::progress, &guard,
                     [&run](int done, int total) { run.progress.append({done, total}); });
    QObject::connect(&fetcher, &fetch::FeedFetcher::finishedAll, &guard, [&run] { run.finishedAll++; });
    QSignalSpy done(&fetcher, &fetch::FeedFetcher::finishedAll);
    fetcher.enqueue(requests);
    run.completed = done.wait(timeoutMs);
    return run;
}

// A QNetworkAccessManager that records, on the client side, every request
// the fetcher issues and every reply that finishes: how many are in flight
// (exactly, at every moment: a finish is counted before the fetcher hears
// of it) and the most ever at once. `settled` counts finished replies the
// fetcher has already reacted to (by starting the next request, if any).
class RecordingNetwork : public QNetworkAccessManager
{
public:
    int issued = 0;
    int finished = 0;
    int settled = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    std::function<void()> onSettled;

    // No request is on its way to the server, no answer on its way back,
    // and the fetcher has reacted to every finished reply: it will issue
    // nothing more until a reply finishes, and the server's requests in
    // flight are exactly the fetcher's.
    bool quiescent(const TestHttpServer &server) const
    {
        return server.requestCount() == issued && server.inFlight() == inFlight && settled == finished;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        ++issued;
        maxInFlight = std::max(maxInFlight, ++inFlight);
        // Connected before the fetcher connects: runs first.
        connect(reply, &QNetworkReply::finished, this, [this] {
            --inFlight;
            ++finished;
        });
        // Queued: runs after the fetcher's own reaction to the finish.
        connect(
            reply, &QNetworkReply::finished, this,
            [this] {
                ++settled;
                if (onSettled)
                    onSettled();
            },
            Qt::QueuedConnection);
        return reply;
    }
};

// Holds every answer until the fetcher has nothing left to start (no
// request on its way, every finish reacted to), then answers all held ones.
// So each batch held is everything the fetcher had in flight at once, and
// the server's recorded maximum over the whole run is the fetcher's: no
// request over a cap can arrive unseen after a time window.
class HoldingHandler
{
public:
    HoldingHandler(TestHttpServer &server, RecordingNetwork &network, QByteArray body)
        : m_server(server), m_network(network), m_body(std::move(body))
    {
        server.setHandler([this](const TestHttpRequest &, TestHttpResponder &res) {
            m_held.append(&res);
            releaseIfQuiescent();
        });
        network.onSettled = [this] { releaseIfQuiescent(); };
    }
    ~HoldingHandler() { m_network.onSettled = nullptr; }
    HoldingHandler(const HoldingHandler &) = delete;
    HoldingHandler &operator=(const HoldingHandler &) = delete;

    QList<int> batches; // how many answers were held each time

private:
    void releaseIfQuiescent()
    {
        if (m_held.isEmpty() || !m_network.quiescent(m_server))
            return;
        batches.append(int(m_held.size()));
        for (const auto &p : std::exchange(m_held, {})) {
            if (p)
                p->reply(200, m_body, {{"Content-Type", "application/atom+xml"}});
        }
    }

    TestHttpServer &m_server;
    RecordingNetwork &m_network;
    QByteArray m_body;
    QList<QPointer<TestHttpResponder>> m_held;
};

inline fetch::FetchRequest request(const QUrl &url, qint64 id = 0)
{
    fetch::FetchRequest r;
    r.sourceId = id;
    r.url = url;
    return r;
}

// gzip (RFC 1952) built from qCompress's zlib stream: strip the 4-byte Qt
// length prefix, the 2-byte zlib header and the 4-byte Adler-32 trailer, then
// add the gzip header and the CRC-32 + size trailer.
inline quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

inline QByteArray gzip(const QByteArray &plain)
{
    const QByteArray zlib = qCompress(plain, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 6 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    auto le32 = [&out](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out += char((v >> (8 * i)) & 0xFF);
    };
    le32(crc32(plain));
    le32(quint32(plain.size()));
    return out;
}

} // namespace fetchtest
