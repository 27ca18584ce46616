#include "digest/TextFeatures.h"

#include <QSet>

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

// Words that say nothing about a subject: English function words and the
// verbs and nouns every news item uses. Left in, they teach the model the
// house style of its training items rather than their subject.
bool isStopWord(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *list[] = {
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "into", "over", "after", "before", "about", "than", "its", "it", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "can", "could", "may", "this", "that", "these", "those", "their",
            "they", "he", "she", "we", "you", "his", "her", "our", "not", "no", "new", "says", "said", "say", "year",
            "years", "week", "month", "day", "today", "more", "most", "first", "also", "up", "out", "now", "how",
            "what", "why", "who", "which", "when", "where", "report", "reports", "according", "company", "companies",
            "firm", "percent", "million", "billion", "announced", "announces", "per", "via", "all", "one", "two",
            "next", "last", "amid", "set", "gets", "get", "make", "makes", "just"};
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words.contains(w);
}

// Calls emit(prefix, piece) for every feature: prefix "t:", "w:", "k:"
// or "c:", piece a view into `lower` or the padded word.
template<typename Emit>
void forEachFeature(const QString &title, const QString &text, Emit emit)
{
    QStringList titleWords = words(title);
    titleWords.removeIf(isStopWord);
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
    for (const QString &w : words(text.left(kMaxTextChars))) {
        if (!isStopWord(w))
            each(w);
    }
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
