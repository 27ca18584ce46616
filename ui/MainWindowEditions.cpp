// MainWindow: the edition switcher (combo above the sidebar, View → Edition,
// Ctrl+1 … Ctrl+9) and what changes with the shown edition.
#include "ui/EditionChoice.h"
#include "ui/MainWindow.h"

#include "model/MarkdownInline.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/EditionStore.h"
#include "ui/BackgroundJobs.h"
#include "ui/DayNavigator.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QMenu>
#include <QSignalBlocker>

namespace ui {

namespace {
constexpr int kEditionShortcuts = 9; // Ctrl+1 … Ctrl+9
} // namespace

void MainWindow::buildEditionSwitcher()
{
    m_editionBox = new QComboBox(this);
    m_editionBox->setObjectName(QStringLiteral("editionBox"));
    m_editionBox->setAccessibleName(tr("Edition"));
    m_editionBox->setToolTip(tr("The digest shown: its days, categories and summaries (Ctrl+1, Ctrl+2 …)"));
    connect(m_editionBox, &QComboBox::activated, this,
            [this](int index) { showEdition(m_editionBox->itemData(index).toLongLong()); });
}

void MainWindow::reloadEditions()
{
    const QList<Edition> all = storage::EditionStore(storage::Database::connection(m_deps.readConnection)).all();
    const qint64 shown = m_repo.edition();
    {
        const QSignalBlocker block(m_editionBox);
        m_editionBox->clear();
        for (const Edition &e : all)
            m_editionBox->addItem(editionDisplayName(e), e.id);
        m_editionBox->setCurrentIndex(std::max(0, m_editionBox->findData(shown)));
    }
    if (!m_editionMenu)
        return;
    if (m_editionGroup) {
        for (QAction *a : m_editionGroup->actions()) {
            removeAction(a);
            delete a;
        }
    } else {
        m_editionGroup = new QActionGroup(this);
        m_editionGroup->setExclusive(true);
    }
    m_editionMenu->clear();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Edition &e = all.at(i);
        auto *a = new QAction(editionDisplayName(e), m_editionGroup);
        a->setObjectName(QStringLiteral("editionAction_%1").arg(e.key));
        a->setCheckable(true);
        a->setChecked(e.id == shown);
        if (i < kEditionShortcuts) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
            a->setShortcutContext(Qt::WindowShortcut);
        }
        const qint64 id = e.id;
        connect(a, &QAction::triggered, this, [this, id] { showEdition(id); });
        addAction(a);
        m_editionMenu->addAction(a);
    }
}

void MainWindow::showEdition(qint64 editionId)
{
    const Edition edition =
        storage::EditionStore(storage::Database::connection(m_deps.readConnection)).byId(editionId);
    if (edition.id == 0)
        return;
    if (m_deps.settings)
        m_deps.settings->set(SettingKey::ShownEdition, edition.key);
    {
        const QSignalBlocker block(m_editionBox);
        m_editionBox->setCurrentIndex(std::max(0, m_editionBox->findData(edition.id)));
    }
    if (m_editionGroup) {
        for (QAction *a : m_editionGroup->actions())
            a->setChecked(a->objectName() == QStringLiteral("editionAction_%1").arg(edition.key));
    }
    if (edition.id == m_repo.edition())
        return;
    m_repo.setEdition(edition.id);
    if (m_deps.jobs)
        m_deps.jobs->setEdition(edition.id);
    // Categories are the edition's own: "All" is the one entry both have.
    if (m_category > 0)
        m_category = kAllCategories;
    const QStringList days = m_repo.days();
    QString day = m_day;
    if (!days.contains(day))
        day = days.isEmpty() ? today() : days.first();
    openDay(day);
}

QString MainWindow::leftOutText() const
{
    QStringList lines;
    int total = 0;
    for (const DigestLeftOut &l : m_data.digest.leftOut) {
        if (l.count <= 0)
            continue;
        total += l.count;
        lines << (l.reason.isEmpty() ? QStringLiteral("- %1").arg(l.count)
                                     : QStringLiteral("- %1: %2").arg(markdown::escapeInline(l.reason)).arg(l.count));
    }
    if (total == 0)
        return QString();
    return tr("%n article(s) of this day are left out of the %1 digest:", nullptr, total)
               .arg(markdown::escapeInline(editionDisplayName(m_data.digest.edition)))
           + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

} // namespace ui
