#include "html/ArticleGrabber.h"

#include "html/ArticleCleaner.h"
#include "html/HtmlDocument.h"
#include "html/ReadabilityNodes.h"
#include "html/ReadabilityPatterns.h"

#include <QRegularExpression>

#include <algorithm>

namespace html {

using namespace readability;

namespace {

constexpr int kTopCandidates = 5;
constexpr int kMinimumTopCandidates = 3;

bool isScoredTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_P:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

bool isUnlikelyRole(const QString &role)
{
    static const QStringList roles{QStringLiteral("menu"),          QStringLiteral("menubar"),
                                   QStringLiteral("complementary"), QStringLiteral("navigation"),
                                   QStringLiteral("alert"),         QStringLiteral("alertdialog"),
                                   QStringLiteral("dialog")};
    return roles.contains(role);
}

bool isElementParent(const HtmlNode *n)
{
    return n->parent && n->parent->isElement();
}

} // namespace

ArticleGrabber::ArticleGrabber(HtmlDocument &doc, const QString &articleTitle, int flags, QString &byline,
                               bool metadataByline)
    : m_doc(doc), m_title(articleTitle), m_flags(flags), m_byline(byline), m_metadataByline(metadataByline)
{
}

void ArticleGrabber::initializeNode(HtmlNode *n)
{
    n->scored = true;
    n->score = 0;
    switch (n->tag) {
    case GUMBO_TAG_DIV:
        n->score += 5;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        n->score += 3;
        break;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        n->score -= 3;
        break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        n->score -= 5;
        break;
    default:
        break;
    }
    n->score += classWeight(n, m_flags);
}

bool ArticleGrabber::checkByline(HtmlNode *n, const QString &matchString)
{
    if (!m_byline.isEmpty() || m_metadataByline)
        return false;
    const QString itemprop = n->attribute(u"itemprop");
    if (n->attribute(u"rel") != QLatin1String("author") && !itemprop.contains(QLatin1String("author")) &&
        !Patterns::byline().match(matchString).hasMatch())
        return false;
    const QString text = n->textContent().trimmed();
    if (text.isEmpty() || text.size() >= 100)
        return false;
    m_byline = text;
    return true;
}

bool ArticleGrabber::headerDuplicatesTitle(const HtmlNode *n) const
{
    if (!n->is(GUMBO_TAG_H1) && !n->is(GUMBO_TAG_H2))
        return false;
    return textSimilarity(m_title, innerText(n, false)) > 0.75;
}

void ArticleGrabber::wrapPhrasingChildren(HtmlNode *div)
{
    HtmlNode *p = nullptr;
    const std::vector<HtmlNode *> kids = div->childNodes();
    for (HtmlNode *child : kids) {
        if (isPhrasingContent(child)) {
            if (p) {
                p->appendChild(child);
            } else if (!isWhitespace(child)) {
                p = m_doc.createElement(GUMBO_TAG_P);
                div->insertBefore(p, child);
                p->appendChild(child);
            }
        } else if (p) {
            while (p->lastChild && isWhitespace(p->lastChild))
                p->lastChild->detach();
            p = nullptr;
        }
    }
}

std::vector<HtmlNode *> ArticleGrabber::prepareNodes()
{
    std::vector<HtmlNode *> elementsToScore;
    const bool stripUnlikely = m_flags & StripUnlikelys;
    bool shouldRemoveTitleHeader = true;
    HtmlNode *node = nullptr;
    for (HtmlNode *c = m_doc.root()->firstChild; c; c = c->nextSibling)
        if (c->isElement()) {
            node = c;
            break;
        }
    while (node) {
        const QString matchString = className(node) + QLatin1Char(' ') + idOf(node);
        if (!isProbablyVisible(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (node->attribute(u"aria-modal") == QLatin1String("true") &&
            node->attribute(u"role") == QLatin1String("dialog")) {
            node = removeAndGetNext(node);
            continue;
        }
        if (checkByline(node, matchString)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (shouldRemoveTitleHeader && headerDuplicatesTitle(node)) {
            shouldRemoveTitleHeader = false;
            node = removeAndGetNext(node);
            continue;
        }
        if (stripUnlikely) {
            if (Patterns::unlikelyCandidates().match(matchString).hasMatch() &&
                !Patterns::okMaybeItsACandidate().match(matchString).hasMatch() &&
                !hasAncestorTag(node, GUMBO_TAG_TABLE) && !hasAncestorTag(node, GUMBO_TAG_CODE) &&
                !node->is(GUMBO_TAG_BODY) && !node->is(GUMBO_TAG_A)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (isUnlikelyRole(node->attribute(u"role"))) {
                node = removeAndGetNext(node);
                continue;
            }
        }
        switch (node->tag) {
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            if (isElementWithoutContent(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            break;
        default:
            break;
        }
        if (isScoredTag(node->tag))
            elementsToScore.push_back(node);

        if (node->is(GUMBO_TAG_DIV)) {
            wrapPhrasingChildren(node);
            if (hasSingleTagInsideElement(node, GUMBO_TAG_P) && linkDensity(node) < 0.25) {
                HtmlNode *child = node->elementChildren().front();
                node->replaceWith(child);
                node = child;
                elementsToScore.push_back(node);
            } else if (!hasChildBlockElement(node)) {
                node->setTag(GUMBO_TAG_P);
                elementsToScore.push_back(node);
            }
        }
        node = nextNode(node);
    }
    return elementsToScore;
}

std::vector<HtmlNode *> ArticleGrabber::scoreCandidates(const std::vector<HtmlNode *> &elementsToScore)
{
    static const QRegularExpression commas(QStringLiteral("[\\x{002C}\\x{060C}\\x{FE50}\\x{FE10}\\x{FE11}\\x{2E41}"
                                                          "\\x{2E34}\\x{2E32}\\x{FF0C}]"));
    std::vector<HtmlNode *> candidates;
    for (HtmlNode *e : elementsToScore) {
        if (!isElementParent(e))
            continue;
        const QString text = innerText(e);
        if (text.size() < 25)
            continue;
        const auto up = ancestors(e, 5);
        if (up.empty())
            continue;
        double score = 1;
        score += double(text.count(commas) + 1);
        score += std::min(double(text.size() / 100), 3.0);
        for (size_t level = 0; level < up.size(); ++level) {
            HtmlNode *a = up[level];
            if (!a->isElement() || !isElementParent(a))
                continue;
            if (!a->scored) {
                initializeNode(a);
                candidates.push_back(a);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : double(level) * 3;
            a->score += score / divider;
        }
    }
    std::vector<HtmlNode *> top;
    for (HtmlNode *c : candidates) {
        c->score *= 1 - linkDensity(c);
        for (int t = 0; t < kTopCandidates; ++t) {
            if (t >= int(top.size()) || c->score > top[t]->score) {
                top.insert(top.begin() + t, c);
                if (int(top.size()) > kTopCandidates)
                    top.pop_back();
                break;
            }
        }
    }
    return top;
}

HtmlNode *ArticleGrabber::chooseTopCandidate(const std::vector<HtmlNode *> &topCandidates, HtmlNode *page)
{
    HtmlNode *top = topCandidates.empty() ? nullptr : topCandidates.front();
    auto isBodyOrTop = [](const HtmlNode *n) { return !n || !n->isElement() || n->is(GUMBO_TAG_BODY); };
    if (!top || top->is(GUMBO_TAG_BODY)) {
        top = m_doc.createElement(GUMBO_TAG_DIV);
        const std::vector<HtmlNode *> kids = page->childNodes();
        for (HtmlNode *k : kids)
            top->appendChild(k);
        page->appendChild(top);
        initializeNode(top);
        return top;
    }
    std::vector<std::vector<HtmlNode *>> alternatives;
    for (size_t i = 1; i < topCandidates.size(); ++i)
        if (top->score != 0 && topCandidates[i]->score / top->score >= 0.75)
            alternatives.push_back(ancestors(topCandidates[i]));
    if (int(alternatives.size()) >= kMinimumTopCandidates) {
        HtmlNode *parent = top->parent;
        while (!isBodyOrTop(parent)) {
            int lists = 0;
            for (size_t i = 0; i < alternatives.size() && lists < kMinimumTopCandidates; ++i)
                lists += std::find(alternatives[i].begin(), alternatives[i].end(), parent) != alternatives[i].end();
            if (lists >= kMinimumTopCandidates) {
                top = parent;
                break;
            }
            parent = parent->parent;
        }
    }
    if (!top->scored)
        initializeNode(top);

    HtmlNode *parent = top->parent;
    double lastScore = top->score;
    const double threshold = lastScore / 3;
    while (!isBodyOrTop(parent)) {
        if (!parent->scored) {
            parent = parent->parent;
            continue;
        }
        if (parent->score < threshold)
            break;
        if (parent->score > lastScore) {
            top = parent;
            break;
        }
        lastScore = parent->score;
        parent = parent->parent;
    }
    parent = top->parent;
    while (!isBodyOrTop(parent) && parent->elementChildren().size() == 1) {
        top = parent;
        parent = top->parent;
    }
    if (!top->scored)
        initializeNode(top);
    return top;
}

ArticleGrabber::Result ArticleGrabber::grab()
{
    HtmlNode *page = m_doc.body();
    const auto elementsToScore = prepareNodes();
    const auto topCandidates = scoreCandidates(elementsToScore);
    HtmlNode *top = chooseTopCandidate(topCandidates, page);

    HtmlNode *article = m_doc.createElement(GUMBO_TAG_DIV);
    const double siblingThreshold = std::max(10.0, top->score * 0.2);
    HtmlNode *parent = top->parent;
    const QString topClass = className(top);
    const std::vector<HtmlNode *> siblings = parent ? parent->elementChildren() : std::vector<HtmlNode *>{top};
    for (HtmlNode *sibling : siblings) {
        bool append = sibling == top;
        if (!append) {
            double bonus = 0;
            if (!topClass.isEmpty() && className(sibling) == topClass)
                bonus += top->score * 0.2;
            if (sibling->scored && sibling->score + bonus >= siblingThreshold) {
                append = true;
            } else if (sibling->is(GUMBO_TAG_P)) {
                const double density = linkDensity(sibling);
                const qsizetype length = innerTextLength(sibling);
                static const QRegularExpression sentenceEnd(QStringLiteral("\\.( |$)"));
                if (length > 80 && density < 0.25)
                    append = true;
                else if (length < 80 && length > 0 && density == 0 && sentenceEnd.match(innerText(sibling)).hasMatch())
                    append = true;
            }
        }
        if (!append)
            continue;
        switch (sibling->tag) {
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_P:
            break;
        default:
            sibling->setTag(GUMBO_TAG_DIV);
            break;
        }
        article->appendChild(sibling);
    }
    ArticleCleaner(m_flags).clean(article);
    return {article, innerTextLength(article)};
}

} // namespace html
