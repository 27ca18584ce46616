#pragma once

// Helpers shared by the libFuzzer targets (tests/fuzz/README.md).

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace fuzz {

// The input as a QByteArray that owns a copy (the parsers may keep it).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Cuts the input into chunks whose sizes follow from the input itself, so a
// crash reproduces from the file alone: the same bytes, the same cuts.
inline QList<QByteArray> chunks(const QByteArray &input)
{
    QList<QByteArray> out;
    uint32_t state = 2166136261u;
    for (const char c : input)
        state = (state ^ static_cast<uint8_t>(c)) * 16777619u;
    qsizetype pos = 0;
    while (pos < input.size()) {
        state = state * 1103515245u + 12345u;
        const qsizetype take = 1 + static_cast<qsizetype>((state >> 16) % 64);
        out.append(input.mid(pos, take));
        pos += take;
    }
    return out;
}

// A broken invariant is a finding: stop with a report libFuzzer records.
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace fuzz
