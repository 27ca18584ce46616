#include "digest/LlmBriefer.h"

#include "digest/BriefingValidator.h"
#include "digest/LlmAnswer.h"

namespace digest {

LlmBriefer::LlmBriefer(llm::Client *client, QObject *parent) : QObject(parent), m_client(client) {}

void LlmBriefer::brief(const BriefingInput &input, const QString &language)
{
    cancel();
    m_running = true;
    m_requests = 0;
    m_input = input;
    m_timer.start();
    m_briefing = Briefing();
    SummaryProvenance &p = m_briefing.provenance;
    if (m_client) {
        p.provider = llm::providerName(m_client->provider());
        p.model = m_client->model();
    }
    p.promptVersion = QString::fromLatin1(kBriefingPromptVersion);
    p.language = language;
    p.inputHash = BriefingPrompt::inputHash(input, p.provider, p.model, p.promptVersion, language);
    if (input.stories.isEmpty()) {
        Briefing b = m_briefing;
        b.error = tr("No stories to brief");
        finishWith(b);
        return;
    }
    if (!m_client) {
        onReplyLost();
        return;
    }
    ++m_requests;
    llm::Reply *reply = m_client->send(BriefingPrompt::build(input, language));
    m_reply = reply;
    connect(reply, &llm::Reply::finished, this, &LlmBriefer::onReply);
    connect(reply, &QObject::destroyed, this, &LlmBriefer::onReplyLost);
    if (reply->isFinished()) // a client may answer synchronously
        onReply(reply->result());
}

void LlmBriefer::cancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    m_reply = nullptr;
    m_running = false;
}

void LlmBriefer::onReply(const llm::Result &result)
{
    if (!m_running || (sender() && sender() != m_reply))
        return;
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
    m_reply = nullptr;
    Briefing b = m_briefing;
    b.provenance.tokensIn += result.tokensIn;
    b.provenance.tokensOut += result.tokensOut;
    if (!result.ok && result.rawText.trimmed().isEmpty()) {
        b.error = result.error.isEmpty() ? tr("The language model gave no answer") : result.error;
        finishWith(b);
        return;
    }
    QJsonObject json;
    QList<BriefingItem> items;
    QString error;
    if (!answerObject(result, &json))
        error = tr("the answer is not a JSON object");
    else if (!BriefingValidator::parse(json, int(m_input.articles.size()), BriefingPrompt::minItems(m_input),
                                       BriefingPrompt::maxItems(m_input), &items, &error))
        error = tr("the answer breaks the briefing schema: %1").arg(error);
    if (!error.isEmpty()) {
        b.error = tr("The model's briefing was malformed (%1)").arg(error);
        finishWith(b);
        return;
    }
    const Briefing made = BriefingValidator::toBriefing(items, m_input.articles);
    b.items = made.items;
    b.articleIds = made.articleIds;
    b.day = made.day;
    finishWith(b);
}

void LlmBriefer::onReplyLost()
{
    if (!m_running)
        return;
    m_reply = nullptr;
    Briefing b = m_briefing;
    b.error = tr("The LLM client was closed before it answered");
    finishWith(b);
}

void LlmBriefer::finishWith(Briefing briefing)
{
    m_running = false;
    briefing.provenance.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    briefing.provenance.createdAt = QDateTime::currentDateTimeUtc();
    if (!briefing.error.isEmpty()) {
        briefing.items.clear();
        briefing.articleIds.clear();
    }
    Q_EMIT finished(briefing);
}

} // namespace digest
