#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace storage {

// search_terms (schema 6): every term of three bytes or more (not a number), without
// CJK, that the search index holds (see SearchTokenizer). A prefix
// becomes the terms that start with it, so a query stays a walk down
// the index.
class SearchVocabulary
{
public:
    // Stores the terms the connection's tokenizer noted, inside the
    // caller's transaction.
    static bool store(sqlite3 *db, QString *error);
    // Up to `max` known terms starting with `prefix` (folded as the index
    // folds), shortest first.
    static QStringList completions(sqlite3 *db, const QString &prefix, int max);
    // A word folded as the tokenizer folds it: lower case, no diacritics.
    static QString fold(const QString &word);
};

} // namespace storage
