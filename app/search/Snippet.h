#pragma once

#include <QString>
#include <QStringList>

namespace search {

// A short plain-text excerpt around the first match of the words, with
// every match marked by SearchHit::kOpen/kClose. Matching is
// case-insensitive: a Latin word matches where a word or a CamelCase part
// starts, a word with Korean, Chinese or Japanese anywhere.
class Snippet
{
public:
    // From the first text that contains a word (else the first non-empty
    // text, unmarked), about `length` characters.
    static QString make(const QStringList &texts, const QStringList &words, int length = 180);
    // Every match of the words in `text`, marked.
    static QString mark(const QString &text, const QStringList &words);
    // Markdown as the plain text a reader sees (emphasis, headings, list
    // marks, links and code fences removed; link text kept).
    static QString plainFromMarkdown(const QString &markdown);
};

} // namespace search
