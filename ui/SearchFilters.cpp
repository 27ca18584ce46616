#include "ui/SearchFilters.h"
#include "ui/CategoryText.h"
#include "ui/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ui {

namespace {

QDateEdit *dateEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    DateText::setUpDateEdit(edit);
    edit->setEnabled(false);
    return edit;
}

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(10);
    return box;
}

} // namespace

SearchFilters::SearchFilters(QWidget *parent)
    : QWidget(parent), m_fromOn(new QCheckBox(tr("From"), this)), m_from(dateEdit("searchFrom", this)),
      m_toOn(new QCheckBox(tr("To"), this)), m_to(dateEdit("searchTo", this)),
      m_edition(combo("searchEdition", this)), m_category(combo("searchCategory", this)),
      m_source(combo("searchSource", this)),
      m_starred(new QCheckBox(tr("Starred only"), this)), m_unread(new QCheckBox(tr("Unread only"), this)),
      m_order(new QComboBox(this))
{
    setObjectName(QStringLiteral("searchFilters"));
    m_fromOn->setObjectName(QStringLiteral("searchFromOn"));
    m_toOn->setObjectName(QStringLiteral("searchToOn"));
    m_starred->setObjectName(QStringLiteral("searchStarred"));
    m_unread->setObjectName(QStringLiteral("searchUnread"));
    m_order->setObjectName(QStringLiteral("searchOrder"));
    m_fromOn->setToolTip(tr("Only days from this date on"));
    m_toOn->setToolTip(tr("Only days up to this date"));
    m_order->addItem(tr("Relevance"), int(search::SearchQuery::Order::Relevance));
    m_order->addItem(tr("Newest first"), int(search::SearchQuery::Order::Newest));
    refill(m_edition, {});
    refill(m_category, {});
    refill(m_source, {});
    setToday(QDate::currentDate());

    // Two short rows, so the panel fits beside a narrow window too.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromOn);
    dates->addWidget(m_from);
    dates->addWidget(m_toOn);
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto *orderLabel = new QLabel(tr("Sort by"), this);
    orderLabel->setBuddy(m_order);
    dates->addWidget(orderLabel);
    dates->addWidget(m_order);
    auto *kinds = new QHBoxLayout;
    auto *editionLabel = new QLabel(tr("Edition"), this);
    editionLabel->setBuddy(m_edition);
    kinds->addWidget(editionLabel);
    kinds->addWidget(m_edition);
    auto *categoryLabel = new QLabel(tr("Category"), this);
    categoryLabel->setBuddy(m_category);
    kinds->addWidget(categoryLabel);
    kinds->addWidget(m_category);
    auto *sourceLabel = new QLabel(tr("Source"), this);
    sourceLabel->setBuddy(m_source);
    kinds->addWidget(sourceLabel);
    kinds->addWidget(m_source);
    kinds->addWidget(m_starred);
    kinds->addWidget(m_unread);
    kinds->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(dates);
    layout->addLayout(kinds);

    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromOn, m_toOn, m_starred, m_unread})
        connect(box, &QCheckBox::toggled, this, &SearchFilters::changed);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
            if (edit->isEnabled())
                Q_EMIT changed();
        });
    }
    for (QComboBox *box : {m_edition, m_category, m_source, m_order})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchFilters::changed);
}

void SearchFilters::refill(QComboBox *combo, const QList<QPair<qint64, QString>> &entries)
{
    const qint64 chosen = combo->currentData().toLongLong();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("Any"), qint64(0));
    for (const auto &[id, name] : entries)
        combo->addItem(name, id);
    const int at = combo->findData(chosen);
    combo->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0 && chosen != 0)
        Q_EMIT changed(); // the chosen entry went away: the filter is "any" now
}

void SearchFilters::setCategories(const QList<Category> &categories)
{
    QList<QPair<qint64, QString>> entries;
    for (const Category &c : categories)
        entries.append({c.id, categoryLabel(c)});
    refill(m_category, entries);
}

void SearchFilters::setSources(const QList<Source> &sources)
{
    QList<QPair<qint64, QString>> entries;
    for (const Source &s : sources)
        entries.append({s.id, s.title.isEmpty() ? s.url : s.title});
    refill(m_source, entries);
}

void SearchFilters::setEditions(const QList<Edition> &editions, qint64 shown)
{
    QList<QPair<qint64, QString>> entries;
    for (const Edition &e : editions)
        entries.append({e.id, e.name});
    // Still on the edition shown before (or new): follow the window.
    const bool follow = m_edition->currentData().toLongLong() == m_shownEdition;
    const bool first = m_shownEdition == 0; // the default, not a change to search again for
    m_shownEdition = shown;
    refill(m_edition, entries);
    if (follow) {
        const int at = m_edition->findData(shown);
        const QSignalBlocker block(first ? m_edition : nullptr);
        if (at >= 0 && at != m_edition->currentIndex())
            m_edition->setCurrentIndex(at); // emits changed() unless first
    }
}

void SearchFilters::setToday(const QDate &today)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    if (!m_fromOn->isChecked())
        m_from->setDate(today.addMonths(-1));
    if (!m_toOn->isChecked())
        m_to->setDate(today);
}

void SearchFilters::applyTo(search::SearchQuery &query) const
{
    query.fromDay = m_fromOn->isChecked() ? m_from->date().toString(Qt::ISODate) : QString();
    query.toDay = m_toOn->isChecked() ? m_to->date().toString(Qt::ISODate) : QString();
    query.categoryId = m_category->currentData().toLongLong();
    query.sourceId = m_source->currentData().toLongLong();
    query.editionId = m_edition->currentData().toLongLong();
    query.starredOnly = m_starred->isChecked();
    query.unreadOnly = m_unread->isChecked();
    query.order = search::SearchQuery::Order(m_order->currentData().toInt());
}

} // namespace ui
