#include "ui/ArticlePane.h"

#include "ui/ArticleBrowser.h"
#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QPointer>
#include <QScrollBar>
#include <QThread>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace ui {

namespace {

constexpr qreal kMargin = 12;

// On a worker thread: sanitise, then parse into a document that is moved
// to the GUI thread before it is handed over.
ArticlePane::Prepared prepare(const ArticleContent &content, const QTimeZone &zone, const QFont &font,
                              QThread *gui)
{
    ArticlePane::Prepared p;
    p.doc = ArticleHtml::build(content, zone);
    auto *doc = new QTextDocument;
    // Adopted, the browser owns (and may already have deleted) it.
    p.text = std::shared_ptr<QTextDocument>(doc, [alive = QPointer<QTextDocument>(doc)](QTextDocument *d) {
        if (alive && !alive->parent())
            delete d;
    });
    p.text->setDefaultFont(font);
    p.text->setDocumentMargin(kMargin);
    p.text->setHtml(p.doc.html);
    p.text->moveToThread(gui);
    return p;
}

} // namespace

ArticlePane::ArticlePane(ImageResources images, QWidget *parent)
    : QWidget(parent), m_browser(new ArticleBrowser(std::move(images), this)), m_back(new QToolButton(this)),
      m_star(new QToolButton(this)), m_open(new QToolButton(this)),
      m_watcher(new QFutureWatcher<Prepared>(this))
{
    setObjectName(QStringLiteral("articlePane"));
    m_browser->setObjectName(QStringLiteral("articleBrowser"));
    m_back->setObjectName(QStringLiteral("articleBackButton"));
    m_star->setObjectName(QStringLiteral("articleStarButton"));
    m_open->setObjectName(QStringLiteral("articleOpenButton"));
    m_back->setText(tr("← Summary"));
    m_back->setToolTip(tr("Back to the section's summary (Esc)"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_star->setCheckable(true);
    m_star->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open->setText(tr("Open in browser"));
    m_open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_browser->document()->setDocumentMargin(kMargin);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addStretch(1);
    bar->addWidget(m_star);
    bar->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    updateStarButton();

    connect(m_back, &QToolButton::clicked, this, &ArticlePane::backRequested);
    connect(m_star, &QToolButton::clicked, this, [this](bool checked) {
        if (articleId())
            Q_EMIT starRequested(articleId(), checked);
    });
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (articleId())
            Q_EMIT openInBrowserRequested(articleId(), QUrl(ArticleHtml::linkOf(article())));
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const qint64 id = ArticleHtml::storyArticleId(url))
            Q_EMIT storyArticleRequested(id);
        else
            Q_EMIT linkActivated(url);
    });
    connect(m_watcher, &QFutureWatcher<Prepared>::finished, this, [this] {
        const quint64 generation = m_watcher->property("generation").toULongLong();
        adopt(m_watcher->result(), generation);
    });
}

ArticlePane::~ArticlePane()
{
    m_watcher->waitForFinished(); // the worker holds no pointer to us, but finish before the pool goes
}

void ArticlePane::showArticle(const ArticleContent &content)
{
    const quint64 generation = ++m_generation;
    m_content = content;
    updateStarButton();
    if (ArticleHtml::sourceSize(content) <= kSyncLimit) {
        present(ArticleHtml::build(content, m_zone), generation);
        return;
    }
    // The last article stays until this one is ready (tens of ms): clearing
    // a large document here would cost the GUI thread as much again.
    if (m_watcher->isRunning())
        m_watcher->waitForFinished(); // at most one sanitise in flight; its result is stale now
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(QtConcurrent::run(prepare, content, m_zone, m_browser->document()->defaultFont(),
                                           thread()));
}

void ArticlePane::present(const ArticleHtml::Document &doc, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_doc = doc;
    m_browser->document()->clear(); // also forgets the last article's images
    m_browser->setAllowedImages(doc.imageUrls);
    m_browser->setHtml(doc.html);
    m_browser->verticalScrollBar()->setValue(0);
    Q_EMIT articleShown(m_content.article.id);
}

void ArticlePane::adopt(const Prepared &prepared, quint64 generation)
{
    if (generation != m_generation || !prepared.text)
        return; // the shared_ptr deletes the stale document
    m_doc = prepared.doc;
    m_browser->setAllowedImages(m_doc.imageUrls);
    prepared.text->setParent(m_browser); // the browser owns it now, and deletes it when replaced
    m_browser->setDocument(prepared.text.get());
    m_browser->verticalScrollBar()->setValue(0);
    Q_EMIT articleShown(m_content.article.id);
}

void ArticlePane::setStarred(bool starred)
{
    m_content.article.starred = starred;
    updateStarButton();
}

void ArticlePane::updateStarButton()
{
    const bool starred = m_content.article.starred;
    m_star->setChecked(starred);
    m_star->setText(starred ? tr("★ Starred") : tr("☆ Star"));
    m_star->setToolTip(starred ? tr("Remove the star (S)") : tr("Keep this article in Starred (S)"));
    m_star->setEnabled(articleId() != 0);
    m_open->setEnabled(articleId() != 0);
}

} // namespace ui
