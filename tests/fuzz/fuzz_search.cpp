// The search tokenizer (storage/SearchTokenizer) and query building
// (search/MatchExpression, search/Snippet) on any text: the text is stored
// as a document of a contentless index with the "di" tokenizer, its words
// become queries, and a query never fails to compile. In a document of
// ASCII and Hangul only, every word finds it again (other scripts: Qt and
// unicode61 may disagree on what a letter is, e.g. unassigned code points).
#include "FuzzInput.h"
#include "search/MatchExpression.h"
#include "search/Snippet.h"
#include "storage/SearchTokenizer.h"

#include <sqlite3.h>

namespace {

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *d = nullptr;
        sqlite3_open(":memory:", &d);
        QString error;
        fuzz::check(storage::SearchTokenizer::registerOn(d, &error));
        fuzz::check(sqlite3_exec(d, "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', tokenize='di')",
                                 nullptr, nullptr, nullptr)
                    == SQLITE_OK);
        return d;
    }();
    return db;
}

bool plainText(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (!(u >= 0x20 && u < 0x7F) && u != '\n' && !(u >= 0xAC00 && u <= 0xD7A3))
            return false;
    }
    return true;
}

// Rows the MATCH expression finds; -1 when it did not compile or failed.
int matches(sqlite3 *db, const QString &expression)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    const int count = rc == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sqlite3 *db = database();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype cut = input.indexOf('\n');
    const QString title = QString::fromUtf8(cut < 0 ? input : input.left(cut));
    const QString body = cut < 0 ? QString() : QString::fromUtf8(input.mid(cut + 1));

    sqlite3_exec(db, "INSERT INTO t(t) VALUES ('delete-all')", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (rowid, title, body) VALUES (1, ?1, ?2)", -1, &insert, nullptr);
    const QByteArray t = title.toUtf8(), b = body.toUtf8();
    sqlite3_bind_text(insert, 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    fuzz::check(sqlite3_step(insert) == SQLITE_DONE);
    sqlite3_finalize(insert);
    storage::SearchTokenizer::takeNewTerms(db);

    // The whole input as a query, and each word alone.
    const QStringList words = search::MatchExpression::words(title + u' ' + body);
    const auto noCompletions = [](const QString &) { return QStringList(); };
    const QString all = search::MatchExpression::forWords(words.mid(0, 16), noCompletions);
    if (!all.isEmpty()) {
        fuzz::check(matches(db, all) >= 0);
        fuzz::check(matches(db, search::MatchExpression::inTitle(all)) >= 0);
    }
    const bool plain = plainText(title) && plainText(body);
    for (const QString &w : words.mid(0, 8)) {
        const int found = matches(db, search::MatchExpression::forWords({w}, noCompletions));
        fuzz::check(found >= 0);
        if (plain)
            fuzz::check(found == 1);
    }
    search::Snippet::make({body, title}, words.mid(0, 8));
    search::Snippet::plainFromMarkdown(body);
    return 0;
}
