#pragma once

#include "html/HtmlNode.h"

#include <QString>

#include <initializer_list>

namespace html::readability {

// Readability's retry flags.
enum Flag { StripUnlikelys = 1, WeightClasses = 2, CleanConditionally = 4 };

// Node queries of Readability.js on HtmlNode (element order, text, scores).
QString className(const HtmlNode *n);
QString idOf(const HtmlNode *n);
// textContent trimmed; with `normalize`, runs of 2+ spaces become one.
QString innerText(const HtmlNode *n, bool normalize = true);
// innerText(n).size() without building the string: every run of white space
// inside the text counts one character, the ends none.
qsizetype innerTextLength(const HtmlNode *n);
// Runs of two or more white-space characters replaced by one space.
QString normalizeSpaces(const QString &s);
double linkDensity(const HtmlNode *n);
double textDensity(const HtmlNode *n, std::initializer_list<GumboTag> tags);
int charCount(const HtmlNode *n, QChar c);
int classWeight(const HtmlNode *n, int flags);
bool hasAncestorTag(const HtmlNode *n, GumboTag tag, int maxDepth = 3, bool dataTableOnly = false);
bool isPhrasingContent(const HtmlNode *n);
bool isWhitespace(const HtmlNode *n);
bool hasSingleTagInsideElement(const HtmlNode *n, GumboTag tag);
bool isElementWithoutContent(const HtmlNode *n);
bool hasChildBlockElement(const HtmlNode *n);
bool isProbablyVisible(const HtmlNode *n);
int countDescendants(const HtmlNode *n, GumboTag tag);
// Depth-first order over elements; `skipChildren` steps over n's subtree.
HtmlNode *nextNode(HtmlNode *n, bool skipChildren = false);
HtmlNode *removeAndGetNext(HtmlNode *n);
// The first non-blank sibling node from n on (n itself when an element).
HtmlNode *nextNonBlank(HtmlNode *n);
HtmlNode *nextSibling(const HtmlNode *n);
std::vector<HtmlNode *> ancestors(const HtmlNode *n, int maxDepth = 0);
// Readability's token similarity of b to a (1 = same words).
double textSimilarity(const QString &a, const QString &b);
// Readability's word count: pieces between runs of white space.
int roughWordCount(const QString &s);

} // namespace html::readability
