#pragma once

#include <QString>
#include <QStringList>

namespace digest {

// Splits plain text into sentences (". ", "! ", "? ", "다. ", "。", line breaks).
QStringList splitSentences(const QString &text);

// Content words of a text, lower case: Latin words of 3+ letters that are
// not stop words, and Hangul words with common particles stripped.
// Content words, lower-cased; with `markGaps`, an empty string stands where
// a stop word or short word was dropped, so phrases never span a gap.
QStringList contentTokens(const QString &text, bool markGaps = false);

bool isHangul(QChar c);

} // namespace digest
