#pragma once

#include <QListView>

namespace ui {

class CategoryListModel;

// The category list: arrows or j / k move through it.
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

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    CategoryListModel *m_model;
};

} // namespace ui
