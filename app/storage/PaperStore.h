#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace storage {

// The arXiv facts of an article made from a paper (table article_papers).
struct PaperRecord
{
    qint64 articleId = 0;
    QString arxivId;              // without version: "2406.12345", "hep-th/9901001"
    int version = 0;              // the newest seen; 0 = not known (only Hugging Face listed it)
    int upvotes = -1;             // Hugging Face upvotes, the highest seen; -1 = unknown
    QString announceType;         // how the newest version was announced: "new", "cross", ... or ""
    bool abstractMissing = false; // the article has its title only
};

// What the ranking of a day of papers needs of each article.
struct PaperFacts
{
    QString arxivId;
    int version = 0;
    int upvotes = -1;
    int listings = 0; // distinct arXiv listings (sources of kind 'arxiv') that carried it
    bool abstractMissing = false;
};

// Reads and writes article_papers, and counts cross-listings from
// article_sources. Runs on the connection it was given; cheap to construct.
class PaperStore
{
public:
    explicit PaperStore(QSqlDatabase db);

    // Inserts or merges a record: version and upvotes keep the larger
    // value; the announce type and abstract flag follow a strictly newer
    // version (or fill an empty announce type); a record with an abstract
    // clears the flag of an older one (the caller stored that abstract).
    bool upsert(const PaperRecord &record);
    // The stored records of these arXiv ids (every article that has one),
    // keyed by arXiv id; the newest version when several articles share it.
    QHash<QString, PaperRecord> byArxivId(const QStringList &arxivIds, qint64 edition = 1) const; // within one edition
    // The record of one article; articleId 0 when it has none.
    PaperRecord record(qint64 articleId) const;
    // Distinct sources of kind 'arxiv' that carried each article (absent = 0).
    QHash<qint64, int> listingsFor(const QList<qint64> &articleIds) const;
    // Upvotes, listings and the abstract flag of each article that is a paper.
    QHash<qint64, PaperFacts> paperFacts(const QList<qint64> &articleIds) const;

    // Records that a source carried an article it did not rewrite (an older
    // version of a stored paper): the article_sources link ingest would add.
    // *added tells whether the link is new.
    bool linkSource(qint64 articleId, qint64 sourceId, const QDateTime &nowUtc, bool *added = nullptr);
    // The article a source carries under this URL; 0 when none.
    qint64 articleOfSource(qint64 sourceId, const QString &url) const;

    // Why the last call failed; the reads clear it when they succeed.
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
