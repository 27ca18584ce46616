#include "ui/SearchPanel.h"

#include "ui/DayRepository.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column { DayColumn, CategoryColumn, TextColumn };
constexpr int kDayRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2;
constexpr int kArticleRole = Qt::UserRole + 3;
} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_header->setObjectName(QStringLiteral("searchHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Day"), tr("Category"), tr("Match")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(DayColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CategoryColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { choose(item); });
}

QStringList SearchPanel::words(const QString &query)
{
    static const QRegularExpression split(QStringLiteral("[\\s\"*():^]+"));
    QStringList out;
    for (const QString &w : query.split(split, Qt::SkipEmptyParts)) {
        if (w.compare(QLatin1String("AND"), Qt::CaseSensitive) && w.compare(QLatin1String("OR"), Qt::CaseSensitive)
            && w.compare(QLatin1String("NOT"), Qt::CaseSensitive))
            out << w;
    }
    return out;
}

void SearchPanel::setResults(const QString &query, const QList<storage::ArticleStore::SearchHit> &hits,
                             const QList<Category> &categories)
{
    m_query = query;
    m_list->clear();
    QHash<qint64, QString> names;
    for (const Category &c : categories)
        names.insert(c.id, QStringLiteral("%1 %2").arg(c.emoji, c.name));
    for (const auto &hit : hits) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DayColumn, hit.day);
        item->setText(CategoryColumn, hit.categoryId ? names.value(hit.categoryId, tr("(unknown)"))
                                                     : tr("(not classified)"));
        QString snippet = hit.snippet;
        snippet.remove(storage::ArticleStore::snippetOpen()).remove(storage::ArticleStore::snippetClose());
        const QString text = hit.isSummary ? tr("Summary: %1").arg(snippet)
                                           : QStringLiteral("%1 — %2").arg(hit.title, snippet);
        item->setText(TextColumn, text.simplified());
        item->setToolTip(TextColumn, Qt::convertFromPlainText(text)); // feed text, never rich text
        item->setData(DayColumn, kDayRole, hit.day);
        item->setData(DayColumn, kCategoryRole, hit.categoryId);
        item->setData(DayColumn, kArticleRole, hit.articleId);
    }
    m_header->setText(hits.isEmpty() ? tr("Nothing found for \"%1\".").arg(query)
                                     : tr("%n result(s) for \"%1\"", nullptr, int(hits.size())).arg(query));
    if (!hits.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

int SearchPanel::resultCount() const { return m_list->topLevelItemCount(); }

void SearchPanel::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    Q_EMIT resultChosen(item->data(DayColumn, kDayRole).toString(),
                        item->data(DayColumn, kCategoryRole).toLongLong(),
                        item->data(DayColumn, kArticleRole).toLongLong(), words(m_query));
}

} // namespace ui
