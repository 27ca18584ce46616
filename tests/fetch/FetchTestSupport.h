#pragma once

// Helpers shared by the fetch tests: run a FeedFetcher to completion and
// gzip-encode a body the way a web server would.
#include "fetch/FeedFetcher.h"

#include <QSignalSpy>

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
                    int timeoutMs = 10000)
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
