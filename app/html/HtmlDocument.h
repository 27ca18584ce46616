#pragma once

#include "html/HtmlNode.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace html {

// A parsed HTML document: gumbo parses the UTF-8 bytes (script and style
// content and comments emptied first, nesting limited),
// the result is copied into HtmlNodes and gumbo's output destroyed at once.
class HtmlDocument
{
public:
    // `utf8` must be valid UTF-8. Never fails: any bytes give some tree.
    static std::unique_ptr<HtmlDocument> parse(const QByteArray &utf8);

    // A deep copy (the extractor retries on a fresh tree).
    std::unique_ptr<HtmlDocument> clone() const;

    HtmlNode *root() { return m_root; }
    const HtmlNode *root() const { return m_root; }
    HtmlNode *body() const; // <body>, or the root when there is none
    HtmlNode *head() const; // <head> or nullptr
    HtmlNode *createElement(GumboTag tag);
    HtmlNode *createElement(const QString &name);
    HtmlNode *createText(const QString &text);
    // True when the nesting limiter removed tags before parsing.
    bool wasDepthLimited() const { return m_depthLimited; }

private:
    HtmlDocument() = default;
    HtmlNode *newNode(HtmlNode::Kind kind);

    // Nodes in chunks: stable addresses, few allocations.
    static constexpr size_t kChunk = 256; // about 35 KB: below malloc's mmap threshold
    std::vector<std::unique_ptr<HtmlNode[]>> m_chunks;
    size_t m_usedInChunk = kChunk;
    HtmlNode *m_root = nullptr;
    bool m_depthLimited = false;
};

// The element's first ancestor-or-self child of `parent` with the tag, or nullptr.
HtmlNode *findFirst(HtmlNode *from, GumboTag tag);

} // namespace html
