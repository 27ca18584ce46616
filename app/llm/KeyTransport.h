#pragma once

#include <QString>
#include <QUrl>

namespace llm {

// The rule for sending an API key: only over https, or over plain http to a
// loopback address (a local server such as Ollama or llama.cpp). Without a
// key nothing secret is sent, so any http(s) URL is allowed.
bool isLoopbackHost(const QString &host);
// Returns an empty string when the request may be sent, else the reason.
QString keyTransportError(const QUrl &url, bool hasKey);

} // namespace llm
