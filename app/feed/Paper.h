#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace feed {

// How an arXiv listing announced a paper on its day.
enum class AnnounceType { Unknown, New, Cross, Replace, ReplaceCross };

QString announceTypeName(AnnounceType type); // "new", "cross", "replace", "replace-cross", "" for Unknown
AnnounceType announceTypeFromName(QStringView name);

// One paper as a listing (an arXiv RSS listing or Hugging Face's daily
// papers) carried it. Plain text throughout.
struct Paper
{
    QString arxivId; // without version: "2406.12345" or old-style "hep-th/9901001"
    int version = 0; // 2 for "...v2"; 0 when the listing gave none
    AnnounceType announceType = AnnounceType::Unknown;
    QString title;
    QString abstract;
    bool abstractMissing = false; // kept with its title only
    QStringList authors;
    QStringList categories; // arXiv categories the listing gave (cs.AI, cs.CL, ...)
    QString listing;        // the listing it came from: "cs.AI", ..., or "hf-daily"
    QUrl link;              // https://arxiv.org/abs/<id>
    int upvotes = -1;       // Hugging Face upvotes; -1 = unknown
    QDateTime published;    // UTC; invalid when not given
};

// An arXiv identifier split into id and version. Accepts the bare id
// ("2406.12345v2", "hep-th/9901001"), and one inside an OAI id, an
// "arXiv:" prefix or an arxiv.org/abs|pdf URL. False when none is found.
struct ArxivId
{
    QString id;
    int version = 0;
};
bool parseArxivId(QStringView text, ArxivId &out);

// https://arxiv.org/abs/<id> (no version).
QUrl arxivAbsUrl(const QString &arxivId);

} // namespace feed
