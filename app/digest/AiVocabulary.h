#pragma once

#include "digest/TermMatcher.h"

namespace digest {

// The AI-relevance gate's own vocabulary, independent of the (user-editable)
// category keywords. Strong terms name AI outright; weak terms ("model",
// "agent", "inference", "transformer") only add to strong evidence, so a
// model railway, an estate agent or a power transformer stays "not AI".
const QList<WeightedTerm> &aiGateTerms();

// Phrases whose words look like AI vocabulary but are not: matched first
// and blanked out of the text before the gate and the categories look.
const QStringList &aiFalseFriends();

// Score at or above which an article counts as being about AI.
constexpr double kAiGateThreshold = 4.0;

} // namespace digest
