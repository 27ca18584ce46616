#pragma once

#include "llm/LlmClient.h"

#include <QUrl>

namespace llm {

// Where requests go, for the clients and the settings tab alike (one
// function, so the address the tab shows is the address used).
//
// The base URL as the user typed it, made the one the wire format expects:
// empty = the provider's default; surrounding spaces and trailing slashes
// dropped; an address with no path gets the API version the official SDKs
// leave out of their base URL ("https://api.anthropic.com" ->
// ".../v1", "https://api.openai.com" -> ".../v1",
// "https://generativelanguage.googleapis.com" -> ".../v1beta"), for the
// provider's own host and for compatible servers (Ollama, vLLM) alike; a
// pasted full endpoint (".../v1/messages", ".../v1/chat/completions")
// loses the endpoint part. Any other path is kept as it is.
QUrl normalizedBaseUrl(Provider provider, const QUrl &baseUrl);
QUrl normalizedBaseUrl(Provider provider, const QString &typed);

// The URL one request for `config` goes to: {base}/messages (Anthropic),
// {base}/chat/completions (OpenAI-compatible),
// {base}/models/{model}:generateContent (Gemini).
QUrl endpointUrl(const Config &config);

} // namespace llm
