#pragma once

#include "model/Source.h"
#include "ui/MainWindowDeps.h"

#include <QList>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

// The subscribed feeds with their status and last error (in the reader's
// language, fetch::displayedFetchError); add, remove, enable; and the
// selected feed's reading options (full text off / on / automatic, load
// images) with how often its full text was fetched or failed. Adding,
// removing, enabling and reading options are kept in the tab and written
// by apply() (OK) in one writer job; Cancel drops them. So are the feeds of
// an imported OPML list.
class SourcesSettingsTab : public QWidget
{
    Q_OBJECT
public:
    SourcesSettingsTab(const MainWindowDeps &deps, QWidget *parent = nullptr);
    // Re-reads the stored sources; pending changes stay.
    void reload();
    int sourceCount() const;
    // The edition whose sources the tab shows and adds to (the window's
    // shown one at first); pending changes of the others stay.
    void setEdition(qint64 editionId);
    qint64 edition() const { return m_edition; }
    // Adds a feed URL (http, https or file) to the table, stored on OK;
    // false with a reason (not a feed URL, already subscribed).
    bool addSource(const QString &url, QString *error);
    // Why `url` cannot be added, or "".
    QString addProblem(const QString &url) const;
    // Queues the pending changes on the writer (never waited for);
    // changed() comes once they are committed.
    bool apply();
    bool hasPendingChanges() const;
    // Adds the http(s) feeds an OPML file lists to the table (stored on OK),
    // read and checked by service::SourceImport on a pool thread: the result
    // line then says how many will be added, how many were skipped and why,
    // or why none: a broken file's line and column, a file over the size
    // cap. opmlImportFinished() comes in every case; false only when the
    // profile is read-only.
    bool importOpml(const QString &path);
    // Writes every source as OPML 2.0; false with the reason.
    bool exportOpml(const QString &path);
    // What the last import or export did.
    QString opmlStatus() const;

Q_SIGNALS:
    // After a write was committed and the table re-read.
    void changed();
    // After an edit that waits for OK.
    void pendingChanged();
    void opmlImported(int added, int skipped);
    void opmlImportFinished();

private:
    void removeSelected();
    void setRowEnabled(int row, bool enabled);
    void editRow(int row, const std::function<void(Source &)> &change);
    QList<Source> shown() const;
    void fill();
    void afterWrite();
    void showReadingOptions();
    void saveReadingOptions();
    QString chooseFile(bool save, const QString &caption);

    MainWindowDeps m_deps;
    qint64 m_edition;
    QComboBox *m_editionBox;
    QHash<qint64, QList<Source>> m_addedElsewhere; // other editions' added sources, by edition
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
    QList<Source> m_loaded;          // as stored
    QList<Source> m_added;           // new, id 0
    QSet<qint64> m_removed;          // stored ids
    QHash<qint64, Source> m_edited;  // stored sources with changed options
};

} // namespace ui
