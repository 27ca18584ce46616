#pragma once

#include "llm/WireFormat.h"

namespace llm {

// Anthropic Messages: POST {base}/messages with x-api-key and
// anthropic-version; the structured answer is a forced tool call whose
// input_schema is the schema. Streamed as SSE events (message_start,
// content_block_delta with input_json_delta, message_delta, message_stop).
class AnthropicFormat : public WireFormat
{
public:
    static constexpr const char *kApiVersion = "2023-06-01";

    Provider provider() const override { return Provider::Anthropic; }
    QString displayName() const override { return QStringLiteral("Anthropic"); }
    QNetworkRequest buildRequest(const Config &config, const Request &request,
                                 QByteArray *body) const override;
    std::unique_ptr<ResponseDecoder> createDecoder(TextSink sink) const override;
};

} // namespace llm
