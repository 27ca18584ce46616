#include "ui/CategorySidebar.h"

#include "ui/CategoryListModel.h"


namespace ui {

CategorySidebar::CategorySidebar(CategoryListModel *model, QWidget *parent)
    : QListView(parent), m_model(model)
{
    setObjectName(QStringLiteral("categorySidebar"));
    setModel(model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIconSize(QSize(10, 10));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT categorySelected(m_model->categoryIdAt(current.row()));
            });
}

qint64 CategorySidebar::currentCategoryId() const
{
    return currentIndex().isValid() ? m_model->categoryIdAt(currentIndex().row()) : 0;
}

bool CategorySidebar::selectCategory(qint64 categoryId)
{
    const int row = m_model->rowOf(categoryId);
    if (row < 0)
        return false;
    setCurrentIndex(m_model->index(row));
    return true;
}

} // namespace ui
