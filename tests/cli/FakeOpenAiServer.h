#pragma once

// An OpenAI-compatible chat-completions server on 127.0.0.1 for the CLI
// tests: it streams (SSE) answers to the classification request (schema
// "article_categories"), to summary requests and to the day's briefing
// (schema "daily_briefing"), with usage numbers.

#include "support/TestHttpServer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace clitest {

class FakeOpenAiServer
{
public:
    FakeOpenAiServer();

    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    TestHttpServer &http() { return m_http; }
    int requestCount() const { return m_http.requestCount(); }
    int classifyRequests() const { return m_classify; }
    int summaryRequests() const { return m_summaries; }
    int briefingRequests() const { return m_briefings; }

    // The first `n` summary requests are answered with text that is not JSON.
    void setGarbageSummaries(int n) { m_garbageLeft = n; }
    // The first `n` briefing requests are answered with text that is not JSON.
    void setGarbageBriefings(int n) { m_garbageBriefingsLeft = n; }

    static constexpr int kPromptTokens = 321;
    static constexpr int kCompletionTokens = 123;

private:
    void handle(const TestHttpRequest &request, TestHttpResponder &response);
    static QString classifyAnswer(const QString &user, const QStringList &keys);
    static QString summaryAnswer(const QString &user);
    static QString briefingAnswer(const QString &user);
    void stream(TestHttpResponder &response, const QString &content) const;

    TestHttpServer m_http;
    int m_classify = 0;
    int m_summaries = 0;
    int m_garbageLeft = 0;
    int m_briefings = 0;
    int m_garbageBriefingsLeft = 0;
};

} // namespace clitest
