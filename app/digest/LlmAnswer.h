#pragma once

#include "llm/LlmClient.h"

#include <QJsonObject>

namespace digest {

// The JSON object of a model's answer: the client's parsed object, else the
// outermost {...} of the raw text (some servers wrap it in a code fence).
bool answerObject(const llm::Result &result, QJsonObject *out);

} // namespace digest
