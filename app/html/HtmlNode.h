#pragma once

#include <QString>

#include <gumbo.h>

#include <utility>
#include <vector>

namespace html {

// One node of a mutable HTML tree (HtmlDocument owns every node). The
// readability extractor moves, retags and removes nodes, which gumbo's own
// tree does not allow.
struct HtmlNode
{
    enum class Kind : quint8 { Document, Element, Text };

    Kind kind = Kind::Element;
    GumboTag tag = GUMBO_TAG_UNKNOWN;                    // elements; GUMBO_TAG_UNKNOWN for custom names
    QString name;                                        // elements: lower-case tag name
    QString text;                                        // text nodes
    std::vector<std::pair<QString, QString>> attributes; // names lower-case
    // Links, so that moving and removing nodes costs O(1) however many
    // siblings there are (a hostile page can have a million).
    HtmlNode *parent = nullptr;
    HtmlNode *firstChild = nullptr;
    HtmlNode *lastChild = nullptr;
    HtmlNode *prevSibling = nullptr;
    HtmlNode *nextSibling = nullptr;

    // Scratch space of the readability extractor.
    double score = 0;
    bool scored = false;
    bool dataTable = false;

    bool isElement() const { return kind == Kind::Element; }
    bool isText() const { return kind == Kind::Text; }
    bool is(GumboTag t) const { return kind == Kind::Element && tag == t; }
    QString attribute(QStringView attributeName) const;
    bool hasAttribute(QStringView attributeName) const;
    void setAttribute(const QString &attributeName, const QString &value);
    void removeAttribute(QStringView attributeName);
    void setTag(GumboTag t);

    HtmlNode *nextElementSibling() const;
    std::vector<HtmlNode *> childNodes() const;
    std::vector<HtmlNode *> elementChildren() const;
    // Detaches this node from its parent (the document still owns it).
    void detach();
    void appendChild(HtmlNode *child);
    void insertBefore(HtmlNode *child, HtmlNode *reference); // reference: a child of this node, or null (append)
    void replaceWith(HtmlNode *other);

    // Text of the subtree, in document order (iterative).
    QString textContent() const;
    // Every element below this one (not itself) with the tag, in document order.
    std::vector<HtmlNode *> descendants(GumboTag t) const;
    std::vector<HtmlNode *> descendantElements() const;
};

} // namespace html
