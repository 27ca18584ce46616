#pragma once

#include "digest/BriefingPrompt.h"
#include "llm/LlmClient.h"
#include "model/Briefing.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace digest {

// Writes the day's briefing through an llm::Client: one request
// (BriefingPrompt), the answer validated (BriefingValidator). There is no
// second request: a malformed answer, a failed call or a reply that goes
// away finishes with `error` set and no items, and the caller falls back to
// the offline briefing.
class LlmBriefer : public QObject
{
    Q_OBJECT
public:
    explicit LlmBriefer(llm::Client *client, QObject *parent = nullptr);

    // Emits finished once (queued or direct, as the client answers).
    void brief(const BriefingInput &input, const QString &language);
    void cancel();
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void finished(const Briefing &briefing);

private:
    void onReply(const llm::Result &result);
    void onReplyLost();
    void finishWith(Briefing briefing);

    QPointer<llm::Client> m_client;
    QPointer<llm::Reply> m_reply;
    BriefingInput m_input;
    Briefing m_briefing; // provenance of the running request
    int m_requests = 0;
    bool m_running = false;
    QElapsedTimer m_timer;
};

} // namespace digest
