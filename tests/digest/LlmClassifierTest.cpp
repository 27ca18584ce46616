#include "FakeLlmClient.h"
#include "LabelledSet.h"
#include "digest/LlmClassifier.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

#include <algorithm>
#include <random>

using digest::ClassifiedArticle;
using digest::LlmClassifier;

namespace {

QList<qint64> idsIn(const llm::Request &request)
{
    QList<qint64> ids;
    static const QRegularExpression re(QStringLiteral("<article id=\"(\\d+)\">"));
    auto it = re.globalMatch(request.user);
    while (it.hasNext())
        ids.append(it.next().captured(1).toLongLong());
    return ids;
}

QJsonObject answer(const QList<qint64> &ids, const std::function<QString(qint64)> &label)
{
    QJsonArray items;
    for (qint64 id : ids) {
        items.append(QJsonObject{{"id", id}, {"category", label(id)}, {"confidence", 0.9},
                                 {"reason", QStringLiteral("label for %1").arg(id)}});
    }
    return QJsonObject{{"items", items}};
}

QList<Article> articles(int count)
{
    QList<Article> out;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.id = 1000 + i;
        // Titles repeat on purpose: matching must go by id.
        a.item.title = QStringLiteral("Same title");
        a.item.summary = QStringLiteral("A new large language model from a lab. ") + QString(700, QLatin1Char('x'));
        out.append(a);
    }
    return out;
}

QHash<qint64, ClassifiedArticle> run(LlmClassifier &classifier, const QList<Article> &input, QString *error)
{
    QHash<qint64, ClassifiedArticle> out;
    QObject::connect(&classifier, &LlmClassifier::classified, [&out](const QList<ClassifiedArticle> &list) {
        for (const ClassifiedArticle &c : list) {
            EXPECT_FALSE(out.contains(c.articleId)) << "classified twice: " << c.articleId;
            out.insert(c.articleId, c);
        }
    });
    QSignalSpy finished(&classifier, &LlmClassifier::finished);
    classifier.classify(input);
    EXPECT_TRUE(finished.count() == 1 || finished.wait(2000));
    if (error && !finished.isEmpty())
        *error = finished.first().first().toString();
    return out;
}

// A label derived from the id, so a mismatch would show.
QString labelFor(qint64 id)
{
    static const QStringList keys = {"llm", "business", "research", "not_ai"};
    return keys.at(int(id % keys.size()));
}

} // namespace

TEST(LlmClassifier, BatchesOfAtMost40AndMatchesShuffledAnswersById)
{
    FakeLlmClient client([](const llm::Request &request, int) {
        QList<qint64> ids = idsIn(request);
        std::mt19937 rng(7);
        std::shuffle(ids.begin(), ids.end(), rng);
        return okResult(answer(ids, labelFor));
    });
    LlmClassifier classifier(&client, numberedCategories());
    QSignalSpy progress(&classifier, &LlmClassifier::progress);
    QString error;
    const auto out = run(classifier, articles(95), &error);
    EXPECT_TRUE(error.isEmpty());
    ASSERT_EQ(client.requests.size(), 3);
    EXPECT_EQ(idsIn(client.requests[0]).size(), 40);
    EXPECT_EQ(idsIn(client.requests[1]).size(), 40);
    EXPECT_EQ(idsIn(client.requests[2]).size(), 15);
    // the enum: category keys plus not_ai; text capped at 600 characters
    const QJsonArray enumKeys = client.requests[0]
                                      .schema.value(QStringLiteral("properties")).toObject()
                                      .value(QStringLiteral("items")).toObject()
                                      .value(QStringLiteral("items")).toObject()
                                      .value(QStringLiteral("properties")).toObject()
                                      .value(QStringLiteral("category")).toObject()
                                      .value(QStringLiteral("enum")).toArray();
    EXPECT_TRUE(enumKeys.contains(QStringLiteral("not_ai")));
    EXPECT_TRUE(enumKeys.contains(QStringLiteral("research")));
    EXPECT_FALSE(client.requests[0].user.contains(QString(601, QLatin1Char('x'))));
    ASSERT_EQ(out.size(), 95);
    const QList<Category> categories = numberedCategories();
    for (const ClassifiedArticle &c : out) {
        EXPECT_EQ(c.origin, CategoryOrigin::Llm);
        const QString want = labelFor(c.articleId);
        if (want == QLatin1String("not_ai")) {
            EXPECT_FALSE(c.verdict.isAi);
            EXPECT_EQ(c.verdict.categoryId, 0);
        } else {
            EXPECT_TRUE(c.verdict.isAi);
            EXPECT_EQ(c.verdict.categoryKey, want) << c.articleId;
            const auto it = std::find_if(categories.begin(), categories.end(), [&](const Category &k) { return k.key == want; });
            EXPECT_EQ(c.verdict.categoryId, it->id);
        }
        EXPECT_EQ(c.verdict.reason, QStringLiteral("label for %1").arg(c.articleId));
    }
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 95);
    EXPECT_EQ(progress.last().at(1).toInt(), 95);
}

