#pragma once

#include "model/Category.h"
#include "model/Edition.h"
#include "model/Source.h"
#include "search/SearchQuery.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace ui {

// The search panel's filters and sort order: a date range (each end off
// until checked), category, source, starred only, unread only, and
// relevance or newest first. Any change emits changed().
class SearchFilters : public QWidget
{
    Q_OBJECT
public:
    explicit SearchFilters(QWidget *parent = nullptr);

    // Keep the chosen entry when it still exists, else "any".
    void setCategories(const QList<Category> &categories);
    void setSources(const QList<Source> &sources);
    // The editions to choose from; the filter follows the window's shown
    // edition (`shown`) until the user picks another entry.
    void setEditions(const QList<Edition> &editions, qint64 shown);
    // The dates an unchecked range end starts from (a month back, today).
    void setToday(const QDate &today);

    // Writes the filters and the order into `query`.
    void applyTo(search::SearchQuery &query) const;

Q_SIGNALS:
    void changed();

private:
    void refill(QComboBox *combo, const QList<QPair<qint64, QString>> &entries);

    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QComboBox *m_edition;
    qint64 m_shownEdition = 0; // what the filter follows while the user has not picked another
    QComboBox *m_category;
    QComboBox *m_source;
    QCheckBox *m_starred;
    QCheckBox *m_unread;
    QComboBox *m_order;
};

} // namespace ui
