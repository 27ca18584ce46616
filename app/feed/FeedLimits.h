#pragma once

#include <QtGlobal>

// The budgets untrusted feed and OPML bytes meet before and while they are
// parsed (the download itself is capped by the fetcher). A document over a
// budget is not rejected as a whole: what fits is kept and the result says
// "partly parsed" with the reason. Characters are UTF-16 code units.
namespace feed::limits {

// Text of one item, as plain text and as published (HTML).
inline constexpr qsizetype kTitleChars = 2 * 1024;
inline constexpr qsizetype kTextChars = 1024 * 1024; // summary, content, feed description
inline constexpr qsizetype kFieldChars = 8 * 1024;   // author, guid, a category, enclosure type
inline constexpr qsizetype kUrlChars = 8 * 1024;     // a longer link is dropped, not cut
// Items per feed: a real feed carries tens to hundreds; 10,000 leaves room
// for archives (and for the 5 MB, 5,900-item feed of bench_parse).
inline constexpr int kItemsPerFeed = 10'000;
// Distinct categories kept per item, and how many are read to find them.
inline constexpr int kCategoriesPerItem = 50;
inline constexpr int kCategoriesRead = 4 * kCategoriesPerItem;
// Attributes: QXmlStreamReader compares each attribute of an element with
// every earlier one (about 13 ns a pair here), so a budget per element and
// one for the pairs of the whole document (10 million: about 0.15 s; a
// real feed needs well under a million). The document is cut before the
// element that breaks either.
inline constexpr int kAttributesPerElement = 1000;
inline constexpr qint64 kAttributePairsPerDocument = 10'000'000;
// Characters all references to the document's own (DTD) entities may
// expand to together; the document is cut at the reference that would
// exceed it. Qt limits each single expansion, not their sum.
inline constexpr qsizetype kEntityExpansionChars = 1024 * 1024;

} // namespace feed::limits
