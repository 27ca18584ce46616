#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace search {

// A user's words as an FTS5 MATCH expression for search_index; every
// word must match. Quotes, *, -, :, parentheses, NEAR and AND/OR/NOT are
// separators or quoted words, so no input forms FTS syntax.
//  - A word with Korean, Chinese or Japanese is the phrase of its bigrams
//    (a substring match); one such character alone is a prefix term.
//  - Another word of three bytes or more matches itself and the known
//    terms it starts (`completions`: "transf" → transfer OR transformer…),
//    an OR of exact terms that FTS5 walks lazily; a shorter one is exact.
class MatchExpression
{
public:
    using Completions = std::function<QStringList(const QString &folded)>;
    // The distinct words, at most kMaxWords of at most kMaxWordLength
    // characters (a pasted page stays a query, not a denial of service).
    static QStringList words(const QString &text);
    static constexpr int kMaxWords = 16;
    static constexpr int kMaxWordLength = 64;
    static QString forWords(const QStringList &words, const Completions &completions); // "" when none
    static QString inTitle(const QString &expression); // the same, title only
    static bool hasCjk(const QString &word);
};

} // namespace search
