#include "service/LlmBudget.h"

#include "llm/LlmClient.h"
#include "settings/Settings.h"
#include "storage/SummaryStore.h"

namespace service {

LlmBudget LlmBudget::fromSettings(const Settings &settings)
{
    return LlmBudget(settings.integer(SettingKey::LlmDailyRequests),
                     settings.value(SettingKey::LlmDailyTokens).toLongLong());
}

void LlmBudget::setUsed(int requests, qint64 tokens)
{
    m_usedRequests = requests;
    m_usedTokens = tokens;
}

void LlmBudget::spend(int requests, qint64 tokens)
{
    m_usedRequests += requests;
    m_usedTokens += tokens;
}

bool LlmBudget::allows(qint64 estimatedTokens) const
{
    return m_usedRequests < m_maxRequests && m_usedTokens + estimatedTokens <= m_maxTokens;
}

void LlmBudget::loadUsedToday(const QSqlDatabase &db, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QDateTime from = QDateTime(today, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    const storage::SummaryStore::UsageTotals totals = storage::SummaryStore(db).usageBetween(from, to);
    setUsed(totals.calls, totals.tokensIn + totals.tokensOut);
}

qint64 LlmBudget::estimateTokens(const llm::Request &request)
{
    const qint64 chars = request.system.size() + request.user.size();
    return (chars + 2) / 3 + kTypicalAnswerTokens;
}

} // namespace service
