#pragma once

#include <QString>
#include <QStringList>

namespace digest {

// Splits plain text into sentences (". ", "! ", "? ", "다. ", "。", line breaks).
QStringList splitSentences(const QString &text);

// Content words of a text, lower case: Latin words of 3+ letters that are
// not stop words, and Hangul words with common particles stripped.
QStringList contentTokens(const QString &text);

bool isHangul(QChar c);

} // namespace digest
