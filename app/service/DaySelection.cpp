#include "service/DaySelection.h"

#include "digest/PaperSelection.h"
#include "storage/PaperStore.h"

#include <QSet>

namespace service {

DaySelection selectForDigest(QSqlDatabase db, const Edition &edition, const QList<Article> &articles)
{
    DaySelection result;
    if (edition.topN <= 0) {
        result.articles = articles;
        return result;
    }
    // Imported history is shown as it was written, never capped again.
    const auto ranked = [](const Article &a) {
        return a.isAi && a.origin != CategoryOrigin::None && a.origin != CategoryOrigin::Imported;
    };
    QList<qint64> ids;
    for (const Article &a : articles) {
        if (ranked(a))
            ids.append(a.id);
    }
    const QHash<qint64, storage::PaperFacts> facts = storage::PaperStore(db).paperFacts(ids);
    QList<digest::PaperCandidate> candidates;
    for (const Article &a : articles) {
        if (!ranked(a))
            continue;
        const storage::PaperFacts f = facts.value(a.id);
        candidates.append({a.id, f.upvotes, f.listings, a.confidence});
    }
    const digest::PaperSelection chosen = digest::selectPapers(candidates, edition.topN);
    const QSet<qint64> kept(chosen.articleIds.cbegin(), chosen.articleIds.cend());
    for (const Article &a : articles) {
        if (!ranked(a) || kept.contains(a.id))
            result.articles.append(a);
    }
    result.leftOut = chosen.leftOut;
    return result;
}

} // namespace service
