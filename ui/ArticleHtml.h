#pragma once

#include "ui/DayRepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace ui {

// The reading pane's document for one article: a header (title, sources,
// author, local time, link), a line saying why the full text is missing
// when it is, and the body. Every piece of feed or page text is escaped or
// goes through html::sanitize (base URL = the article's URL), so the result
// is safe to give to a QTextDocument. No widgets: runs on any thread.
class ArticleHtml
{
    Q_DECLARE_TR_FUNCTIONS(ArticleHtml)

public:
    enum class Body { FullText, FeedContent, FeedSummary, PlainText, Nothing };

    struct Document
    {
        QString html;
        QStringList imageUrls; // the only images the body may show (absolute http(s))
        QString notice;        // why the full text is not shown ("" when it is, or never tried)
        Body body = Body::Nothing;
        bool shortened = false; // the sanitiser cut the body at one of its caps
    };

    static Document build(const ArticleContent &content, const QTimeZone &zone);
    // The source HTML build() would sanitise, to decide whether that is slow.
    static qsizetype sourceSize(const ArticleContent &content);
    static QString linkOf(const Article &article);
    // Who classified the article, how sure, and why, in one line of plain
    // text ("" when it is not classified yet): the pane and the list's tooltip.
    static QString classification(const Article &article);
    // The link to another article of the story (the day's other sources,
    // earlier days), which the window opens itself; 0 for any other link.
    static QUrl storyArticleUrl(qint64 articleId);
    static qint64 storyArticleId(const QUrl &url);
};

} // namespace ui
