#pragma once

#include "html/HtmlNode.h"

namespace html {

// Readability's _prepArticle: removes what is left of forms, embeds,
// share bars, link lists and empty paragraphs from the chosen content.
class ArticleCleaner
{
public:
    explicit ArticleCleaner(int flags) : m_flags(flags) {}
    void clean(HtmlNode *article);

private:
    void markDataTables(HtmlNode *article);
    void fixLazyImages(HtmlNode *article);
    void cleanConditionally(HtmlNode *article, GumboTag tag);
    bool shouldRemoveConditionally(HtmlNode *node, GumboTag tag);
    void removeAll(HtmlNode *article, GumboTag tag);
    void cleanShareElements(HtmlNode *article);
    void cleanHeaders(HtmlNode *article);
    void removeEmptyParagraphs(HtmlNode *article);
    void removeBrBeforeParagraph(HtmlNode *article);
    void unwrapSingleCellTables(HtmlNode *article);

    int m_flags;
};

} // namespace html
