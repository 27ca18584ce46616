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

Q_SIGNALS:
    void changed();

private:
    void removeSelected();
    void setEnabled(qint64 id, bool enabled);
    void afterWrite();

    MainWindowDeps m_deps;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace ui
