#pragma once

#include "llm/LlmClient.h"
#include "model/Article.h"
#include "model/Category.h"
#include "model/Edition.h"
#include "model/Summary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace digest {

// Summarises one section through an llm::Client: sends SummaryPrompt,
// validates the JSON (SummaryValidator), renders the Markdown itself.
// Malformed output (invalid JSON, schema break, citation out of range) is
// asked for once more; a second failure finishes with `error` set and no
// summary. Transport errors (the client already retried) finish at once, and
// so does a reply that goes away unanswered (its client was destroyed).
class LlmSummarizer : public QObject
{
    Q_OBJECT
public:
    explicit LlmSummarizer(llm::Client *client, QObject *parent = nullptr);

    // One section at a time; `sources` in citation order. Emits finished once.
    // `style` picks the prompt (SummaryPrompt) and the prompt version in the
    // provenance and cache key (summaryPromptVersion).
    void summarize(const QList<Article> &sources, const Category &category, const QString &language,
                   Edition::Style style = Edition::Style::News);
    void cancel();
    bool isRunning() const { return m_running; }

    static constexpr int kMaxAttempts = 2;
    // Requests made for the last summarize() call.
    int requestCount() const { return m_attempt; }

Q_SIGNALS:
    void progress(const QString &textDelta);
    void finished(const SectionSummary &summary);

private:
    void sendAttempt();
    void onReply(const llm::Result &result);
    void onReplyLost();
    void finishWith(SectionSummary summary);

    QPointer<llm::Client> m_client;
    QPointer<llm::Reply> m_reply;
    llm::Request m_request;
    SectionSummary m_summary;
    int m_sourceCount = 0;
    int m_attempt = 0;
    bool m_running = false;
    QString m_lastError;
    QElapsedTimer m_timer;
};

} // namespace digest
