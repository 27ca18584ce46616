#include "ui/ArticleHtml.h"

#include "html/HtmlSanitizer.h"
#include "ui/DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ui {

namespace {

bool isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// True when sanitised HTML shows neither text nor an image.
// One pass, no copies: the first character outside a tag that is not
// white space (an entity counts as text) ends it.
bool isBlank(const QString &html)
{
    bool inTag = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (inTag) {
            inTag = c != u'>';
            continue;
        }
        if (c == u'<') {
            if (html.mid(i + 1, 3).compare(QLatin1String("img"), Qt::CaseInsensitive) == 0)
                return false;
            inTag = true;
        } else if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

QString plainToHtml(const QString &text)
{
    QString out;
    static const QRegularExpression breaks(QStringLiteral("\\n\\s*\\n"));
    for (const QString &para : text.split(breaks, Qt::SkipEmptyParts)) {
        QString p = para.trimmed().toHtmlEscaped();
        p.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        out += QStringLiteral("<p>%1</p>").arg(p);
    }
    return out;
}

QString header(const Article &a, const QTimeZone &zone)
{
    QString out = QStringLiteral("<h2>%1</h2>")
                      .arg((a.item.title.isEmpty() ? ArticleHtml::tr("(untitled)") : a.item.title).toHtmlEscaped());
    QStringList meta;
    if (!a.sourceTitles.isEmpty())
        meta << a.sourceTitles.join(QStringLiteral(", ")).toHtmlEscaped();
    if (!a.item.author.isEmpty())
        meta << a.item.author.toHtmlEscaped();
    const QDateTime when = (a.item.published.isValid() ? a.item.published : a.firstSeen).toTimeZone(zone);
    if (when.isValid())
        meta << QStringLiteral("%1 %2").arg(DateText::longDate(when.date()), DateText::shortTime(when.time()));
    if (!meta.isEmpty())
        out += QStringLiteral("<p style=\"color:#666666\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    if (const QString why = ArticleHtml::classification(a); !why.isEmpty())
        out += QStringLiteral("<p style=\"color:#666666\">%1</p>").arg(why.toHtmlEscaped());
    const QUrl link(ArticleHtml::linkOf(a));
    if (isWeb(link)) {
        const QString href = QString::fromUtf8(link.toEncoded()).toHtmlEscaped();
        out += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(href, link.toDisplayString().toHtmlEscaped());
    }
    return out + QStringLiteral("<hr>");
}

QString storyLink(const storage::ThreadArticle &a, bool withDay)
{
    QString line = QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(ArticleHtml::storyArticleUrl(a.articleId).toString(),
                            (a.title.isEmpty() ? ArticleHtml::tr("(untitled)") : a.title).toHtmlEscaped());
    if (!a.sources.isEmpty())
        line += QStringLiteral(" — %1").arg(a.sources.toHtmlEscaped());
    if (withDay)
        line = QStringLiteral("%1: %2").arg(a.day.toHtmlEscaped(), line);
    return QStringLiteral("<li>%1</li>").arg(line);
}

// The story around the article: the day's other sources, and its earlier days.
QString storyHtml(const ArticleContent &c)
{
    QString out;
    if (!c.alsoReported.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(ArticleHtml::tr("Also reported by %n source(s):", nullptr, int(c.alsoReported.size()))
                            .toHtmlEscaped());
        for (const storage::ThreadArticle &a : c.alsoReported)
            out += storyLink(a, false);
        out += QStringLiteral("</ul>");
    }
    if (c.thread.dayNumber > 1) {
        out += QStringLiteral("<p><b>%1</b> %2</p><ul>")
                   .arg(ArticleHtml::tr("Day %1 of this story.").arg(c.thread.dayNumber).toHtmlEscaped(),
                        ArticleHtml::tr("Earlier days:").toHtmlEscaped());
        for (const storage::ThreadArticle &a : c.thread.earlier)
            out += storyLink(a, true);
        out += QStringLiteral("</ul>");
    }
    return out.isEmpty() ? out : out + QStringLiteral("<hr>");
}

} // namespace

QUrl ArticleHtml::storyArticleUrl(qint64 articleId)
{
    return QUrl(QStringLiteral("di-article:%1").arg(articleId));
}

qint64 ArticleHtml::storyArticleId(const QUrl &url)
{
    if (url.scheme() != QLatin1String("di-article"))
        return 0;
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString ArticleHtml::classification(const Article &a)
{
    const int percent = qRound(a.confidence * 100);
    QString who;
    switch (a.origin) {
    case CategoryOrigin::None: return QString();
    case CategoryOrigin::User: return tr("Category: your choice");
    case CategoryOrigin::Imported: return tr("Category: from imported history");
    case CategoryOrigin::Llm: who = tr("Classified by the LLM, %1 % sure").arg(percent); break;
    case CategoryOrigin::Offline: who = tr("Classified offline, %1 % sure").arg(percent); break;
    }
    const QString reason = a.reason.simplified().left(300);
    return reason.isEmpty() ? who : tr("%1 — %2").arg(who, reason);
}

QString ArticleHtml::linkOf(const Article &a)
{
    return a.item.url.isEmpty() ? a.item.link : a.item.url;
}

qsizetype ArticleHtml::sourceSize(const ArticleContent &c)
{
    if (c.fullText.state == storage::FullText::State::Ok)
        return c.fullText.html.size();
    return std::max(c.article.item.contentHtml.size(), c.article.item.summaryHtml.size());
}

ArticleHtml::Document ArticleHtml::build(const ArticleContent &c, const QTimeZone &zone)
{
    const Article &a = c.article;
    Document doc;
    const html::SanitizeOptions options{QUrl(linkOf(a)), c.loadImages};
    QString body;
    const auto take = [&](const QString &source, Body kind) {
        if (!body.isEmpty() || source.trimmed().isEmpty())
            return;
        html::SanitizedHtml clean = html::sanitize(source, options);
        if (isBlank(clean.html))
            return;
        body = clean.html;
        doc.imageUrls = clean.imageUrls;
        doc.shortened = clean.shortened;
        doc.body = kind;
    };
    if (c.fullText.state == storage::FullText::State::Ok)
        take(c.fullText.html, Body::FullText);
    take(a.item.contentHtml, Body::FeedContent);
    take(a.item.summaryHtml, Body::FeedSummary);
    if (body.isEmpty()) {
        const QString text = a.item.content.trimmed().isEmpty() ? a.item.summary : a.item.content;
        body = plainToHtml(text);
        doc.body = body.isEmpty() ? Body::Nothing : Body::PlainText;
    }
    if (c.fullText.state == storage::FullText::State::Failed) {
        const QString why = c.fullText.error.isEmpty() ? tr("the page could not be read") : c.fullText.error;
        doc.notice = tr("Full text unavailable: %1 — showing the feed's text").arg(why);
    }
    if (!c.loadImages)
        doc.imageUrls.clear();
    doc.html = header(a, zone) + storyHtml(c);
    if (!doc.notice.isEmpty())
        doc.html += QStringLiteral("<p style=\"color:#8a5a00\"><i>%1</i></p>").arg(doc.notice.toHtmlEscaped());
    if (doc.shortened)
        doc.html += QStringLiteral("<p style=\"color:#8a5a00\"><i>%1</i></p>")
                        .arg(tr("This article is very long; it is shown shortened.").toHtmlEscaped());
    doc.html += body.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("This article has no text in its feed.").toHtmlEscaped())
                               : body;
    return doc;
}

} // namespace ui
