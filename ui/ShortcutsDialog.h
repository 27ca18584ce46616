#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace ui {

// A QAction property (a QKeySequence): a key the action also answers to
// while a list has the focus ("[" for the previous day), listed here too.
inline constexpr const char *kListKeyProperty = "listShortcut";

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
