#pragma once

#include "ui/MainWindowDeps.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

// The subscribed feeds with their status and last error; add, remove,
// enable. Changes go through the StorageWriter at once.
class SourcesSettingsTab : public QWidget
{
    Q_OBJECT
public:
    SourcesSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);
    void reload();
    int sourceCount() const;
    // Adds a feed URL (http, https or file); false with a reason.
    bool addSource(const QString &url, QString *error);
    // Subscribes to the feeds an OPML file lists (asynchronously: the
    // result line says how many were added and how many skipped). False
    // with the reason (a broken file's line and column) in the result line.
    bool importOpml(const QString &path);
    // Writes every source as OPML 2.0; false with the reason.
    bool exportOpml(const QString &path);
    // What the last import or export did.
    QString opmlStatus() const;

Q_SIGNALS:
    void changed();
    void opmlImported(int added, int skipped);

private:
    void removeSelected();
    void setEnabled(qint64 id, bool enabled);
    void afterWrite();
    QString chooseFile(bool save, const QString &caption);

    MainWindowDeps m_deps;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_opmlStatus;
    bool m_filling = false;
};

} // namespace ui
