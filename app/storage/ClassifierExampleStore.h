#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace storage {

// One thing the profile's classifier learns from (issue 11): a user's move
// of an article, or an LLM's verdict on one. categoryKey is "" when the
// article is not about AI.
struct ClassifierExample
{
    enum class Origin { User, Llm, Description };

    qint64 id = 0;        // ascending in the order the examples were made
    qint64 articleId = 0; // 0 when the article is gone (or there was none)
    QString title;
    QString text;
    bool isAi = true;
    QString categoryKey;
    Origin origin = Origin::User;
    qint64 createdAt = 0; // ms since epoch, UTC
};

// The classifier_examples table (schema 8).
class ClassifierExampleStore
{
public:
    explicit ClassifierExampleStore(QSqlDatabase db);

    // Appends in order; false (with lastError) when any row fails; the
    // caller's transaction decides whether the others stay.
    bool add(const QList<ClassifierExample> &examples);
    // The examples with id > afterId, oldest first, at most `limit`.
    QList<ClassifierExample> after(qint64 afterId, int limit = 100000) const;
    int count() const;
    QString lastError() const { return m_lastError; }

    static QString originName(ClassifierExample::Origin origin);

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace storage
