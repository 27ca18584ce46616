#include "model/Briefing.h"

QList<qint64> Briefing::articleIdsOf(const BriefingItem &item) const
{
    QList<qint64> ids;
    for (int n : item.citations) {
        if (n >= 1 && n <= articleIds.size())
            ids.append(articleIds.at(n - 1));
    }
    return ids;
}
