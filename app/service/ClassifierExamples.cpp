#include "service/ClassifierExamples.h"

#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace service {

namespace {

constexpr int kMaxText = 2000; // the model reads title and summary, not whole pages

} // namespace

storage::ClassifierExample ClassifierExamples::of(const Article &article, bool isAi, const QString &categoryKey,
                                                  storage::ClassifierExample::Origin origin)
{
    storage::ClassifierExample e;
    e.articleId = article.id;
    e.title = article.item.title;
    e.text = (article.item.summary.isEmpty() ? article.item.content : article.item.summary).left(kMaxText);
    e.isAi = isAi;
    e.categoryKey = isAi ? categoryKey : QString();
    e.origin = origin;
    e.createdAt = QDateTime::currentMSecsSinceEpoch();
    return e;
}

digest::LabelledExample ClassifierExamples::labelled(const storage::ClassifierExample &example)
{
    return {example.title, example.text, example.isAi, example.categoryKey};
}

bool ClassifierExamples::recordLlmVerdicts(QSqlDatabase &db, const QList<digest::ClassifiedArticle> &verdicts,
                                           QString *error)
{
    storage::ArticleStore articles(db, QTimeZone::utc());
    storage::CategoryStore categories(db);
    QHash<qint64, QString> keyById;
    for (const Category &c : categories.all())
        keyById.insert(c.id, c.key);
    QList<storage::ClassifierExample> examples;
    for (const digest::ClassifiedArticle &c : verdicts) {
        const Article article = articles.article(c.articleId);
        const QString key =
            c.verdict.categoryKey.isEmpty() ? keyById.value(c.verdict.categoryId) : c.verdict.categoryKey;
        if (article.id == 0 || (c.verdict.isAi && key.isEmpty()))
            continue;
        examples.append(of(article, c.verdict.isAi, key, storage::ClassifierExample::Origin::Llm));
    }
    storage::ClassifierExampleStore store(db);
    if (!store.add(examples)) {
        if (error)
            *error = store.lastError();
        return false;
    }
    return true;
}

} // namespace service
