#pragma once

#include "digest/LocalClassifier.h"
#include "digest/Verdict.h"
#include "llm/LlmClient.h"
#include "model/Article.h"
#include "model/Category.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace digest {

// Classifies articles through an llm::Client in batches of up to 40.
// Answers are matched back by article id (never by title). An article that
// is missing from the answer, or labelled outside the enum, is asked again
// once; after that, or when a request fails, it is classified offline and
// marked so (origin Offline, with a reason that says why). Every article
// passed to classify() gets exactly one verdict through `classified`.
// Article ids must be unique within one call. A reply that goes away
// unanswered (its client was destroyed) counts as a failed request, and no
// request is sent through a client that is gone: the run always finishes.
class LlmClassifier : public QObject
{
    Q_OBJECT
public:
    // `local` answers for the articles the LLM could not (failed request,
    // no usable answer).
    LlmClassifier(llm::Client *client, const QList<Category> &categories, QObject *parent = nullptr);
    LlmClassifier(llm::Client *client, const QList<Category> &categories, LocalClassifier local,
                  QObject *parent = nullptr);

    void classify(const QList<Article> &articles);
    void cancel();
    bool isRunning() const { return m_running; }
    // Usage of the requests made so far (for the digest report).
    int requestCount() const { return m_requests; }
    qint64 tokensIn() const { return m_tokensIn; }
    qint64 tokensOut() const { return m_tokensOut; }

Q_SIGNALS:
    void classified(const QList<digest::ClassifiedArticle> &results);
    void progress(int done, int total);
    // Empty when every request succeeded; otherwise the first request error
    // (the affected articles were still classified offline).
    void finished(const QString &error);

private:
    void sendBatch(const QList<qint64> &ids);
    void onReply(llm::Reply *reply, const QList<qint64> &ids, const llm::Result &result);
    void onReplyLost(const QList<qint64> &ids);
    void classifyOffline(const QList<qint64> &ids, const QString &why);
    void maybeNextRound();
    void emitResults(const QList<ClassifiedArticle> &results);

    QPointer<llm::Client> m_client;
    QList<Category> m_categories;
    LocalClassifier m_local;
    QHash<qint64, Article> m_articles;
    QList<QPointer<llm::Reply>> m_pending;
    QList<qint64> m_retry;       // to be asked once more
    QSet<qint64> m_done;
    int m_round = 0;
    int m_total = 0;
    int m_requests = 0;
    qint64 m_tokensIn = 0;
    qint64 m_tokensOut = 0;
    bool m_running = false;
    bool m_sending = false; // inside a send loop: a synchronous answer must not end the round
    QString m_error;
};

} // namespace digest
