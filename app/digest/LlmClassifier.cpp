#include "digest/LlmClassifier.h"

#include "digest/ClassifyPrompt.h"

#include <QJsonArray>

namespace digest {

LlmClassifier::LlmClassifier(llm::Client *client, const QList<Category> &categories, QObject *parent)
    : LlmClassifier(client, categories, LocalClassifier(categories), parent)
{
}

LlmClassifier::LlmClassifier(llm::Client *client, const QList<Category> &categories, LocalClassifier local,
                             QObject *parent)
    : QObject(parent), m_client(client), m_categories(categories), m_local(std::move(local))
{
    qRegisterMetaType<QList<digest::ClassifiedArticle>>();
}

void LlmClassifier::classify(const QList<Article> &articles)
{
    cancel();
    m_articles.clear();
    m_retry.clear();
    m_done.clear();
    m_error.clear();
    m_round = 1;
    m_running = true;
    QList<qint64> order;
    for (const Article &a : articles) {
        if (m_articles.contains(a.id))
            continue;
        m_articles.insert(a.id, a);
        order.append(a.id);
    }
    m_total = int(order.size());
    Q_EMIT progress(0, m_total);
    if (order.isEmpty()) {
        maybeNextRound();
        return;
    }
    m_sending = true;
    for (qsizetype i = 0; i < order.size(); i += ClassifyPrompt::kMaxBatch)
        sendBatch(order.mid(i, ClassifyPrompt::kMaxBatch));
    m_sending = false;
    maybeNextRound();
}

void LlmClassifier::cancel()
{
    const auto pending = m_pending;
    m_pending.clear();
    for (const QPointer<llm::Reply> &reply : pending) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
    m_running = false;
}

void LlmClassifier::sendBatch(const QList<qint64> &ids)
{
    if (!m_client) {
        const QString error = tr("the LLM client was closed before the request was sent");
        if (m_error.isEmpty())
            m_error = error;
        classifyOffline(ids, error);
        return;
    }
    QList<Article> batch;
    for (qint64 id : ids)
        batch.append(m_articles.value(id));
    llm::Reply *reply = m_client->send(ClassifyPrompt::build(batch, m_categories));
    m_pending.append(reply);
    connect(reply, &llm::Reply::finished, this,
            [this, reply, ids](const llm::Result &result) { onReply(reply, ids, result); });
    connect(reply, &QObject::destroyed, this, [this, ids] { onReplyLost(ids); });
    if (reply->isFinished())
        onReply(reply, ids, reply->result());
}

void LlmClassifier::onReply(llm::Reply *reply, const QList<qint64> &ids, const llm::Result &result)
{
    if (!m_pending.removeOne(reply))
        return; // already handled, or cancelled
    disconnect(reply, nullptr, this, nullptr);
    ++m_requests;
    m_tokensIn += result.tokensIn;
    m_tokensOut += result.tokensOut;

    if (!result.ok) {
        if (m_error.isEmpty())
            m_error = result.error;
        classifyOffline(ids, tr("the LLM request failed: %1").arg(result.error.left(200)));
        maybeNextRound();
        return;
    }

    QHash<QString, const Category *> byKey;
    for (const Category &c : m_categories)
        byKey.insert(c.key, &c);
    QSet<qint64> asked(ids.begin(), ids.end());
    QHash<qint64, QString> rejected;
    QList<ClassifiedArticle> results;
    for (const QJsonValue &value : result.json.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonValue idValue = o.value(QLatin1String("id"));
        const qint64 id = idValue.isString() ? idValue.toString().toLongLong() : idValue.toInteger(-1);
        if (!asked.contains(id) || m_done.contains(id))
            continue; // unknown id, or answered twice: the first answer stands
        const QString key = o.value(QLatin1String("category")).toString().trimmed();
        ClassifiedArticle ca;
        ca.articleId = id;
        ca.origin = CategoryOrigin::Llm;
        if (key == ClassifyPrompt::notAiKey()) {
            ca.verdict.isAi = false;
        } else if (const Category *c = byKey.value(key)) {
            ca.verdict.isAi = true;
            ca.verdict.categoryId = c->id;
            ca.verdict.categoryKey = c->key;
        } else {
            rejected.insert(id, tr("the LLM answered \"%1\", which is not a category").arg(key.left(40)));
            continue;
        }
        ca.verdict.confidence = qBound(0.0, o.value(QLatin1String("confidence")).toDouble(0.5), 1.0);
        ca.verdict.reason = o.value(QLatin1String("reason")).toString().simplified().left(200);
        m_done.insert(id);
        results.append(ca);
    }
    emitResults(results);

    QList<qint64> missing;
    for (qint64 id : ids) {
        if (!m_done.contains(id))
            missing.append(id);
    }
    for (qint64 id : missing) {
        const QString why = rejected.value(id, tr("the LLM answer had no entry for this article"));
        if (m_round == 1) {
            m_retry.append(id);
        } else {
            classifyOffline({id}, why);
        }
    }
    maybeNextRound();
}

void LlmClassifier::onReplyLost(const QList<qint64> &ids)
{
    // The reply is gone (its QPointer is already null) without an answer.
    m_pending.removeAll(QPointer<llm::Reply>());
    ++m_requests;
    const QString error = tr("the LLM client was closed before it answered");
    if (m_error.isEmpty())
        m_error = error;
    classifyOffline(ids, error);
    maybeNextRound();
}

void LlmClassifier::classifyOffline(const QList<qint64> &ids, const QString &why)
{
    QList<ClassifiedArticle> results;
    for (qint64 id : ids) {
        if (m_done.contains(id))
            continue;
        ClassifiedArticle ca;
        ca.articleId = id;
        ca.origin = CategoryOrigin::Offline;
        ca.verdict = m_local.classify(m_articles.value(id).item);
        ca.verdict.reason = tr("Offline, because %1. %2").arg(why, ca.verdict.reason);
        m_done.insert(id);
        results.append(ca);
    }
    emitResults(results);
}

void LlmClassifier::maybeNextRound()
{
    if (!m_running || m_sending || !m_pending.isEmpty())
        return;
    if (m_round == 1 && !m_retry.isEmpty()) {
        m_round = 2;
        const QList<qint64> retry = m_retry;
        m_retry.clear();
        m_sending = true;
        for (qsizetype i = 0; i < retry.size(); i += ClassifyPrompt::kMaxBatch)
            sendBatch(retry.mid(i, ClassifyPrompt::kMaxBatch));
        m_sending = false;
        maybeNextRound();
        return;
    }
    m_running = false;
    Q_EMIT finished(m_error);
}

void LlmClassifier::emitResults(const QList<ClassifiedArticle> &results)
{
    if (results.isEmpty())
        return;
    Q_EMIT classified(results);
    Q_EMIT progress(int(m_done.size()), m_total);
}

} // namespace digest
