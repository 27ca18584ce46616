#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    for (QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        QTreeWidgetItem *group = nullptr;
        QList<QAction *> actions;
        for (QAction *a : menu->actions()) {
            // A submenu's actions (View → Edition) are listed with their menu's.
            if (a->menu())
                actions << a->menu()->actions();
            else
                actions << a;
        }
        for (const QAction *a : std::as_const(actions)) {
            if (a->isSeparator() || a->shortcuts().isEmpty())
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_list, {plain(menu->title())});
                QFont f = group->font(0);
                f.setBold(true);
                group->setFont(0, f);
                group->setFirstColumnSpanned(true);
            }
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const QKeySequence inList = a->property(kListKeyProperty).value<QKeySequence>();
            if (!inList.isEmpty())
                keys << tr("%1 (in a list)").arg(inList.toString(QKeySequence::NativeText));
            auto *row = new QTreeWidgetItem(m_list, {plain(a->text()), keys.join(tr(" or "))});
            row->setData(0, Qt::UserRole, a->objectName());
        }
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 560);
}

} // namespace ui
