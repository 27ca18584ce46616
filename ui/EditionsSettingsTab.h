#pragma once

#include "model/Edition.h"
#include "ui/MainWindowDeps.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace ui {

// The profile's editions (News, Papers and the user's own): add, edit
// (rename, style, top N, title line, file prefix, summary language) and
// remove. Every change stays in the tab until apply() (OK) queues them as
// one writer job; Cancel drops them. Removing asks first, naming what goes
// with the edition; News and the last edition cannot be removed.
class EditionsSettingsTab : public QWidget
{
    Q_OBJECT
public:
    EditionsSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);

    // The editions as shown (id 0 = added, not stored yet).
    const QList<Edition> &editions() const { return m_rows; }
    // Adds an edition to the list (stored on OK); false with a reason (no name).
    bool addEdition(const Edition &edition, QString *error);
    // Replaces row `row`'s fields; false with a reason.
    bool editEdition(int row, const Edition &edition, QString *error);
    // Removes row `row` from the list after asking (confirm); false with the
    // reason shown when it cannot be removed, or when the user said no.
    bool removeEdition(int row);
    // Queues the pending changes on the writer (never waited for).
    void apply();
    bool hasPendingChanges() const;
    QString errorText() const;

    // Asks the user a yes/no question; a QMessageBox by default (tests answer themselves).
    std::function<bool(QWidget *parent, const QString &question)> confirm;

Q_SIGNALS:
    void changed(); // after a write was committed

private:
    void fill();
    void showError(const QString &text);
    void openEditor(int row); // -1 = a new edition
    QString removalQuestion(const Edition &edition) const;

    MainWindowDeps m_deps;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_error;
    QList<Edition> m_loaded;
    QList<Edition> m_rows;
    QList<qint64> m_removed;
};

} // namespace ui
