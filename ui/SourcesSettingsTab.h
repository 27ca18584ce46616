#pragma once

#include "ui/MainWindowDeps.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

// The subscribed feeds with their status and last error; add, remove,
// enable; and the selected feed's reading options (full text off / on /
// automatic, load images) with how often its full text was fetched or
// failed. Changes go through the StorageWriter at once.
class SourcesSettingsTab : public QWidget
{
    Q_OBJECT
public:
    SourcesSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);
    void reload();
    int sourceCount() const;
    // Adds a feed URL (http, https or file); false with a reason.
    bool addSource(const QString &url, QString *error);
    // Subscribes to the http(s) feeds an OPML file lists, through
    // service::SourceImport (asynchronously: the result line then says how
    // many were added, how many skipped and why, or why nothing was: a
    // broken file's line and column, a file over the size cap).
    // opmlImportFinished() comes in every case; false only when the
    // profile is read-only.
    bool importOpml(const QString &path);
    // Writes every source as OPML 2.0; false with the reason.
    bool exportOpml(const QString &path);
    // What the last import or export did.
    QString opmlStatus() const;

Q_SIGNALS:
    void changed();
    void opmlImported(int added, int skipped);
    void opmlImportFinished();

private:
    void removeSelected();
    void setEnabled(qint64 id, bool enabled);
    void afterWrite();
    void showReadingOptions();
    void saveReadingOptions();
    QString chooseFile(bool save, const QString &caption);

    MainWindowDeps m_deps;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_opmlStatus;
    QGroupBox *m_reading;
    QComboBox *m_fullText;
    QCheckBox *m_loadImages;
    QLabel *m_fullTextCounts;
    bool m_filling = false;
};

} // namespace ui
