#pragma once

#include "model/Category.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace ui {

// The sidebar's rows: "All" first, then every category with its emoji,
// colour and the day's unread/total counts, then "Not AI (n)" (greyed),
// then "Starred (n)" (starred articles of every day).
class CategoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CategoryIdRole = Qt::UserRole + 1, CountRole, ColorRole, UnreadRole };

    explicit CategoryListModel(QObject *parent = nullptr);

    // Keeps rows in place when only the counts change, so the selection
    // and the scroll position survive a refresh.
    void setData(const QList<Category> &categories, const QHash<qint64, int> &counts, int aiCount,
                 int notAiCount, const QHash<qint64, int> &unread = {}, int aiUnread = 0, int starredCount = 0);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    qint64 categoryIdAt(int row) const;
    int rowOf(qint64 categoryId) const; // -1 when absent

private:
    struct Row
    {
        qint64 id = 0;
        QString emoji;
        QString name;
        QString color;
        int count = 0;
        int unread = 0;
    };
    QList<Row> m_rows;
};

} // namespace ui
