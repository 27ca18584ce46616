#include "digest/StoryClusterer.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <vector>

namespace digest {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3)     // Hangul syllables
           || (c >= 0x1100 && c <= 0x11FF)  // Hangul jamo
           || (c >= 0x3130 && c <= 0x318F)  // Hangul compatibility jamo
           || (c >= 0x3040 && c <= 0x30FF)  // kana
           || (c >= 0x4E00 && c <= 0x9FFF); // CJK unified ideographs
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"the",       "a",     "an",   "and",   "or",    "of",   "to",    "in",   "on",    "for",   "with",
              "at",        "by",    "from", "as",    "is",    "are",  "was",   "were", "be",    "been",  "it",
              "its",       "this",  "that", "these", "those", "has",  "have",  "had",  "will",  "would", "can",
              "could",     "may",   "new",  "says",  "said",  "say",  "after", "over", "into",  "than",  "more",
              "about",     "up",    "out",  "not",   "no",    "but",  "all",   "any",  "their", "they",  "he",
              "she",       "his",   "her",  "we",    "our",   "you",  "your",  "also", "now",   "just",  "yet",
              "which",     "who",   "what", "how",   "why",   "when", "where", "year", "week",  "today", "company",
              "according", "first", "one",  "two",   "some",  "most", "other", "them", "there", "s"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// A light English stemmer: launches, launched, launching → launch.
QString stem(const QString &word)
{
    const auto strip = [&word](QLatin1String suffix, qsizetype minStem) {
        return word.endsWith(suffix) && word.size() - suffix.size() >= minStem;
    };
    if (strip(QLatin1String("ing"), 4))
        return word.chopped(3);
    if (strip(QLatin1String("ies"), 3))
        return word.chopped(3) + u'y';
    if (strip(QLatin1String("es"), 4) &&
        (word.endsWith(QLatin1String("ches")) || word.endsWith(QLatin1String("shes")) ||
         word.endsWith(QLatin1String("sses")) || word.endsWith(QLatin1String("xes"))))
        return word.chopped(2);
    if (strip(QLatin1String("ed"), 4))
        return word.chopped(word.endsWith(QLatin1String("ied")) ? 3 : 2) +
               (word.endsWith(QLatin1String("ied")) ? QStringLiteral("y") : QString());
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")) &&
        !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is")))
        return word.chopped(1);
    return word;
}

void addToken(const QString &token, double weight, Shingles *out)
{
    const QList<uint> points = token.toUcs4();
    const bool cjk = std::any_of(points.begin(), points.end(), [](uint c) { return isCjk(c); });
    auto add = [&](const QString &s) {
        double &w = (*out)[s];
        w = std::max(w, weight);
    };
    if (cjk) {
        if (points.size() == 1) {
            add(token);
            return;
        }
        for (qsizetype i = 0; i + 1 < points.size(); ++i)
            add(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 2));
        return;
    }
    const bool digits =
        std::all_of(points.begin(), points.end(), [](uint c) { return c < 128 && c >= '0' && c <= '9'; });
    if ((!digits && token.size() < 2) || stopWords().contains(token))
        return;
    add(stem(token));
}

void addText(const QString &text, double weight, Shingles *out)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString token;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            token.append(c);
            continue;
        }
        if (!token.isEmpty())
            addToken(token, weight, out);
        token.clear();
    }
    if (!token.isEmpty())
        addToken(token, weight, out);
}

double totalWeight(const Shingles &s, const std::function<double(const QString &)> &idf)
{
    double sum = 0.0;
    for (auto it = s.cbegin(); it != s.cend(); ++it)
        sum += it.value() * idf(it.key());
    return sum;
}

int root(std::vector<int> &parent, int i)
{
    while (parent[std::size_t(i)] != i) {
        parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        i = parent[std::size_t(i)];
    }
    return i;
}

} // namespace

Shingles StoryClusterer::shingles(const StoryText &text)
{
    Shingles out;
    addText(text.summary, 1.0, &out);
    addText(text.title, kTitleWeight, &out);
    return out;
}

StoryClusterer::StoryClusterer(const QList<Shingles> &corpus, double threshold)
    : m_corpus(corpus), m_threshold(threshold)
{
    for (const Shingles &s : m_corpus) {
        for (auto it = s.cbegin(); it != s.cend(); ++it)
            ++m_documentFrequency[it.key()];
    }
}

double StoryClusterer::idf(const QString &shingle) const
{
    const int df = std::max(1, m_documentFrequency.value(shingle));
    return std::log(1.0 + double(std::max<qsizetype>(1, m_corpus.size())) / df);
}

double StoryClusterer::similarity(const Shingles &a, const Shingles &b) const
{
    const Shingles &small = a.size() <= b.size() ? a : b;
    const Shingles &large = a.size() <= b.size() ? b : a;
    double common = 0.0;
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        const auto other = large.constFind(it.key());
        if (other != large.cend())
            common += std::min(it.value(), other.value()) * idf(it.key());
    }
    const auto weigh = [this](const QString &s) { return idf(s); };
    const double all = totalWeight(a, weigh) + totalWeight(b, weigh) - common;
    return all > 0.0 ? common / all : 0.0;
}

QList<StoryClusterer::Pair> StoryClusterer::similarPairs(const QList<bool> &involving) const
{
    const auto flagged = [&involving](int i) { return involving.isEmpty() || involving.value(i); };
    const int n = int(m_corpus.size());
    QHash<QString, QList<int>> postings;
    std::vector<double> totals(std::size_t(n), 0.0);
    const auto weigh = [this](const QString &s) { return idf(s); };
    for (int i = 0; i < n; ++i) {
        totals[std::size_t(i)] = totalWeight(m_corpus[i], weigh);
        for (auto it = m_corpus[i].cbegin(); it != m_corpus[i].cend(); ++it)
            postings[it.key()].append(i);
    }
    QList<Pair> out;
    std::vector<double> common(std::size_t(n), 0.0);
    std::vector<int> touched;
    for (int i = 0; i < n; ++i) {
        if (!flagged(i))
            continue;
        touched.clear();
        for (auto it = m_corpus[i].cbegin(); it != m_corpus[i].cend(); ++it) {
            const double w = idf(it.key());
            for (const int j : postings.value(it.key())) {
                if (j == i || (j < i && flagged(j))) // a flagged pair is found from its first text
                    continue;
                if (common[std::size_t(j)] == 0.0)
                    touched.push_back(j);
                common[std::size_t(j)] += std::min(it.value(), m_corpus[j].value(it.key())) * w;
            }
        }
        std::sort(touched.begin(), touched.end());
        for (const int j : touched) {
            const double shared = common[std::size_t(j)];
            const double all = totals[std::size_t(i)] + totals[std::size_t(j)] - shared;
            if (all > 0.0 && shared / all >= m_threshold)
                out.append({std::min(i, j), std::max(i, j), shared / all});
            common[std::size_t(j)] = 0.0;
        }
    }
    return out;
}

QList<int> StoryClusterer::cluster() const
{
    const int n = int(m_corpus.size());
    std::vector<int> parent(std::size_t(n), 0);
    std::iota(parent.begin(), parent.end(), 0);
    for (const Pair &p : similarPairs()) {
        const int a = root(parent, p.first), b = root(parent, p.second);
        if (a != b)
            parent[std::size_t(std::max(a, b))] = std::min(a, b);
    }
    QList<int> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(root(parent, i));
    return out;
}

} // namespace digest
