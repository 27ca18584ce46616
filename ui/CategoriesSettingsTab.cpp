#include "ui/CategoriesSettingsTab.h"

#include "storage/CategoryStore.h"
#include "storage/Database.h"
#include "storage/StorageWriter.h"

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
        Category c;
        c.name = name;
        c.color = QStringLiteral("#888888");
        write([c](QSqlDatabase &db) { return storage::CategoryStore(db).add(c) > 0; });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_loaded.size())
            return;
        const qint64 id = m_loaded.at(row).id;
        write([id](QSqlDatabase &db) {
            QString error;
            return storage::CategoryStore(db).remove(id, &error);
        });
    });
    const auto move = [this](int delta) {
        const int row = m_table->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= m_loaded.size())
            return;
        const qint64 id = m_loaded.at(row).id;
        const int to = m_loaded.at(row + delta).position;
        write([id, to](QSqlDatabase &db) { return storage::CategoryStore(db).move(id, to); });
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
    c.keywords.clear();
    for (const QString &k : m_table->item(row, KeywordsColumn)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.keywords << k.trimmed();
    return c;
}

bool CategoriesSettingsTab::apply(QString *error)
{
    QList<Category> changed;
    for (int row = 0; row < m_loaded.size(); ++row) {
        const Category c = rowCategory(row);
        if (c.name.isEmpty() || !QColor::isValidColorName(c.color)) {
            if (error)
                *error = tr("Row %1: a category needs a name and a colour such as #3366cc.").arg(row + 1);
            return false;
        }
        const Category &o = m_loaded.at(row);
        if (c.name != o.name || c.emoji != o.emoji || c.color != o.color || c.description != o.description
            || c.keywords != o.keywords)
            changed << c;
    }
    if (!changed.isEmpty() && m_deps.writer) {
        m_deps.writer->post([changed](QSqlDatabase &db) {
            storage::CategoryStore store(db);
            for (const Category &c : changed)
                store.update(c);
        });
        m_deps.writer->flush();
    }
    return true;
}

void CategoriesSettingsTab::write(std::function<bool(QSqlDatabase &)> job)
{
    if (!m_deps.writer)
        return;
    m_deps.writer->call<bool>(std::move(job), this, [this](bool ok) {
        if (!ok)
            QMessageBox::warning(this, tr("Categories"), tr("The change could not be saved."));
        reload();
        Q_EMIT changed();
    });
}

} // namespace ui
