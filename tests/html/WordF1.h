#pragma once

#include "html/WordCount.h"

#include <QHash>
#include <QString>

#include <algorithm>

// Word-level F1 between two texts: words are runs of Unicode letters and
// digits, lower-cased; precision and recall over the multiset of words.
inline double wordF1(const QString &got, const QString &expected)
{
    const QStringList a = html::WordCount::words(got);
    const QStringList b = html::WordCount::words(expected);
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    QHash<QString, int> counts;
    for (const QString &w : b)
        ++counts[w];
    int common = 0;
    for (const QString &w : a) {
        auto it = counts.find(w);
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    if (common == 0)
        return 0.0;
    const double precision = double(common) / double(a.size());
    const double recall = double(common) / double(b.size());
    return 2 * precision * recall / (precision + recall);
}
