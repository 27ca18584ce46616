#pragma once

#include "llm/WireFormat.h"

namespace llm {

// Google Gemini generateContent: POST {base}/models/{model}:generateContent
// with the key in x-goog-api-key (never in the URL); structured output
// through generationConfig.responseMimeType + responseSchema. Not streamed.
class GeminiFormat : public WireFormat
{
public:
    Provider provider() const override { return Provider::Gemini; }
    QString displayName() const override { return QStringLiteral("Gemini"); }
    QNetworkRequest buildRequest(const Config &config, const Request &request,
                                 QByteArray *body) const override;
    std::unique_ptr<ResponseDecoder> createDecoder(TextSink sink) const override;
    // Gemini answers a bad key with 400 and reason API_KEY_INVALID.
    bool isKeyRejected(int httpStatus, const QByteArray &body) const override;
};

} // namespace llm
