#pragma once

#include "llm/WireFormat.h"

namespace llm {

// OpenAI-compatible chat completions (OpenAI, Ollama, llama.cpp server,
// vLLM, LM Studio, OpenRouter): POST {base}/chat/completions, streamed as
// SSE "data:" lines ending with "data: [DONE]"; structured output through
// response_format json_schema (strict).
class OpenAiFormat : public WireFormat
{
public:
    Provider provider() const override { return Provider::OpenAI; }
    QString displayName() const override { return QStringLiteral("OpenAI"); }
    QNetworkRequest buildRequest(const Config &config, const Request &request,
                                 QByteArray *body) const override;
    std::unique_ptr<ResponseDecoder> createDecoder(TextSink sink) const override;

    // Adds "additionalProperties": false to every object schema that does
    // not say otherwise (strict mode requires it).
    static QJsonObject strictSchema(const QJsonObject &schema);
};

} // namespace llm
