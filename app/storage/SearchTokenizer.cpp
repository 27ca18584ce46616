#include "storage/SearchTokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace storage {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF)     // Hangul Jamo
        || (c >= 0x3040 && c <= 0x30FF)     // Hiragana, Katakana
        || (c >= 0x3130 && c <= 0x318F)     // Hangul compatibility Jamo
        || (c >= 0x3400 && c <= 0x4DBF)     // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF)     // CJK unified ideographs
        || (c >= 0xA960 && c <= 0xA97F)     // Hangul Jamo extended A
        || (c >= 0xAC00 && c <= 0xD7FF)     // Hangul syllables, Jamo extended B
        || (c >= 0xF900 && c <= 0xFAFF)     // CJK compatibility ideographs
        || (c >= 0xFF66 && c <= 0xFFDC)     // halfwidth Katakana and Hangul
        || (c >= 0x20000 && c <= 0x3FFFF);  // CJK extensions B and later
}

// One UTF-8 code point at s[i] (i < n); its length in *len. Invalid bytes
// count as one code point of their own (unicode61 let them through).
char32_t decode(const unsigned char *s, int i, int n, int *len)
{
    const unsigned char b = s[i];
    *len = 1;
    if (b < 0x80)
        return b;
    int need = 0;
    char32_t c = 0;
    if (b >= 0xC0 && b < 0xE0) {
        need = 1;
        c = b & 0x1F;
    } else if (b >= 0xE0 && b < 0xF0) {
        need = 2;
        c = b & 0x0F;
    } else if (b >= 0xF0 && b < 0xF8) {
        need = 3;
        c = b & 0x07;
    } else {
        return 0xFFFD;
    }
    for (int k = 1; k <= need; ++k) {
        if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (s[i + k] & 0x3F);
    }
    *len = need + 1;
    return c;
}

// The terms one connection's documents produced (see takeNewTerms).
struct Vocabulary
{
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    static constexpr size_t kMaxSeen = 100000; // then forget (terms are re-offered, harmless)
    static constexpr int kMinLength = 3;       // shorter words are looked up exactly

    void record(const char *token, int n)
    {
        if (n < kMinLength || std::all_of(token, token + n, [](char c) { return c >= '0' && c <= '9'; }))
            return; // numbers are found exactly
        const std::string_view term(token, size_t(n));
        if (seen.find(term) != seen.end())
            return;
        if (seen.size() >= kMaxSeen)
            seen.clear();
        seen.emplace(term);
        pending.emplace_back(term);
    }

    std::unordered_set<std::string, Hash, std::equal_to<>> seen;
    std::vector<std::string> pending;
};

// Per connection: the FTS5 API and the vocabulary.
struct Connection
{
    fts5_api *api = nullptr;
    sqlite3 *db = nullptr;
    Vocabulary vocabulary;
};

std::mutex g_connectionsMutex;
std::unordered_map<sqlite3 *, Connection *> g_connections;

void forgetConnection(void *p)
{
    auto *c = static_cast<Connection *>(p);
    {
        const std::lock_guard lock(g_connectionsMutex);
        const auto it = g_connections.find(c->db);
        if (it != g_connections.end() && it->second == c)
            g_connections.erase(it);
    }
    delete c;
}

struct Tokenizer
{
    fts5_tokenizer inner{};
    Fts5Tokenizer *innerInstance = nullptr;
    Vocabulary *vocabulary = nullptr;
};

struct Emit
{
    void *ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
    bool document;
    const char *text; // the original text (for CamelCase)
    int textLength;
    Vocabulary *vocabulary; // documents only
};

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return isUpper(c) || isLower(c); }

// Where a new part starts in an ASCII token as written: lower→Upper
// (openAI), Upper→Upper+lower (XMLParser), letter→digit (llama3).
bool partStartsAt(const char *s, int i, int n)
{
    const char p = s[i - 1], c = s[i];
    if (isLower(p) && isUpper(c))
        return true;
    if (isUpper(p) && isUpper(c) && i + 1 < n && isLower(s[i + 1]))
        return true;
    return isLetter(p) && isDigit(c);
}

int emitParts(const Emit &e, const char *folded, int nFolded, int iStart, int iEnd)
{
    if (iEnd - iStart != nFolded || iEnd > e.textLength)
        return SQLITE_OK; // folding changed the length: not a plain ASCII word
    const char *orig = e.text + iStart;
    int from = 0;
    bool split = false;
    for (int i = 1; i <= nFolded; ++i) {
        if (i < nFolded && !partStartsAt(orig, i, nFolded))
            continue;
        if (i == nFolded && !split)
            break;
        split = true;
        e.vocabulary->record(folded + from, i - from);
        const int rc = e.xToken(e.ctx, FTS5_TOKEN_COLOCATED, folded + from, i - from,
                                iStart + from, iStart + i);
        if (rc != SQLITE_OK)
            return rc;
        from = i;
    }
    return SQLITE_OK;
}

