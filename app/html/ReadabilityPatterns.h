#pragma once

#include <QRegularExpression>

namespace html::readability {

// The class/id and text patterns of Mozilla's Readability.js (Apache-2.0),
// which this extractor ports. Built once; matching is thread-safe.
struct Patterns
{
    static const QRegularExpression &unlikelyCandidates();
    static const QRegularExpression &okMaybeItsACandidate();
    static const QRegularExpression &positive();
    static const QRegularExpression &negative();
    static const QRegularExpression &byline();
    static const QRegularExpression &shareElements();
    static const QRegularExpression &adWords();
    static const QRegularExpression &loadingWords();
    static const QRegularExpression &jsonLdArticleTypes();
    static const QRegularExpression &videos();
};

} // namespace html::readability
