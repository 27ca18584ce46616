#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

class Settings;
namespace llm { struct Request; }

namespace service {

// The daily LLM budget of the automatic digest builds: limits (requests and
// tokens per day, from the settings) against what was used today (the
// `usage` table, one row per request). A request is allowed while fewer
// requests than the limit were made and its estimated tokens still fit.
class LlmBudget
{
public:
    LlmBudget() = default;
    LlmBudget(int maxRequests, qint64 maxTokens) : m_maxRequests(maxRequests), m_maxTokens(maxTokens) {}
    static LlmBudget fromSettings(const Settings &settings);

    int maxRequests() const { return m_maxRequests; }
    qint64 maxTokens() const { return m_maxTokens; }
    int usedRequests() const { return m_usedRequests; }
    qint64 usedTokens() const { return m_usedTokens; }

    void setUsed(int requests, qint64 tokens);
    void spend(int requests, qint64 tokens);
    bool allows(qint64 estimatedTokens) const;

    // Reads today's use (the profile's day of `nowUtc`, in `zone`).
    void loadUsedToday(const QSqlDatabase &db, const QDateTime &nowUtc, const QTimeZone &zone);

    // A generous guess for one request: a token per three characters of
    // prompt (Hangul is denser than English) plus a typical answer.
    static qint64 estimateTokens(const llm::Request &request);
    static constexpr qint64 kTypicalAnswerTokens = 1024;

private:
    int m_maxRequests = 0;
    qint64 m_maxTokens = 0;
    int m_usedRequests = 0;
    qint64 m_usedTokens = 0;
};

} // namespace service
