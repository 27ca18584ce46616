#include "ui/CategoriesSettingsTab.h"

#include "service/CategoryEditing.h"
#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/Savepoint.h"
#include "ui/CategoryText.h"
#include "ui/EditionChoice.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {
enum Column { EmojiColumn, NameColumn, ColorColumn, DescriptionColumn, KeywordsColumn };
}

CategoriesSettingsTab::CategoriesSettingsTab(const MainWindowDeps &deps, QWidget *parent)
    : QWidget(parent), m_deps(deps), m_edition(shownEdition(deps)), m_editionBox(editionBox(deps, m_edition, this)),
      m_editionHint(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("categoriesTab"));
    m_table->setObjectName(QStringLiteral("categoriesTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Emoji"), tr("Name"), tr("Colour"), tr("Description (for the LLM)"), tr("Keywords (comma-separated)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeywordsColumn, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Move up"), this);
    auto *down = new QPushButton(tr("Move down"), this);
    add->setObjectName(QStringLiteral("addCategoryButton"));
    remove->setObjectName(QStringLiteral("removeCategoryButton"));
    up->setObjectName(QStringLiteral("moveCategoryUpButton"));
    down->setObjectName(QStringLiteral("moveCategoryDownButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *editionRow = new QHBoxLayout;
    auto *editionLabel = new QLabel(tr("&Edition:"), this);
    editionLabel->setBuddy(m_editionBox);
    m_editionBox->setObjectName(QStringLiteral("categoriesEdition"));
    m_editionBox->setAccessibleName(tr("Edition"));
    m_editionHint->setObjectName(QStringLiteral("categoriesEditionHint"));
    m_editionHint->hide();
    editionRow->addWidget(editionLabel);
    editionRow->addWidget(m_editionBox);
    editionRow->addWidget(m_editionHint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(editionRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_editionBox, &QComboBox::activated, this,
            [this](int index) { setEdition(m_editionBox->itemData(index).toLongLong()); });

    // Add, remove and move change the table only; apply() (OK) writes them.
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a category"), tr("Name:"), QLineEdit::Normal,
                                                   QString(), &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        syncRows();
        for (const Category &c : std::as_const(m_rows)) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0
                || categoryDisplayName(c).compare(name, Qt::CaseInsensitive) == 0) {
                QMessageBox::warning(this, tr("Categories"), tr("A category named \"%1\" exists.").arg(name));
                return;
            }
        }
        m_rows << service::CategoryEditing::newCategory(name, m_rows);
        fill();
        m_table->selectRow(m_table->rowCount() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_rows.size())
            return;
        syncRows();
        if (m_rows.at(row).id != 0)
            m_removed << m_rows.at(row).id;
        m_rows.removeAt(row);
        fill();
    });
    const auto move = [this](int delta) {
        const int row = m_table->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= m_rows.size())
            return;
        syncRows();
        m_rows.swapItemsAt(row, row + delta);
        m_reordered = true;
        fill();
        m_table->selectRow(row + delta);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    reload();
}

void CategoriesSettingsTab::reload()
{
    m_loaded = storage::CategoryStore(storage::Database::connection(m_deps.readConnection), m_edition).all();
    m_rows = m_loaded;
    m_removed.clear();
    m_reordered = false;
    fill();
}

bool CategoriesSettingsTab::setEdition(qint64 editionId)
{
    if (editionId == m_edition)
        return true;
    const QSignalBlocker block(m_editionBox);
    if (hasPendingChanges()) {
        m_editionBox->setCurrentIndex(std::max(0, m_editionBox->findData(m_edition)));
        m_editionHint->setText(tr("Press OK to store this edition's changes (or Cancel) before you switch."));
        m_editionHint->show();
        return false;
    }
    m_edition = editionId;
    m_editionBox->setCurrentIndex(std::max(0, m_editionBox->findData(editionId)));
    m_editionHint->hide();
    reload();
    return true;
}

bool CategoriesSettingsTab::hasPendingChanges() const
{
    if (!m_removed.isEmpty() || m_reordered || m_rows.size() != m_loaded.size())
        return true;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Category c = rowCategory(row);
        const auto o =
            std::find_if(m_loaded.cbegin(), m_loaded.cend(), [&c](const Category &l) { return l.id == c.id; });
        if (c.id == 0 || o == m_loaded.cend() || c.name != o->name || c.emoji != o->emoji || c.color != o->color
            || c.description != o->description || c.keywords != o->keywords)
            return true;
    }
    return false;
}

void CategoriesSettingsTab::syncRows()
{
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row] = rowCategory(row);
}