// A run of CJK code points (byte offsets into `t`) as bigrams. No unigram
// for the run's last character: as a colocated token it made ingest 30 %
// slower, for one-syllable queries only.
int emitCjkRun(const Emit &e, const char *t, const int *starts, int count, int end, int iStart,
               int iEnd)
{
    if (count == 1)
        return e.xToken(e.ctx, 0, t + starts[0], end - starts[0], iStart, iEnd);
    for (int k = 0; k + 1 < count; ++k) {
        const int stop = k + 2 < count ? starts[k + 2] : end;
        const int rc = e.xToken(e.ctx, 0, t + starts[k], stop - starts[k], iStart, iEnd);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int onToken(void *pCtx, int tflags, const char *token, int n, int iStart, int iEnd)
{
    const Emit &e = *static_cast<const Emit *>(pCtx);
    bool ascii = true;
    for (int i = 0; i < n && ascii; ++i)
        ascii = static_cast<unsigned char>(token[i]) < 0x80;
    if (ascii) {
        const int rc = e.xToken(e.ctx, tflags, token, n, iStart, iEnd);
        if (rc != SQLITE_OK || !e.document)
            return rc;
        e.vocabulary->record(token, n);
        return emitParts(e, token, n, iStart, iEnd);
    }

    // Split into CJK runs (bigrams) and other runs (one token each).
    const auto *u = reinterpret_cast<const unsigned char *>(token);
    constexpr int kMaxRun = 64;
    int starts[kMaxRun];
    int count = 0;
    int otherFrom = -1;
    bool sawCjk = false;
    for (int i = 0; i < n;) {
        int len = 1;
        const char32_t c = decode(u, i, n, &len);
        if (!isCjk(c)) {
            if (count > 0) {
                const int rc = emitCjkRun(e, token, starts, count, i, iStart, iEnd);
                if (rc != SQLITE_OK)
                    return rc;
                count = 0;
            }
            if (otherFrom < 0)
                otherFrom = i;
        } else {
            sawCjk = true;
            if (otherFrom >= 0) {
                const int rc = e.xToken(e.ctx, 0, token + otherFrom, i - otherFrom, iStart, iEnd);
                if (rc != SQLITE_OK)
                    return rc;
                otherFrom = -1;
            }
            if (count == kMaxRun) { // a very long run: continue it in a new window
                const int rc = emitCjkRun(e, token, starts, count, i, iStart, iEnd);
                if (rc != SQLITE_OK)
                    return rc;
                starts[0] = starts[count - 1];
                count = 1;
            }
            starts[count++] = i;
        }
        i += len;
    }
    if (!sawCjk) {
        if (e.document)
            e.vocabulary->record(token, n);
        return e.xToken(e.ctx, tflags, token, n, iStart, iEnd);
    }
    if (count > 0)
        return emitCjkRun(e, token, starts, count, n, iStart, iEnd);
    if (otherFrom >= 0)
        return e.xToken(e.ctx, 0, token + otherFrom, n - otherFrom, iStart, iEnd);
    return SQLITE_OK;
}

int create(void *pContext, const char ** /*args*/, int /*nArg*/, Fts5Tokenizer **out)
{
    auto *connection = static_cast<Connection *>(pContext);
    fts5_api *api = connection->api;
    auto *t = new (std::nothrow) Tokenizer;
    if (!t)
        return SQLITE_NOMEM;
    t->vocabulary = &connection->vocabulary;
    void *innerContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &innerContext, &t->inner);
    if (rc == SQLITE_OK) {
        const char *innerArgs[] = {"remove_diacritics", "2"};
        rc = t->inner.xCreate(innerContext, innerArgs, 2, &t->innerInstance);
    }
    if (rc != SQLITE_OK) {
        delete t;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(t);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *p)
{
    auto *t = reinterpret_cast<Tokenizer *>(p);
    if (t->innerInstance)
        t->inner.xDelete(t->innerInstance);
    delete t;
}

int tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *t = reinterpret_cast<Tokenizer *>(p);
    Emit e{ctx, xToken, (flags & FTS5_TOKENIZE_DOCUMENT) != 0, text, n, t->vocabulary};
    return t->inner.xTokenize(t->innerInstance, &e, flags, text, n, onToken);
}

// di_rank(index): BM25's term-frequency part per column, weighted, with
// no IDF (see the header).
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *out, int, sqlite3_value **)
{
    constexpr double kWeights[] = {4.0, 2.0, 1.0};
    constexpr double k1 = 1.2, b = 0.75;
    const int columns = api->xColumnCount(fts);
    int hits[3] = {0, 0, 0};
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_double(out, 0.0);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column >= 0 && column < 3)
            ++hits[column];
    }
    sqlite3_int64 rows = 0;
    api->xRowCount(fts, &rows);
    double score = 0;
    for (int c = 0; c < columns && c < 3; ++c) {
        if (hits[c] == 0)
            continue;
        int length = 0;
        sqlite3_int64 total = 0;
        api->xColumnSize(fts, c, &length);
        api->xColumnTotalSize(fts, c, &total);
        const double average = rows > 0 && total > 0 ? double(total) / double(rows) : 1.0;
        const double tf = hits[c];
        score += kWeights[c] * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average));
    }
    sqlite3_result_double(out, score);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool SearchTokenizer::registerOn(sqlite3 *db, QString *error)
{
    fts5_api *api = db ? fts5Api(db) : nullptr;
    if (!api || api->iVersion < 2) {
        *error = QStringLiteral("SQLite has no FTS5 (needed for search)");
        return false;
    }
    auto *connection = new Connection;
    connection->api = api;
    connection->db = db;
    {
        const std::lock_guard lock(g_connectionsMutex);
        g_connections[db] = connection;
    }
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    // FTS5 calls forgetConnection when the connection closes (or at once
    // when registering fails).
    if (api->xCreateTokenizer(api, "di", connection, &tokenizer, forgetConnection) != SQLITE_OK
        || api->xCreateFunction(api, "di_rank", nullptr, rank, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

std::vector<std::string> SearchTokenizer::takeNewTerms(sqlite3 *db)
{
    const std::lock_guard lock(g_connectionsMutex);
    const auto it = g_connections.find(db);
    if (it == g_connections.end())
        return {};
    return std::exchange(it->second->vocabulary.pending, {});
}

void SearchTokenizer::forgetSeenTerms(sqlite3 *db)
{
    const std::lock_guard lock(g_connectionsMutex);
    const auto it = g_connections.find(db);
    if (it != g_connections.end())
        it->second->vocabulary.seen.clear();
}

} // namespace storage
