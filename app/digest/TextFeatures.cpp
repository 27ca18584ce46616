#include "digest/TextFeatures.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace digest {
namespace {

constexpr int kMaxTextChars = 4000; // a long full text says nothing more about its subject

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3130 && u <= 0x318F)
        || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

// Words: runs of letters and digits, lower case.
QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// Calls emit(prefix, piece) for every feature: prefix "t:", "w:", "k:"
// or "c:", piece a view into `lower` or the padded word.
template<typename Emit>
void forEachFeature(const QString &title, const QString &text, Emit emit)
{
    const QStringList titleWords = words(title);
    for (const QString &w : titleWords)
        emit(u"t:", QStringView(w));
    QString padded;
    const auto each = [&](const QString &w) {
        emit(u"w:", QStringView(w));
        if (std::any_of(w.begin(), w.end(), isCjk)) {
            for (qsizetype i = 0; i + 1 < w.size(); ++i)
                emit(u"k:", QStringView(w).mid(i, 2));
            return;
        }
        if (w.size() < 3 || std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }))
            return;
        padded = u'^' + w + u'$';
        for (int n = 3; n <= 4; ++n) {
            for (qsizetype i = 0; i + n <= padded.size(); ++i)
                emit(u"c:", QStringView(padded).mid(i, n));
        }
    };
    for (const QString &w : titleWords)
        each(w);
    for (const QString &w : words(text.left(kMaxTextChars)))
        each(w);
}

// FNV-1a over the UTF-16 code units of prefix + piece.
quint32 hash(QStringView prefix, QStringView piece)
{
    quint32 h = 2166136261u;
    const auto add = [&h](QStringView s) {
        for (const QChar c : s) {
            h = (h ^ (c.unicode() & 0xFF)) * 16777619u;
            h = (h ^ (c.unicode() >> 8)) * 16777619u;
        }
    };
    add(prefix);
    add(piece);
    return h & (TextFeatures::kDimensions - 1);
}

} // namespace

quint32 TextFeatures::bucket(const QString &name)
{
    // Stable across runs and platforms: the shipped weights depend on it.
    return hash(QStringView(), name);
}

QList<QString> TextFeatures::names(const QString &title, const QString &text)
{
    QList<QString> out;
    forEachFeature(title, text,
                   [&](QStringView prefix, QStringView piece) { out.append(prefix.toString() + piece.toString()); });
    return out;
}

SparseVector TextFeatures::extract(const QString &title, const QString &text)
{
    std::vector<quint32> buckets;
    buckets.reserve(512);
    forEachFeature(title, text,
                   [&](QStringView prefix, QStringView piece) { buckets.push_back(hash(prefix, piece)); });
    std::sort(buckets.begin(), buckets.end());
    SparseVector v;
    double norm = 0;
    for (size_t i = 0; i < buckets.size();) {
        size_t j = i;
        while (j < buckets.size() && buckets[j] == buckets[i])
            ++j;
        const float weight = std::log1p(float(j - i));
        v.index.append(buckets[i]);
        v.value.append(weight);
        norm += double(weight) * weight;
        i = j;
    }
    norm = std::sqrt(norm);
    if (norm > 0) {
        for (float &x : v.value)
            x = float(x / norm);
    }
    return v;
}

} // namespace digest
