#include "storage/SearchVocabulary.h"

#include "storage/SearchTokenizer.h"
#include "storage/SqliteStatement.h"

namespace storage {

bool SearchVocabulary::store(sqlite3 *db, QString *error)
{
    const std::vector<std::string> terms = SearchTokenizer::takeNewTerms(db);
    if (terms.empty())
        return true;
    SqliteStatement insert(db, "INSERT OR IGNORE INTO search_terms (term) VALUES (?1)");
    for (const std::string &term : terms) {
        insert.bindUtf8(1, QByteArray::fromRawData(term.data(), qsizetype(term.size())));
        if (!insert.exec()) {
            *error = insert.error();
            SearchTokenizer::forgetSeenTerms(db);
            return false;
        }
    }
    return true;
}

QStringList SearchVocabulary::completions(sqlite3 *db, const QString &prefix, int max)
{
    QStringList out;
    if (prefix.isEmpty())
        return out;
    // Terms in [prefix, prefix + U+10FFFF) in SQLite's binary order.
    SqliteStatement select(db, "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2"
                               " ORDER BY length(term), term LIMIT ?3");
    select.bind(1, prefix);
    select.bindUtf8(2, prefix.toUtf8() + "\xf4\x8f\xbf\xbf");
    select.bind(3, qint64(max));
    while (select.step())
        out.append(select.columnText(0));
    return out;
}

QString SearchVocabulary::fold(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace storage