TEST(LlmClassifier, MissingOrInvalidIsAskedOnceThenOffline)
{
    // First call: drop 1001, label 1002 outside the enum, add an unknown id.
    // Second call (the re-ask) again drops 1001 but answers 1002 properly.
    FakeLlmClient client([](const llm::Request &request, int call) {
        const QList<qint64> ids = idsIn(request);
        QList<qint64> keep;
        for (qint64 id : ids)
            if (id != 1001)
                keep.append(id);
        QJsonObject json = answer(keep, [call](qint64 id) {
            return id == 1002 && call == 0 ? QStringLiteral("Computer Vision (maybe)") : QStringLiteral("llm");
        });
        QJsonArray items = json["items"].toArray();
        items.append(QJsonObject{{"id", 999999}, {"category", "llm"}, {"confidence", 1}, {"reason", "x"}});
        json["items"] = items;
        return okResult(json);
    });
    LlmClassifier classifier(&client, numberedCategories());
    const auto out = run(classifier, articles(5), nullptr);
    ASSERT_EQ(client.requests.size(), 2);
    EXPECT_EQ(idsIn(client.requests[1]), (QList<qint64>{1001, 1002}));
    ASSERT_EQ(out.size(), 5);
    EXPECT_FALSE(out.contains(999999));
    EXPECT_EQ(out[1002].origin, CategoryOrigin::Llm);
    EXPECT_EQ(out[1002].verdict.categoryKey, QStringLiteral("llm"));
    EXPECT_EQ(out[1001].origin, CategoryOrigin::Offline);
    EXPECT_TRUE(out[1001].verdict.reason.contains(QLatin1String("no entry"))) << qPrintable(out[1001].verdict.reason);
    EXPECT_TRUE(out[1001].verdict.isAi); // the offline classifier read "large language model"
    EXPECT_EQ(out[1000].origin, CategoryOrigin::Llm);
}

TEST(LlmClassifier, FailedRequestFallsBackOfflineAndReportsError)
{
    FakeLlmClient client([](const llm::Request &, int) {
        llm::Result r;
        r.ok = false;
        r.error = QStringLiteral("openai: the API key was rejected");
        return r;
    });
    LlmClassifier classifier(&client, numberedCategories());
    QString error;
    const auto out = run(classifier, articles(3), &error);
    EXPECT_EQ(client.requests.size(), 1);
    EXPECT_EQ(error, QStringLiteral("openai: the API key was rejected"));
    ASSERT_EQ(out.size(), 3);
    for (const ClassifiedArticle &c : out) {
        EXPECT_EQ(c.origin, CategoryOrigin::Offline);
        EXPECT_TRUE(c.verdict.reason.contains(QLatin1String("request failed")));
    }
}
