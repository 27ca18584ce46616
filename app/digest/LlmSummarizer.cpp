#include "digest/LlmSummarizer.h"

#include "digest/InputHash.h"
#include "digest/LlmAnswer.h"
#include "digest/SummaryPrompt.h"
#include "digest/SummaryRenderer.h"
#include "digest/SummaryValidator.h"

#include <QCoreApplication>

namespace digest {

LlmSummarizer::LlmSummarizer(llm::Client *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void LlmSummarizer::summarize(const QList<Article> &sources, const Category &category, const QString &language,
                              Edition::Style style)
{
    cancel();
    m_running = true;
    m_attempt = 0;
    m_lastError.clear();
    m_sourceCount = int(sources.size());
    m_timer.start();

    m_summary = SectionSummary();
    m_summary.day = sources.isEmpty() ? QString() : sources.first().day;
    m_summary.categoryId = category.id;
    SummaryProvenance &p = m_summary.provenance;
    if (m_client) {
        p.provider = llm::providerName(m_client->provider());
        p.model = m_client->model();
    }
    p.promptVersion = summaryPromptVersion(style);
    p.language = language;
    p.inputHash = inputHash(sources, p.provider, p.model, p.promptVersion, language);

    if (sources.isEmpty()) {
        SectionSummary s = m_summary;
        s.error = tr("No articles to summarise");
        finishWith(s);
        return;
    }
    m_request = SummaryPrompt::build(sources, category, language, style);
    sendAttempt();
}

void LlmSummarizer::cancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    m_reply = nullptr;
    m_running = false;
}

void LlmSummarizer::sendAttempt()
{
    ++m_attempt;
    llm::Request request = m_request;
    if (m_attempt > 1) {
        request.user += QStringLiteral("\n\nYour previous answer was rejected: %1. "
                                       "Answer again with JSON that matches the schema exactly.")
                            .arg(m_lastError);
    }
    if (!m_client) {
        onReplyLost();
        return;
    }
    llm::Reply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &llm::Reply::textDelta, this, &LlmSummarizer::progress);
    connect(reply, &llm::Reply::finished, this, &LlmSummarizer::onReply);
    connect(reply, &QObject::destroyed, this, &LlmSummarizer::onReplyLost);
    if (reply->isFinished()) // a client may answer synchronously
        onReply(reply->result());
}

void LlmSummarizer::onReply(const llm::Result &result)
{
    if (sender() && sender() != m_reply)
        return;
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
    m_reply = nullptr;
    SummaryProvenance &p = m_summary.provenance;
    p.tokensIn += result.tokensIn;
    p.tokensOut += result.tokensOut;

    const bool transportFailure = !result.ok && result.rawText.trimmed().isEmpty();
    if (transportFailure) {
        SectionSummary s = m_summary;
        s.error = result.error.isEmpty() ? tr("The language model gave no answer") : result.error;
        finishWith(s);
        return;
    }

    QJsonObject json;
    SummaryDoc doc;
    QString error;
    if (!answerObject(result, &json))
        error = tr("the answer is not a JSON object");
    else if (!SummaryValidator::parse(json, m_sourceCount, &doc, &error))
        error = tr("the answer breaks the summary schema: %1").arg(error);

    if (error.isEmpty()) {
        SectionSummary s = m_summary;
        s.doc = doc;
        s.markdown = SummaryRenderer::render(doc, p.language);
        finishWith(s);
        return;
    }
    m_lastError = error;
    if (m_attempt < kMaxAttempts) {
        sendAttempt();
        return;
    }
    SectionSummary s = m_summary;
    s.error = tr("The model's summary was malformed twice (%1)").arg(error);
    finishWith(s);
}

void LlmSummarizer::onReplyLost()
{
    m_reply = nullptr;
    SectionSummary s = m_summary;
    s.error = tr("The LLM client was closed before it answered");
    finishWith(s);
}

void LlmSummarizer::finishWith(SectionSummary summary)
{
    m_running = false;
    summary.provenance.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    summary.provenance.createdAt = QDateTime::currentDateTimeUtc();
    if (!summary.error.isEmpty()) {
        summary.doc = SummaryDoc();
        summary.markdown.clear();
    }
    Q_EMIT finished(summary);
}

} // namespace digest
