#include "storage/ClassifierExampleStore.h"

#include "storage/SqlValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace storage {

namespace {

ClassifierExample::Origin originFrom(const QString &name)
{
    if (name == QLatin1String("llm"))
        return ClassifierExample::Origin::Llm;
    if (name == QLatin1String("description"))
        return ClassifierExample::Origin::Description;
    return ClassifierExample::Origin::User;
}

} // namespace

ClassifierExampleStore::ClassifierExampleStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString ClassifierExampleStore::originName(ClassifierExample::Origin origin)
{
    switch (origin) {
    case ClassifierExample::Origin::Llm:
        return QStringLiteral("llm");
    case ClassifierExample::Origin::Description:
        return QStringLiteral("description");
    case ClassifierExample::Origin::User:
        break;
    }
    return QStringLiteral("user");
}

bool ClassifierExampleStore::add(const QList<ClassifierExample> &examples)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO classifier_examples (article_id, title, text, is_ai, category_key,"
                             " origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ClassifierExample &e : examples) {
        q.addBindValue(e.articleId > 0 ? QVariant(e.articleId) : QVariant());
        q.addBindValue(sqlvalues::text(e.title));
        q.addBindValue(sqlvalues::text(e.text));
        q.addBindValue(e.isAi);
        q.addBindValue(sqlvalues::text(e.isAi ? e.categoryKey : QString()));
        q.addBindValue(originName(e.origin));
        q.addBindValue(e.createdAt > 0 ? e.createdAt : QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    return true;
}

QList<ClassifierExample> ClassifierExampleStore::after(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, article_id, title, text, is_ai, category_key, origin, created_at"
                             " FROM classifier_examples WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    QList<ClassifierExample> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ClassifierExample e;
        e.id = q.value(0).toLongLong();
        e.articleId = q.value(1).toLongLong();
        e.title = q.value(2).toString();
        e.text = q.value(3).toString();
        e.isAi = q.value(4).toBool();
        e.categoryKey = q.value(5).toString();
        e.origin = originFrom(q.value(6).toString());
        e.createdAt = q.value(7).toLongLong();
        out.append(e);
    }
    return out;
}

int ClassifierExampleStore::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM classifier_examples")) && q.next())
        return q.value(0).toInt();
    m_lastError = q.lastError().text();
    return 0;
}

} // namespace storage
