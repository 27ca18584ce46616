#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace ui {

// "Keyboard shortcuts": every action of the window's menus that has a
// shortcut, grouped by menu. Built from the QActions themselves, so it
// always says what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace ui
