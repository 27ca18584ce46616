#pragma once

#include <QString>
#include <QStringList>

struct Article;

namespace digest {

// Splits plain text into sentences (". ", "! ", "? ", "다. ", "。", line breaks).
QStringList splitSentences(const QString &text);

// Content words of a text, lower case: Latin words of 3+ letters that are
// not stop words, and Hangul words with common particles stripped.
// Content words, lower-cased; with `markGaps`, an empty string stands where
// a stop word or short word was dropped, so phrases never span a gap.
QStringList contentTokens(const QString &text, bool markGaps = false);

bool isHangul(QChar c);

// What the offline writers read of an article: its summary, else its content.
QString articleBody(const Article &article);

// `text` cut to at most `max` characters at a word boundary, with "…".
QString clipAtWord(const QString &text, qsizetype max);

} // namespace digest
