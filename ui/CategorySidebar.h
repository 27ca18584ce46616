#pragma once

#include <QListView>

namespace ui {

class CategoryListModel;

// The category list (arrows move through it; the window's Shift+J / Shift+K
// actions too).
class CategorySidebar : public QListView
{
    Q_OBJECT
public:
    explicit CategorySidebar(CategoryListModel *model, QWidget *parent = nullptr);

    CategoryListModel *categoryModel() const { return m_model; }
    qint64 currentCategoryId() const;
    // Selects the row of the category (emits categorySelected when it changes).
    bool selectCategory(qint64 categoryId);

Q_SIGNALS:
    void categorySelected(qint64 categoryId);

private:
    CategoryListModel *m_model;
};

} // namespace ui
