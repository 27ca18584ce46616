#pragma once

#include <QTreeView>

namespace ui {

class SourceListModel;

// The section's articles. Selecting one shows it in the window's article
// pane; Enter or a double-click opens it in the browser (and marks it
// read); the context menu copies the link, marks read / unread, stars, or
// moves the article to another category.
class SourceView : public QTreeView
{
    Q_OBJECT
public:
    explicit SourceView(SourceListModel *model, QWidget *parent = nullptr);

    SourceListModel *sourceModel() const { return m_model; }
    // Scrolls to the row, selects and highlights it.
    void highlightRow(int row);
    qint64 currentArticleId() const;

Q_SIGNALS:
    void openRequested(qint64 articleId, const QUrl &url);
    void readChangeRequested(qint64 articleId, bool read);
    void starChangeRequested(qint64 articleId, bool starred);
    void moveRequested(qint64 articleId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void activate(const QModelIndex &index);

    SourceListModel *m_model;
};

} // namespace ui
