#pragma once

#include "model/Category.h"
#include "service/CategoryEditing.h"
#include "ui/MainWindowDeps.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace ui {

// The digest's categories: name, emoji, colour, description (for the LLM),
// keywords (for the offline classifier) and order, edited through
// service::CategoryEditing. Edits are queued on apply() (never waited for);
// add, remove and move go through the StorageWriter at once. changed()
// comes once a write is committed.
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
    void write(service::CategoryEditing::Edit edit);
    Category rowCategory(int row) const;

    MainWindowDeps m_deps;
    QTableWidget *m_table;
    QList<Category> m_loaded;
};

} // namespace ui
