#include "service/ArxivMove.h"

#include "model/Edition.h"
#include "service/Profile.h"
#include "storage/EditionStore.h"
#include "storage/Savepoint.h"
#include "storage/SourceStore.h"

#include <QCoreApplication>

namespace service {

QList<Source> ArxivMove::pending(Profile &profile)
{
    if (profile.settings().flag(SettingKey::ArxivMoveAsked))
        return {};
    QList<Source> listings;
    for (const Source &s : storage::SourceStore(profile.database()).inEdition(editions::kNewsId)) {
        if (sourceKindForUrl(s.url) == SourceKind::Arxiv)
            listings.append(s);
    }
    return listings;
}

bool ArxivMove::accept(QSqlDatabase db, const QList<Source> &sources, QString *error)
{
    const qint64 papers = storage::EditionStore(db).byKey(editions::kPapersKey).id;
    if (papers == 0) {
        *error = QCoreApplication::translate("ArxivMove", "This profile has no Papers edition.");
        return false;
    }
    storage::Savepoint tx(db, QStringLiteral("arxiv_move"));
    storage::SourceStore store(db);
    for (const Source &s : sources) {
        if (!store.setEdition(s.id, papers) || !store.setKind(s.id, SourceKind::Arxiv)) {
            *error = store.lastError();
            return false;
        }
    }
    seedPaperSources(db);
    if (!tx.release()) {
        *error = tx.error();
        return false;
    }
    return true;
}

void ArxivMove::markAsked(Profile &profile)
{
    profile.settings().set(SettingKey::ArxivMoveAsked, true);
}

} // namespace service
