#include "html/ArticleCleaner.h"

#include "html/HtmlDocument.h"
#include "html/ReadabilityNodes.h"
#include "html/ReadabilityPatterns.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace html {

using namespace readability;

namespace {

bool hasAllowedVideo(const HtmlNode *n)
{
    for (const auto &[name, value] : n->attributes)
        if (Patterns::videos().match(value).hasMatch())
            return true;
    return false;
}

int spanOf(const HtmlNode *n, const char16_t *attr)
{
    bool ok = false;
    const int v = n->attribute(attr).trimmed().toInt(&ok);
    return ok && v > 0 ? std::min(v, 1000) : 1;
}

} // namespace

void ArticleCleaner::clean(HtmlNode *article)
{
    markDataTables(article);
    fixLazyImages(article);
    cleanConditionally(article, GUMBO_TAG_FORM);
    cleanConditionally(article, GUMBO_TAG_FIELDSET);
    removeAll(article, GUMBO_TAG_OBJECT);
    removeAll(article, GUMBO_TAG_EMBED);
    removeAll(article, GUMBO_TAG_FOOTER);
    removeAll(article, GUMBO_TAG_LINK);
    removeAll(article, GUMBO_TAG_ASIDE);
    cleanShareElements(article);
    removeAll(article, GUMBO_TAG_IFRAME);
    removeAll(article, GUMBO_TAG_INPUT);
    removeAll(article, GUMBO_TAG_TEXTAREA);
    removeAll(article, GUMBO_TAG_SELECT);
    removeAll(article, GUMBO_TAG_BUTTON);
    cleanHeaders(article);
    cleanConditionally(article, GUMBO_TAG_TABLE);
    cleanConditionally(article, GUMBO_TAG_UL);
    cleanConditionally(article, GUMBO_TAG_DIV);
    for (HtmlNode *h1 : article->descendants(GUMBO_TAG_H1))
        h1->setTag(GUMBO_TAG_H2);
    removeEmptyParagraphs(article);
    removeBrBeforeParagraph(article);
    unwrapSingleCellTables(article);
}

void ArticleCleaner::markDataTables(HtmlNode *article)
{
    for (HtmlNode *table : article->descendants(GUMBO_TAG_TABLE)) {
        table->dataTable = false;
        if (table->attribute(u"role") == QLatin1String("presentation"))
            continue;
        if (table->attribute(u"datatable") == QLatin1String("0"))
            continue;
        if (!table->attribute(u"summary").isEmpty()) {
            table->dataTable = true;
            continue;
        }
        const auto captions = table->descendants(GUMBO_TAG_CAPTION);
        if (!captions.empty() && captions.front()->firstChild) {
            table->dataTable = true;
            continue;
        }
        bool dataDescendant = false;
        for (GumboTag t : {GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_TFOOT, GUMBO_TAG_THEAD, GUMBO_TAG_TH})
            if (findFirst(table, t)) {
                dataDescendant = true;
                break;
            }
        if (dataDescendant) {
            table->dataTable = true;
            continue;
        }
        if (findFirst(table, GUMBO_TAG_TABLE))
            continue;
        int rows = 0;
        int columns = 0;
        for (const HtmlNode *tr : table->descendants(GUMBO_TAG_TR)) {
            rows += spanOf(tr, u"rowspan");
            int inRow = 0;
            for (const HtmlNode *td : tr->descendants(GUMBO_TAG_TD))
                inRow += spanOf(td, u"colspan");
            columns = std::max(columns, inRow);
        }
        if (rows == 1 || columns == 1)
            continue;
        table->dataTable = rows >= 10 || columns > 4 || rows * columns > 10;
    }
}

