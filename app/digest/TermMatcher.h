#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace digest {

struct WeightedTerm
{
    QString term;   // lower case
    double weight = 1.0;
};

// True when the term holds a Hangul (or other non-Latin) letter: such terms
// are matched as substrings, since Korean attaches particles to words.
bool isSubstringTerm(const QString &term);

// Spans (start, length) of a lower-case term in lower-case text. Latin terms
// match on word boundaries (no ASCII letter or digit on either side),
// allowing a plural "s"/"es"; Korean terms match anywhere.
QList<QPair<qsizetype, qsizetype>> findTerm(const QString &lowerText, const QString &lowerTerm);
int countTerm(const QString &lowerText, const QString &lowerTerm);

// Replaces every match of the term with spaces (same length).
void blankTerm(QString *lowerText, const QString &lowerTerm);

// Default weight of a user keyword: phrases are more specific than words.
double keywordWeight(const QString &keyword);

} // namespace digest
