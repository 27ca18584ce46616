#pragma once

#include "llm/LlmClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

#include <functional>
#include <memory>

namespace llm {

// What a response decoder made of a (streamed or whole) answer.
struct DecodedAnswer
{
    bool complete = false;      // the stream ended as the provider ends it
    QString text;               // the JSON text the model produced
    QString error;              // a provider-reported problem (no prefix)
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
};

using TextSink = std::function<void(const QString &)>;

// Turns the bytes of one successful (2xx) response into an answer. Emits
// text through the sink as it arrives.
class ResponseDecoder
{
public:
    virtual ~ResponseDecoder() = default;
    virtual void feed(const QByteArray &bytes) = 0;
    virtual DecodedAnswer finish() = 0;
};

// One provider's wire format: how a request is written and an answer read.
class WireFormat
{
public:
    virtual ~WireFormat() = default;
    virtual Provider provider() const = 0;
    // "OpenAI", "Anthropic", "Gemini": the prefix of every error.
    virtual QString displayName() const = 0;
    // The URL, headers (including the key) and JSON body of a request.
    virtual QNetworkRequest buildRequest(const Config &config, const Request &request,
                                         QByteArray *body) const = 0;
    virtual std::unique_ptr<ResponseDecoder> createDecoder(TextSink sink) const = 0;
    // The provider's own explanation in an error body, if any.
    virtual QString errorDetail(const QByteArray &body) const;
    // Whether an error response means the key was not accepted.
    virtual bool isKeyRejected(int httpStatus, const QByteArray &body) const;
};

std::unique_ptr<WireFormat> createWireFormat(Provider provider);

// Helpers shared by the formats.
namespace wire {
// base + "/" + path without doubling or losing slashes.
QUrl joinUrl(const QUrl &base, const QString &path);
QString effectiveModel(const Config &config);
QUrl effectiveBaseUrl(const Config &config);
// A name the providers accept for a schema/tool: [A-Za-z0-9_-]{1,64}.
QString safeName(const QString &name);
// The JSON object in the model's text. Tolerates surrounding whitespace and
// a ```json fence; returns false when there is no JSON object.
bool parseAnswerObject(const QString &text, QJsonObject *object);
} // namespace wire

} // namespace llm
