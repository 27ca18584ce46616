#pragma once

#include "model/Category.h"
#include "service/CategoryEditing.h"
#include "ui/MainWindowDeps.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ui {

// The digest's categories: name, emoji, colour, description (for the LLM),
// keywords (for the offline classifier) and order, edited through
// service::CategoryEditing. Every change (cells, add, remove, move) stays in
// the tab until apply() (OK) queues them as one writer job (never waited
// for); Cancel drops them. changed() comes once the write is committed.
// Built-in names and descriptions are shown in the UI language
// (ui::CategoryText) and stored only when the user changed them.
class CategoriesSettingsTab : public QWidget
{
    Q_OBJECT
public:
    CategoriesSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);
    void reload();
    // The edition whose categories the tab shows (the window's shown one at
    // first). Refused (false, with a hint in the tab) while this edition has
    // changes waiting for OK.
    bool setEdition(qint64 editionId);
    qint64 edition() const { return m_edition; }
    bool hasPendingChanges() const;
    // Why a row cannot be stored ("Row 2: …"); writes nothing.
    bool validate(QString *error) const;
    bool apply(QString *error);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void write(service::CategoryEditing::Edit edit);
    Category rowCategory(int row) const;
    void syncRows(); // the cells' edits into m_rows
    void fill();

    MainWindowDeps m_deps;
    qint64 m_edition;
    QComboBox *m_editionBox;
    QLabel *m_editionHint;
    QTableWidget *m_table;
    QList<Category> m_loaded;   // as stored
    QList<Category> m_rows;     // as shown, in order; id 0 = added
    QList<qint64> m_removed;
    bool m_reordered = false;
};

} // namespace ui
