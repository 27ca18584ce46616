#pragma once

#include "ui/ArticleHtml.h"
#include "ui/DayRepository.h"

#include <QFutureWatcher>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QTextDocument;
class QToolButton;

namespace ui {

class ArticleBrowser;
class ImageResources;

// One article, read in the window: a small bar (back to the summary, star,
// open in browser) over the article's header and sanitised body. A body
// whose HTML is large is sanitised and parsed into its QTextDocument on a
// worker thread (the GUI thread then only lays out what is on screen); the
// last article asked for wins.
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    ArticlePane(ImageResources images, QWidget *parent = nullptr);
    ~ArticlePane() override;

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void showArticle(const ArticleContent &content);
    void setStarred(bool starred);

    qint64 articleId() const { return m_content.article.id; }
    const Article &article() const { return m_content.article; }
    bool isStarred() const { return m_content.article.starred; }
    // The shown document (after articleShown for this article).
    const ArticleHtml::Document &document() const { return m_doc; }
    ArticleBrowser *browser() const { return m_browser; }

    // HTML larger than this is sanitised off the GUI thread.
    static constexpr qsizetype kSyncLimit = 32 * 1024;

    // What the worker hands back: the document, parsed, owned by the GUI thread.
    struct Prepared
    {
        ArticleHtml::Document doc;
        std::shared_ptr<QTextDocument> text; // deleted unless the browser adopted it
    };

Q_SIGNALS:
    void articleShown(qint64 articleId);
    void backRequested();
    void starRequested(qint64 articleId, bool starred);
    void openInBrowserRequested(qint64 articleId, const QUrl &url);
    void linkActivated(const QUrl &url);
    // A link to another article of the story (ArticleHtml::storyArticleUrl).
    void storyArticleRequested(qint64 articleId);

private:
    void present(const ArticleHtml::Document &doc, quint64 generation);
    void adopt(const Prepared &prepared, quint64 generation);
    void updateStarButton();

    ArticleBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_star;
    QToolButton *m_open;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    ArticleContent m_content;
    ArticleHtml::Document m_doc;
    quint64 m_generation = 0;
    QFutureWatcher<Prepared> *m_watcher;
};

} // namespace ui
