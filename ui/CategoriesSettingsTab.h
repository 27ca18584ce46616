#pragma once

#include "model/Category.h"
#include "ui/MainWindowDeps.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QTableWidget;

namespace ui {

// The digest's categories: name, emoji, colour, description (for the LLM),
// keywords (for the offline classifier) and order. Edits are written on
// apply(); add, remove and move go through the StorageWriter at once.
class CategoriesSettingsTab : public QWidget
{
    Q_OBJECT
public:
    CategoriesSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);
    void reload();
    bool apply(QString *error);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void write(std::function<bool(QSqlDatabase &)> job);
    Category rowCategory(int row) const;

    MainWindowDeps m_deps;
    QTableWidget *m_table;
    QList<Category> m_loaded;
};

} // namespace ui
