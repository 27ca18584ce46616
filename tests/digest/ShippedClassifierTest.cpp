// Issue 11 §1: the shipped weights are the reproducible training of the
// labelled articles in resources/classifier, and the app's classifier
// (LocalClassifier) maps them onto a profile's categories.

#include "digest/LocalClassifier.h"
#include "digest/OfflineClassifier.h"
#include "digest/ShippedClassifier.h"
#include "digest/TrainingSet.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using digest::LocalClassifier;
using digest::ShippedClassifier;

namespace {

QList<Category> profileCategories(const QStringList &without = {})
{
    QList<Category> out;
    for (Category c : defaultCategories()) {
        if (without.contains(c.key))
            continue;
        c.id = out.size() + 1;
        out.append(c);
    }
    return out;
}

std::shared_ptr<const digest::LearnedClassifier> shipped()
{
    QString error;
    auto model = std::make_shared<const digest::LearnedClassifier>(ShippedClassifier::load(&error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return model;
}

FeedItem item(const QString &title, const QString &summary)
{
    FeedItem it;
    it.title = title;
    it.summary = summary;
    return it;
}

} // namespace

TEST(ShippedClassifier, WeightsAreTheTrainingOfTheShippedData)
{
    const QDir data(testpaths::fixture(QStringLiteral("../../resources/classifier")));
    QStringList files;
    for (const QString &name : data.entryList({QStringLiteral("train-*.jsonl")}, QDir::Files, QDir::Name))
        files.append(data.filePath(name));
    ASSERT_GE(files.size(), 3);
    QList<digest::LabelledExample> examples;
    QString error;
    ASSERT_TRUE(digest::TrainingSet::readAll(files, &examples, &error)) << error.toStdString();
    ASSERT_GE(examples.size(), 3000);

    QFile weights(ShippedClassifier::resourcePath());
    ASSERT_TRUE(weights.open(QIODevice::ReadOnly));
    EXPECT_TRUE(ShippedClassifier::train(examples).save() == weights.readAll())
        << "resources/data/classifier.weights is not the training of resources/classifier: run "
           "`cmake --build build --target classifier-weights`";
}

TEST(ShippedClassifier, ABrokenTrainingLineIsAnErrorWithItsPlace)
{
    const QString path = QDir::temp().filePath(QStringLiteral("di-broken-training.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"ai\": false, \"category\": \"\", \"title\": \"ok\", \"text\": \"\"}\n{\"ai\": true, \"title\": \"no category\"}\n");
    f.close();
    QList<digest::LabelledExample> examples;
    QString error;
    EXPECT_FALSE(digest::TrainingSet::read(path, &examples, &error));
    EXPECT_TRUE(error.contains(QStringLiteral(":2:"))) << error.toStdString();
    QFile::remove(path);
}

// Plain news wording ("new", "says", "report") must not decide the gate: these
// are ordinary headlines in the style of a wire service, AI and not.
TEST(LocalClassifier, PlainNewsWordsDoNotDecideTheGate)
{
    QList<digest::LabelledExample> examples;
    QString error;
    ASSERT_TRUE(digest::TrainingSet::read(testpaths::fixture(QStringLiteral("classifier/plain-news.jsonl")), &examples,
                                          &error));
    const LocalClassifier local(profileCategories(), shipped());
    int right = 0;
    for (const auto &e : examples) {
        const digest::Verdict v = local.classify(item(e.title, e.text));
        right += v.isAi == e.isAi ? 1 : 0;
        EXPECT_FALSE(v.reason.isEmpty());
    }
    EXPECT_GE(right * 10, int(examples.size()) * 9) << right << " of " << examples.size();
}

TEST(LocalClassifier, AVerdictNamesTheModelItsCertaintyAndItsWords)
{
    const LocalClassifier local(profileCategories(), shipped());
    const digest::Verdict v = local.classify(item(QStringLiteral("Anthropic raises $2 billion in new funding round"),
                                                  QStringLiteral("Investors value the AI startup at $60 billion.")));
    EXPECT_TRUE(v.isAi);
    EXPECT_EQ(v.categoryKey, QStringLiteral("business"));
    EXPECT_GT(v.categoryId, 0);
    EXPECT_GT(v.confidence, 0.0);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("local model"))) << v.reason.toStdString();
    EXPECT_TRUE(v.reason.contains(QStringLiteral("AI business insight"))) << v.reason.toStdString();
    EXPECT_FALSE(v.evidence.isEmpty());
}

TEST(LocalClassifier, ACategoryTheProfileDeletedIsNeverChosenAndLeavesNoConfidence)
{
    const auto model = shipped();
    const FeedItem llmNews = item(QStringLiteral("OpenAI ships a new chatbot model with longer context"),
                                  QStringLiteral("The large language model answers questions and writes code."));
    ASSERT_EQ(LocalClassifier(profileCategories(), model).classify(llmNews).categoryKey, QStringLiteral("llm"));

    const LocalClassifier withoutLlm(profileCategories({QStringLiteral("llm")}), model);
    const digest::Verdict v = withoutLlm.classify(llmNews);
    EXPECT_EQ(v.categoryKey, QStringLiteral("other"));
    EXPECT_DOUBLE_EQ(v.confidence, 0.0) << "so that an LLM, when there is one, decides";
}

TEST(LocalClassifier, WithoutAModelItIsTheWordListClassifier)
{
    const QList<Category> categories = profileCategories();
    const FeedItem news = item(QStringLiteral("Robot arm learns to fold laundry with reinforcement learning"),
                               QStringLiteral("The robot was trained in simulation."));
    const digest::Verdict local = LocalClassifier(categories).classify(news);
    const digest::Verdict words = digest::OfflineClassifier(categories).classify(news);
    EXPECT_EQ(local.categoryKey, words.categoryKey);
    EXPECT_EQ(local.reason, words.reason);
    EXPECT_FALSE(LocalClassifier(categories).isLearned());
}
