#include "ui/EditionsSettingsTab.h"

#include "ui/EditionChoice.h"

#include "storage/Database.h"
#include "storage/EditionStore.h"
#include "storage/SourceStore.h"
#include "storage/StorageWriter.h"
#include "ui/EditionDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace ui {

EditionsSettingsTab::EditionsSettingsTab(const MainWindowDeps &deps, QWidget *parent)
    : QWidget(parent), m_deps(deps), m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove…"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("editionsTab"));
    m_list->setObjectName(QStringLiteral("editionList"));
    m_list->setAccessibleName(tr("Editions"));
    m_add->setObjectName(QStringLiteral("addEditionButton"));
    m_edit->setObjectName(QStringLiteral("editEditionButton"));
    m_remove->setObjectName(QStringLiteral("removeEditionButton"));
    m_error->setObjectName(QStringLiteral("editionsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    confirm = [](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Remove edition"), question) == QMessageBox::Yes;
    };
    auto *intro = new QLabel(tr("An edition is a digest of its own: its sources, categories, summaries and "
                                "exports. Switch between them above the category list (Ctrl+1, Ctrl+2 …)."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { openEditor(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEdition(m_list->currentRow()); });

    m_loaded = storage::EditionStore(storage::Database::connection(m_deps.readConnection)).all();
    m_rows = m_loaded;
    fill();
}

void EditionsSettingsTab::fill()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const Edition &e : std::as_const(m_rows)) {
        const QString style = e.style == Edition::Style::Papers ? tr("papers") : tr("news");
        QString text = e.topN > 0 ? tr("%1 (%2, top %3)").arg(editionDisplayName(e), style).arg(e.topN)
                                  : tr("%1 (%2)").arg(editionDisplayName(e), style);
        if (e.id == 0)
            text += QLatin1Char(' ') + tr("— added on OK");
        m_list->addItem(text);
    }
    m_list->setCurrentRow(std::clamp(current, 0, int(m_rows.size()) - 1));
}

void EditionsSettingsTab::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString EditionsSettingsTab::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void EditionsSettingsTab::openEditor(int row)
{
    if (row >= m_rows.size())
        return;
    Edition start;
    if (row >= 0)
        start = m_rows.at(row);
    else
        start.name.clear();
    EditionDialog dialog(start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool ok = row < 0 ? addEdition(dialog.edition(), &error) : editEdition(row, dialog.edition(), &error);
    showError(ok ? QString() : error);
}

bool EditionsSettingsTab::addEdition(const Edition &edition, QString *error)
{
    Edition e = edition;
    e.id = 0;
    e.name = e.name.simplified();
    if (e.name.isEmpty()) {
        *error = tr("An edition needs a name.");
        return false;
    }
    for (const Edition &other : std::as_const(m_rows)) {
        if (other.name.compare(e.name, Qt::CaseInsensitive) == 0) {
            *error = tr("An edition named \"%1\" exists.").arg(e.name);
            return false;
        }
    }
    m_rows << e;
    fill();
    m_list->setCurrentRow(int(m_rows.size()) - 1);
    showError(QString());
    return true;
}

bool EditionsSettingsTab::editEdition(int row, const Edition &edition, QString *error)
{
    if (row < 0 || row >= m_rows.size()) {
        *error = tr("Choose an edition first.");
        return false;
    }
    const QString name = edition.name.simplified();
    if (name.isEmpty()) {
        *error = tr("An edition needs a name.");
        return false;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row && m_rows.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            *error = tr("An edition named \"%1\" exists.").arg(name);
            return false;
        }
    }
    Edition &e = m_rows[row];
    e.name = name;
    e.style = edition.style;
    e.topN = edition.topN;
    e.titleLine = edition.titleLine;
    e.filePrefix = edition.filePrefix;
    e.language = edition.language;
    fill();
    showError(QString());
    return true;
}

QString EditionsSettingsTab::removalQuestion(const Edition &edition) const
{
    if (edition.id == 0)
        return tr("Remove the edition \"%1\"? It is not stored yet.").arg(edition.name);
    QSqlDatabase db = storage::Database::connection(m_deps.readConnection);
    const int sources = int(storage::SourceStore(db).inEdition(edition.id).size());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM articles WHERE edition_id = ?"));
    q.addBindValue(edition.id);
    const int articles = q.exec() && q.next() ? q.value(0).toInt() : 0;
    return tr("Remove the edition \"%1\"? Pressing OK deletes its %2, its categories, its %3 and their "
              "summaries and briefings. This cannot be undone.")
        .arg(edition.name, tr("%n source(s)", nullptr, sources), tr("%n article(s)", nullptr, articles));
}

bool EditionsSettingsTab::removeEdition(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Edition e = m_rows.at(row);
    if (e.id == editions::kNewsId) {
        showError(tr("The News edition cannot be removed."));
        return false;
    }
    if (m_rows.size() <= 1) {
        showError(tr("The last edition cannot be removed."));
        return false;
    }
    if (confirm && !confirm(this, removalQuestion(e)))
        return false;
    if (e.id > 0)
        m_removed << e.id;
    m_rows.removeAt(row);
    fill();
    showError(QString());
    return true;
}

bool EditionsSettingsTab::hasPendingChanges() const
{
    if (!m_removed.isEmpty() || m_rows.size() != m_loaded.size())
        return true;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Edition &a = m_rows.at(i), &b = m_loaded.at(i);
        if (a.id != b.id || a.name != b.name || a.style != b.style || a.topN != b.topN || a.titleLine != b.titleLine
            || a.filePrefix != b.filePrefix || a.language != b.language)
            return true;
    }
    return false;
}

void EditionsSettingsTab::apply()
{
    if (!hasPendingChanges() || !m_deps.writer)
        return;
    const QList<qint64> removed = std::exchange(m_removed, {});
    const QList<Edition> rows = m_rows;
    // One writer job, queued (never waited for).
    m_deps.writer->call<bool>(
        [removed, rows](QSqlDatabase &db) {
            storage::EditionStore store(db);
            bool ok = true;
            for (qint64 id : removed) {
                QString error;
                ok = store.remove(id, &error) && ok;
            }
            for (const Edition &e : rows)
                ok = (e.id > 0 ? store.update(e) : store.add(e) > 0) && ok;
            return ok;
        },
        this, [this](bool) { Q_EMIT changed(); });
}

} // namespace ui
