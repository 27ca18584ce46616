#pragma once

#include <QString>

#include <string>
#include <vector>

struct sqlite3;

namespace storage {

// The FTS5 tokenizer "di" and the rank function "di_rank" of the search
// index (schema 6), registered on every connection Database::open makes.
//
// The tokenizer wraps unicode61 (remove_diacritics 2) and changes two
// things:
//  - Hangul, Han and Kana runs become overlapping bigrams (언어모델의 →
//    언어 어모 모델 델의; a run of one character stays as it is). Korean
//    writes compounds and particles without spaces; a query word is the
//    phrase of its own bigrams, so 모델 finds 언어모델 and 모델의. A
//    one-character query is a prefix term: it finds the character where it
//    starts a pair or stands alone (돈 finds 돈을, not 용돈).
//  - Documents also get the parts of CamelCase and letter-digit tokens as
//    colocated tokens (OpenAI → openai + open + ai, Llama3 → llama3 +
//    llama + 3), so a word inside a longer name is found.
// di_rank(index) scores a row by its matches per column (title 4,
// summary 2, text 1) with BM25's saturation and length normalisation,
// without IDF: it never scans the whole index, so ranking the newest
// candidates costs only those rows.
//
// Prefix queries in FTS5 merge the doclists of every matching term before
// the first row comes out (45 ms for one common prefix at 100,000
// articles), so the index keeps its own vocabulary instead: the tokenizer
// notes each new term (three bytes or longer, not CJK, not a number) that documents
// produce on a connection, and SearchVocabulary stores them in
// search_terms, where a prefix becomes a short OR of exact terms.
class SearchTokenizer
{
public:
    static bool registerOn(sqlite3 *db, QString *error);
    // Terms documents indexed on this connection produced since the last
    // call and not seen before in this process.
    static std::vector<std::string> takeNewTerms(sqlite3 *db);
    // After a rollback: terms noted since may not have been stored.
    static void forgetSeenTerms(sqlite3 *db);
};

} // namespace storage
