#include "model/Digest.h"

#include <algorithm>

void sortDigestSections(QList<DigestSection> &sections)
{
    std::stable_sort(sections.begin(), sections.end(),
                     [](const DigestSection &a, const DigestSection &b) {
                         if (a.sources.size() != b.sources.size())
                             return a.sources.size() > b.sources.size();
                         return a.categoryPosition < b.categoryPosition;
                     });
}
