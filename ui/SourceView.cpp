#include "ui/SourceView.h"

#include "ui/SourceListModel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace ui {

SourceView::SourceView(SourceListModel *model, QWidget *parent) : QTreeView(parent), m_model(model)
{
    setObjectName(QStringLiteral("sourceView"));
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SourceListModel::NumberColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SourceListModel::SourceColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(SourceListModel::TimeColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(SourceListModel::SourceColumn, 160);
    connect(this, &QTreeView::doubleClicked, this, &SourceView::activate);
}

void SourceView::highlightRow(int row)
{
    m_model->setHighlightedRow(row);
    if (row < 0)
        return;
    const QModelIndex idx = m_model->index(row, SourceListModel::TitleColumn);
    setCurrentIndex(idx);
    scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

qint64 SourceView::currentArticleId() const
{
    const Article *a = m_model->articleAt(currentIndex().row());
    return a ? a->id : 0;
}

void SourceView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        activate(currentIndex());
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void SourceView::activate(const QModelIndex &index)
{
    const Article *a = m_model->articleAt(index.row());
    if (!a)
        return;
    Q_EMIT openRequested(a->id, QUrl(a->item.url.isEmpty() ? a->item.link : a->item.url));
}

void SourceView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const Article *a = m_model->articleAt(index.row());
    if (!a)
        return;
    const qint64 id = a->id;
    const QString url = a->item.url.isEmpty() ? a->item.link : a->item.url;
    const bool read = a->read;
    const bool starred = a->starred;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("sourceContextMenu"));
    menu.addAction(tr("Open in browser"), this, [this, id, url] { Q_EMIT openRequested(id, QUrl(url)); });
    menu.addAction(tr("Copy link"), this, [url] { QGuiApplication::clipboard()->setText(url); });
    menu.addSeparator();
    menu.addAction(read ? tr("Mark as unread") : tr("Mark as read"), this,
                   [this, id, read] { Q_EMIT readChangeRequested(id, !read); });
    menu.addAction(starred ? tr("Remove star") : tr("Star"), this,
                   [this, id, starred] { Q_EMIT starChangeRequested(id, !starred); });
    menu.addAction(tr("Move to category…"), this, [this, id] { Q_EMIT moveRequested(id); });
    menu.exec(event->globalPos());
}

} // namespace ui
