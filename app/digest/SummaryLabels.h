#pragma once

#include <QString>
#include <QStringList>

namespace digest {

// The fixed words of a rendered summary in one output language ("ko" by
// default; "en" and "ja" too). Unknown languages fall back to English.
struct SummaryLabels
{
    QString themes;
    QString events;
    QString impact;
    QString conclusion;
    QString notApplicable;
    QString impactsByArticle; // the one line of an offline summary with nothing to analyse
};

SummaryLabels summaryLabels(const QString &language);

// What an offline papers summary adds to a paper that came without an
// abstract: "title only, no abstract" in the output language.
QString titleOnlyNote(const QString &language);

// The impact domains a summary may name, in render order; the first three
// are always shown.
const QStringList &impactDomainKeys();
constexpr int kRequiredImpactDomains = 3;

// Localised name of a domain key ("economy" -> 경제); other text as given.
QString impactDomainName(const QString &domain, const QString &language);

// Whether an impact text means "nothing to say" in any language.
bool isNotApplicable(const QString &text);

// "한국어" / "English" / "日本語": the language named in its own words.
QString languageName(const QString &language);

} // namespace digest
