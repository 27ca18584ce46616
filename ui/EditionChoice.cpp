#include "ui/EditionChoice.h"

#include <QCoreApplication>

#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/EditionStore.h"

#include <QComboBox>

namespace ui {

QString editionDisplayName(const Edition &edition)
{
    if (edition.key == editions::kNewsKey && edition.name == QLatin1String("News"))
        return QCoreApplication::translate("Edition", "News");
    if (edition.key == editions::kPapersKey && edition.name == QLatin1String("Papers"))
        return QCoreApplication::translate("Edition", "Papers");
    return edition.name;
}

qint64 shownEdition(const MainWindowDeps &deps)
{
    const qint64 id = deps.settings ? storage::EditionStore(storage::Database::connection(deps.readConnection))
                                          .byKey(deps.settings->string(SettingKey::ShownEdition))
                                          .id
                                    : 0;
    return id > 0 ? id : editions::kNewsId;
}

QComboBox *editionBox(const MainWindowDeps &deps, qint64 shown, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const Edition &e : storage::EditionStore(storage::Database::connection(deps.readConnection)).all())
        box->addItem(editionDisplayName(e), e.id);
    box->setCurrentIndex(std::max(0, box->findData(shown)));
    return box;
}

} // namespace ui
