#include "ui/CategoriesSettingsTab.h"

#include "service/CategoryEditing.h"
#include "storage/CategoryStore.h"
#include "storage/Database.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column { EmojiColumn, NameColumn, ColorColumn, DescriptionColumn, KeywordsColumn };
}

CategoriesSettingsTab::CategoriesSettingsTab(const MainWindowDeps &deps, QWidget *parent)
    : QWidget(parent), m_deps(deps), m_table(new QTableWidget(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a category"), tr("Name:"), QLineEdit::Normal,
                                                   QString(), &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        const Category c = service::CategoryEditing::newCategory(name);
        write([c](QSqlDatabase &db) { return service::CategoryEditing::add(db, c); });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_loaded.size())
            return;
        const qint64 id = m_loaded.at(row).id;
        write([id](QSqlDatabase &db) { return service::CategoryEditing::remove(db, id); });
    });
    const auto move = [this](int delta) {
        const int row = m_table->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= m_loaded.size())
            return;
        const qint64 id = m_loaded.at(row).id;
        const int to = m_loaded.at(row + delta).position;
        write([id, to](QSqlDatabase &db) { return service::CategoryEditing::move(db, id, to); });
        m_table->selectRow(row + delta);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    reload();
}

void CategoriesSettingsTab::reload()
{
    m_loaded = storage::CategoryStore(storage::Database::connection(m_deps.readConnection)).all();
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_loaded.size()));
    for (int row = 0; row < m_loaded.size(); ++row) {
        const Category &c = m_loaded.at(row);
        m_table->setItem(row, EmojiColumn, new QTableWidgetItem(c.emoji));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(c.name));
        auto *color = new QTableWidgetItem(c.color);
        color->setData(Qt::DecorationRole, QColor(c.color));
        m_table->setItem(row, ColorColumn, color);
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(c.description));
        m_table->setItem(row, KeywordsColumn, new QTableWidgetItem(c.keywords.join(QStringLiteral(", "))));
    }
    m_table->resizeColumnToContents(EmojiColumn);
    m_table->resizeColumnToContents(NameColumn);
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

Category CategoriesSettingsTab::rowCategory(int row) const
{
    Category c = m_loaded.at(row);
    c.emoji = m_table->item(row, EmojiColumn)->text().trimmed();
    c.name = m_table->item(row, NameColumn)->text().trimmed();
    c.color = m_table->item(row, ColorColumn)->text().trimmed();
    c.description = m_table->item(row, DescriptionColumn)->text().trimmed();
    c.keywords = service::CategoryEditing::keywordsFrom(m_table->item(row, KeywordsColumn)->text());
    return c;
}

bool CategoriesSettingsTab::apply(QString *error)
{
    QList<Category> changed;
    for (int row = 0; row < m_loaded.size(); ++row) {
        const Category c = rowCategory(row);
        if (const QString why = service::CategoryEditing::problem(c); !why.isEmpty()) {
            if (error)
                *error = tr("Row %1: %2").arg(QString::number(row + 1), why);
            return false;
        }
        const Category &o = m_loaded.at(row);
        if (c.name != o.name || c.emoji != o.emoji || c.color != o.color || c.description != o.description
            || c.keywords != o.keywords)
            changed << c;
    }
    // Queued, never waited for: the writer may be busy with a refresh. The
    // window reloads once the writer has committed it; changed() says so.
    if (!changed.isEmpty())
        write([changed](QSqlDatabase &db) { return service::CategoryEditing::update(db, changed); });
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
