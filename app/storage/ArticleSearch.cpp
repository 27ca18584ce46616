// ArticleStore: the snippet markup of search hits (search itself: search::SearchEngine).
#include "storage/ArticleStore.h"


namespace storage {

QString ArticleStore::snippetToHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped()
        .replace(snippetOpen(), QLatin1String("<b>"))
        .replace(snippetClose(), QLatin1String("</b>"));
}

} // namespace storage
