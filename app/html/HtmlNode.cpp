#include "html/HtmlNode.h"

#include <algorithm>

namespace html {

QString HtmlNode::attribute(QStringView attributeName) const
{
    for (const auto &[n, v] : attributes)
        if (n == attributeName)
            return v;
    return {};
}

bool HtmlNode::hasAttribute(QStringView attributeName) const
{
    return std::any_of(attributes.begin(), attributes.end(), [&](const auto &a) { return a.first == attributeName; });
}

void HtmlNode::setAttribute(const QString &attributeName, const QString &value)
{
    for (auto &a : attributes) {
        if (a.first == attributeName) {
            a.second = value;
            return;
        }
    }
    attributes.emplace_back(attributeName, value);
}

void HtmlNode::removeAttribute(QStringView attributeName)
{
    std::erase_if(attributes, [&](const auto &a) { return a.first == attributeName; });
}

void HtmlNode::setTag(GumboTag t)
{
    tag = t;
    static const std::vector<QString> names = [] {
        std::vector<QString> v;
        for (int i = 0; i <= GUMBO_TAG_LAST; ++i)
            v.push_back(i < GUMBO_TAG_LAST ? QString::fromLatin1(gumbo_normalized_tagname(GumboTag(i))) : QString());
        return v;
    }();
    name = names[size_t(std::min<int>(t, GUMBO_TAG_LAST))];
}

HtmlNode *HtmlNode::nextElementSibling() const
{
    for (HtmlNode *s = nextSibling; s; s = s->nextSibling)
        if (s->isElement())
            return s;
    return nullptr;
}

std::vector<HtmlNode *> HtmlNode::childNodes() const
{
    std::vector<HtmlNode *> out;
    for (HtmlNode *c = firstChild; c; c = c->nextSibling)
        out.push_back(c);
    return out;
}

std::vector<HtmlNode *> HtmlNode::elementChildren() const
{
    std::vector<HtmlNode *> out;
    for (HtmlNode *c = firstChild; c; c = c->nextSibling)
        if (c->isElement())
            out.push_back(c);
    return out;
}

void HtmlNode::detach()
{
    if (!parent)
        return;
    (prevSibling ? prevSibling->nextSibling : parent->firstChild) = nextSibling;
    (nextSibling ? nextSibling->prevSibling : parent->lastChild) = prevSibling;
    parent = prevSibling = nextSibling = nullptr;
}

void HtmlNode::appendChild(HtmlNode *child)
{
    insertBefore(child, nullptr);
}

void HtmlNode::insertBefore(HtmlNode *child, HtmlNode *reference)
{
    if (child == reference)
        return;
    child->detach();
    child->parent = this;
    child->nextSibling = reference;
    child->prevSibling = reference ? reference->prevSibling : lastChild;
    (child->prevSibling ? child->prevSibling->nextSibling : firstChild) = child;
    (reference ? reference->prevSibling : lastChild) = child;
}

void HtmlNode::replaceWith(HtmlNode *other)
{
    if (!parent || other == this)
        return;
    other->detach();
    HtmlNode *p = parent;
    p->insertBefore(other, this);
    detach();
}

namespace {

// The next node after `n` in document order inside `root`'s subtree.
const HtmlNode *following(const HtmlNode *n, const HtmlNode *root, bool skipChildren = false)
{
    if (!skipChildren && n->firstChild)
        return n->firstChild;
    while (n && n != root) {
        if (n->nextSibling)
            return n->nextSibling;
        n = n->parent;
    }
    return nullptr;
}

} // namespace

QString HtmlNode::textContent() const
{
    if (kind == Kind::Text)
        return text;
    QString out;
    for (const HtmlNode *n = following(this, this); n; n = following(n, this))
        if (n->kind == Kind::Text)
            out += n->text;
    return out;
}

std::vector<HtmlNode *> HtmlNode::descendants(GumboTag t) const
{
    std::vector<HtmlNode *> out;
    for (const HtmlNode *n = following(this, this); n; n = following(n, this))
        if (n->kind == Kind::Element && n->tag == t)
            out.push_back(const_cast<HtmlNode *>(n));
    return out;
}

std::vector<HtmlNode *> HtmlNode::descendantElements() const
{
    std::vector<HtmlNode *> out;
    for (const HtmlNode *n = following(this, this); n; n = following(n, this))
        if (n->kind == Kind::Element)
            out.push_back(const_cast<HtmlNode *>(n));
    return out;
}

} // namespace html
