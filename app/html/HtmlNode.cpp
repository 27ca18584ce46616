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
    return std::any_of(attributes.begin(), attributes.end(),
                       [&](const auto &a) { return a.first == attributeName; });
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
    name = QString::fromLatin1(gumbo_normalized_tagname(t));
}

int HtmlNode::indexInParent() const
{
    if (!parent)
        return -1;
    const auto it = std::find(parent->children.begin(), parent->children.end(), this);
    return it == parent->children.end() ? -1 : int(it - parent->children.begin());
}

HtmlNode *HtmlNode::nextElementSibling() const
{
    if (!parent)
        return nullptr;
    const auto &siblings = parent->children;
    for (int i = indexInParent() + 1; i < int(siblings.size()); ++i)
        if (siblings[i]->isElement())
            return siblings[i];
    return nullptr;
}

std::vector<HtmlNode *> HtmlNode::elementChildren() const
{
    std::vector<HtmlNode *> out;
    for (HtmlNode *c : children)
        if (c->isElement())
            out.push_back(c);
    return out;
}

void HtmlNode::detach()
{
    if (!parent)
        return;
    auto &siblings = parent->children;
    siblings.erase(std::remove(siblings.begin(), siblings.end(), this), siblings.end());
    parent = nullptr;
}

void HtmlNode::appendChild(HtmlNode *child)
{
    child->detach();
    child->parent = this;
    children.push_back(child);
}

void HtmlNode::insertChild(int index, HtmlNode *child)
{
    child->detach();
    child->parent = this;
    index = std::clamp(index, 0, int(children.size()));
    children.insert(children.begin() + index, child);
}

void HtmlNode::replaceWith(HtmlNode *other)
{
    if (!parent || other == this)
        return;
    other->detach();
    HtmlNode *p = parent;
    const int index = indexInParent();
    p->children[index] = other;
    other->parent = p;
    parent = nullptr;
}

QString HtmlNode::textContent() const
{
    if (kind == Kind::Text)
        return text;
    QString out;
    std::vector<const HtmlNode *> stack(children.rbegin(), children.rend());
    while (!stack.empty()) {
        const HtmlNode *n = stack.back();
        stack.pop_back();
        if (n->kind == Kind::Text)
            out += n->text;
        else
            stack.insert(stack.end(), n->children.rbegin(), n->children.rend());
    }
    return out;
}

std::vector<HtmlNode *> HtmlNode::descendants(GumboTag t) const
{
    std::vector<HtmlNode *> out;
    std::vector<HtmlNode *> stack(children.rbegin(), children.rend());
    while (!stack.empty()) {
        HtmlNode *n = stack.back();
        stack.pop_back();
        if (!n->isElement())
            continue;
        if (n->tag == t)
            out.push_back(n);
        stack.insert(stack.end(), n->children.rbegin(), n->children.rend());
    }
    return out;
}

std::vector<HtmlNode *> HtmlNode::descendantElements() const
{
    std::vector<HtmlNode *> out;
    std::vector<HtmlNode *> stack(children.rbegin(), children.rend());
    while (!stack.empty()) {
        HtmlNode *n = stack.back();
        stack.pop_back();
        if (!n->isElement())
            continue;
        out.push_back(n);
        stack.insert(stack.end(), n->children.rbegin(), n->children.rend());
    }
    return out;
}

} // namespace html