void ArticleCleaner::fixLazyImages(HtmlNode *article)
{
    static const QRegularExpression srcsetLike(QStringLiteral("\\.(jpg|jpeg|png|webp)\\s+\\d"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcLike(QStringLiteral("^\\s*\\S+\\.(jpg|jpeg|png|webp)\\S*\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (HtmlNode *img : article->descendants(GUMBO_TAG_IMG)) {
        const QString src = img->attribute(u"src");
        const bool placeholder = src.isEmpty() || src.startsWith(QLatin1String("data:"));
        if (!placeholder && !className(img).toLower().contains(QLatin1String("lazy")))
            continue;
        for (const auto &[name, value] : std::vector(img->attributes)) {
            if (name == QLatin1String("src") || name == QLatin1String("srcset") || name == QLatin1String("alt"))
                continue;
            if (srcLike.match(value).hasMatch() && !srcsetLike.match(value).hasMatch())
                img->setAttribute(QStringLiteral("src"), value.trimmed());
        }
    }
}

void ArticleCleaner::removeAll(HtmlNode *article, GumboTag tag)
{
    const bool isEmbed = tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_IFRAME;
    const auto nodes = article->descendants(tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        if (!(*it)->parent)
            continue;
        if (isEmbed && hasAllowedVideo(*it))
            continue;
        (*it)->detach();
    }
}

void ArticleCleaner::cleanShareElements(HtmlNode *article)
{
    for (HtmlNode *top : article->elementChildren()) {
        HtmlNode *end = nextNode(top, true);
        HtmlNode *next = nextNode(top);
        while (next && next != end) {
            const QString match = className(next) + QLatin1Char(' ') + idOf(next);
            if (Patterns::shareElements().match(match).hasMatch() && next->textContent().size() < 500)
                next = removeAndGetNext(next);
            else
                next = nextNode(next);
        }
    }
}

void ArticleCleaner::cleanHeaders(HtmlNode *article)
{
    std::vector<HtmlNode *> headings;
    for (HtmlNode *e : article->descendantElements())
        if (e->tag == GUMBO_TAG_H1 || e->tag == GUMBO_TAG_H2)
            headings.push_back(e);
    for (auto it = headings.rbegin(); it != headings.rend(); ++it)
        if ((*it)->parent && classWeight(*it, m_flags) < 0)
            (*it)->detach();
}

void ArticleCleaner::cleanConditionally(HtmlNode *article, GumboTag tag)
{
    if (!(m_flags & CleanConditionally))
        return;
    const auto nodes = article->descendants(tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if ((*it)->parent && shouldRemoveConditionally(*it, tag))
            (*it)->detach();
}

bool ArticleCleaner::shouldRemoveConditionally(HtmlNode *node, GumboTag tag)
{
    const qsizetype textLength = innerTextLength(node);
    bool isList = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    if (!isList) {
        qsizetype listLength = 0;
        for (const HtmlNode *e : node->descendantElements())
            if (e->tag == GUMBO_TAG_UL || e->tag == GUMBO_TAG_OL)
                listLength += innerTextLength(e);
        isList = textLength == 0 ? listLength > 0 : double(listLength) / double(textLength) > 0.9;
    }
    if (tag == GUMBO_TAG_TABLE && node->dataTable)
        return false;
    if (hasAncestorTag(node, GUMBO_TAG_TABLE, -1, true))
        return false;
    if (hasAncestorTag(node, GUMBO_TAG_CODE))
        return false;
    for (const HtmlNode *t : node->descendants(GUMBO_TAG_TABLE))
        if (t->dataTable)
            return false;

    const int weight = classWeight(node, m_flags);
    if (weight < 0)
        return true;
    if (charCount(node, QLatin1Char(',')) >= 10)
        return false;

    const int p = countDescendants(node, GUMBO_TAG_P);
    const int img = countDescendants(node, GUMBO_TAG_IMG);
    const int liTotal = countDescendants(node, GUMBO_TAG_LI);
    const int li = liTotal - 100;
    const int input = countDescendants(node, GUMBO_TAG_INPUT);
    const double headingDensity =
        textDensity(node, {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6});
    int embedCount = 0;
    for (const HtmlNode *e : node->descendantElements()) {
        if (e->tag != GUMBO_TAG_OBJECT && e->tag != GUMBO_TAG_EMBED && e->tag != GUMBO_TAG_IFRAME)
            continue;
        if (hasAllowedVideo(e))
            return false;
        ++embedCount;
    }
    // the ad and loading patterns match a whole text of one or two words
    if (textLength < 40) {
        const QString text = innerText(node);
        if (Patterns::adWords().match(text).hasMatch() || Patterns::loadingWords().match(text).hasMatch())
            return true;
    }
    const qsizetype contentLength = textLength;
    const double links = linkDensity(node);
    const double density = textDensity(node, {GUMBO_TAG_SPAN, GUMBO_TAG_LI, GUMBO_TAG_TD, GUMBO_TAG_BLOCKQUOTE,
                                              GUMBO_TAG_DL, GUMBO_TAG_DIV, GUMBO_TAG_IMG, GUMBO_TAG_OL, GUMBO_TAG_P,
                                              GUMBO_TAG_PRE, GUMBO_TAG_TABLE, GUMBO_TAG_UL});
    const bool isFigureChild = hasAncestorTag(node, GUMBO_TAG_FIGURE);

    const bool remove = (!isFigureChild && img > 1 && double(p) / img < 0.5) || (!isList && li > p) ||
                        (input > int(std::floor(p / 3.0))) ||
                        (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 &&
                         (img == 0 || img > 2) && links > 0) ||
                        (!isList && weight < 25 && links > 0.2) || (weight >= 25 && links > 0.5) ||
                        ((embedCount == 1 && contentLength < 75) || embedCount > 1) || (img == 0 && density == 0);

    if (isList && remove) {
        for (const HtmlNode *child : node->elementChildren())
            if (child->elementChildren().size() > 1)
                return remove;
        if (img == liTotal)
            return false;
    }
    return remove;
}

void ArticleCleaner::removeEmptyParagraphs(HtmlNode *article)
{
    const auto ps = article->descendants(GUMBO_TAG_P);
    for (auto it = ps.rbegin(); it != ps.rend(); ++it) {
        HtmlNode *p = *it;
        if (!p->parent)
            continue;
        const int media = countDescendants(p, GUMBO_TAG_IMG) + countDescendants(p, GUMBO_TAG_EMBED) +
                          countDescendants(p, GUMBO_TAG_OBJECT) + countDescendants(p, GUMBO_TAG_IFRAME);
        if (media == 0 && innerText(p, false).isEmpty())
            p->detach();
    }
}

void ArticleCleaner::removeBrBeforeParagraph(HtmlNode *article)
{
    for (HtmlNode *br : article->descendants(GUMBO_TAG_BR)) {
        HtmlNode *next = nextNonBlank(nextSibling(br));
        if (next && next->is(GUMBO_TAG_P))
            br->detach();
    }
}

void ArticleCleaner::unwrapSingleCellTables(HtmlNode *article)
{
    for (HtmlNode *table : article->descendants(GUMBO_TAG_TABLE)) {
        if (!table->parent)
            continue;
        HtmlNode *tbody = hasSingleTagInsideElement(table, GUMBO_TAG_TBODY) ? table->elementChildren().front() : table;
        if (!hasSingleTagInsideElement(tbody, GUMBO_TAG_TR))
            continue;
        HtmlNode *row = tbody->elementChildren().front();
        if (!hasSingleTagInsideElement(row, GUMBO_TAG_TD))
            continue;
        HtmlNode *cell = row->elementChildren().front();
        const auto cellNodes = cell->childNodes();
        const bool phrasing = std::all_of(cellNodes.begin(), cellNodes.end(), isPhrasingContent);
        cell->setTag(phrasing ? GUMBO_TAG_P : GUMBO_TAG_DIV);
        table->replaceWith(cell);
    }
}

} // namespace html
