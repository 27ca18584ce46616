#pragma once

#include <QJsonObject>

namespace llm {

// Gemini's responseSchema is a subset of OpenAPI 3.0, not JSON Schema:
// upper-case types, "nullable" instead of a type list, no
// additionalProperties, $schema, $ref or anyOf. This keeps only the keywords
// Gemini documents and rewrites the rest.
QJsonObject toGeminiSchema(const QJsonObject &jsonSchema);

} // namespace llm