void CategoriesSettingsTab::fill()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Category &c = m_rows.at(row);
        m_table->setItem(row, EmojiColumn, new QTableWidgetItem(c.emoji));
        // A built-in name in the UI language; stored only if edited (rowCategory).
        m_table->setItem(row, NameColumn, new QTableWidgetItem(categoryDisplayName(c)));
        auto *color = new QTableWidgetItem(c.color);
        color->setData(Qt::DecorationRole, QColor(c.color));
        m_table->setItem(row, ColorColumn, color);
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(categoryDisplayDescription(c)));
        m_table->setItem(row, KeywordsColumn, new QTableWidgetItem(c.keywords.join(QStringLiteral(", "))));
    }
    m_table->resizeColumnToContents(EmojiColumn);
    m_table->resizeColumnToContents(NameColumn);
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

Category CategoriesSettingsTab::rowCategory(int row) const
{
    Category c = m_rows.at(row);
    c.emoji = m_table->item(row, EmojiColumn)->text().trimmed();
    // What was shown untouched keeps the stored (English) text, so that a
    // translated name is never stored by accident.
    const QString name = m_table->item(row, NameColumn)->text().trimmed();
    if (name != categoryDisplayName(c).trimmed())
        c.name = name;
    c.color = m_table->item(row, ColorColumn)->text().trimmed();
    const QString description = m_table->item(row, DescriptionColumn)->text().trimmed();
    if (description != categoryDisplayDescription(c).trimmed())
        c.description = description;
    c.keywords = service::CategoryEditing::keywordsFrom(m_table->item(row, KeywordsColumn)->text());
    return c;
}

bool CategoriesSettingsTab::validate(QString *error) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const QString why = service::CategoryEditing::problem(rowCategory(row)); !why.isEmpty()) {
            if (error)
                *error = tr("Row %1: %2").arg(QString::number(row + 1), why);
            return false;
        }
    }
    return true;
}

bool CategoriesSettingsTab::apply(QString *error)
{
    if (!validate(error))
        return false;
    QList<Category> rows;
    for (int row = 0; row < m_rows.size(); ++row)
        rows << rowCategory(row);
    QList<Category> changed;
    QList<Category> added;
    for (const Category &c : rows) {
        if (c.id == 0) {
            added << c;
            continue;
        }
        const auto o =
            std::find_if(m_loaded.cbegin(), m_loaded.cend(), [&c](const Category &l) { return l.id == c.id; });
        if (o != m_loaded.cend()
            && (c.name != o->name || c.emoji != o->emoji || c.color != o->color || c.description != o->description
                || c.keywords != o->keywords))
            changed << c;
    }
    const QList<qint64> removed = m_removed;
    const bool reorder = m_reordered || !added.isEmpty() || !removed.isEmpty();
    if (changed.isEmpty() && added.isEmpty() && removed.isEmpty() && !reorder)
        return true;
    // Queued as one all-or-nothing writer job, never waited for: the writer
    // may be busy with a refresh. The window reloads once it is committed;
    // changed() says so.
    write([rows, changed, removed, reorder, edition = m_edition](QSqlDatabase &db) {
        using service::CategoryEditing;
        storage::Savepoint savepoint(db, QStringLiteral("settings_categories"));
        service::CategoryEdit e;
        e.ok = true;
        for (qint64 id : removed) {
            if (!(e = CategoryEditing::remove(db, id)).ok)
                return e;
        }
        if (!changed.isEmpty() && !(e = CategoryEditing::update(db, changed)).ok)
            return e;
        QList<qint64> order;
        for (const Category &c : rows) {
            if (c.id == 0) {
                Category into = c;
                into.editionId = edition;
                if (!(e = CategoryEditing::add(db, into)).ok)
                    return e;
                order << e.category.id;
            } else {
                order << c.id;
            }
        }
        for (int position = 0; reorder && position < order.size(); ++position) {
            if (!(e = CategoryEditing::move(db, order.at(position), position)).ok)
                return e;
        }
        if (!savepoint.release()) {
            e.ok = false;
            e.error = savepoint.error();
        }
        e.category = Category();
        return e;
    });
    return true;
}

void CategoriesSettingsTab::write(service::CategoryEditing::Edit edit)
{
    if (!m_deps.writer)
        return;
    service::CategoryEditing::run(*m_deps.writer, std::move(edit), this, [this](const service::CategoryEdit &e) {
        if (!e.ok)
            QMessageBox::warning(this, tr("Categories"), e.error);
        reload();
        Q_EMIT changed();
    });
}

} // namespace ui
