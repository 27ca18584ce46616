// The learned classifier's two heads together (issue 11).
#include "LabelledSet.h"
#include "digest/LearnedClassifier.h"

#include <gtest/gtest.h>

using digest::LabelledExample;
using digest::LearnedClassifier;

namespace {

QList<LabelledExample> examples(const QList<LabelledArticle> &set)
{
    QList<LabelledExample> out;
    for (const LabelledArticle &a : set)
        out.append({a.item.title, a.item.summary, a.isAi, a.category});
    return out;
}

QStringList keys()
{
    QStringList out;
    for (const Category &c : defaultCategories())
        out.append(c.key);
    return out;
}

} // namespace

TEST(LearnedClassifier, AVerdictHasAProbabilityAndTheWordsThatWeighedMost)
{
    const auto classifier = LearnedClassifier::train(examples(loadLabelled(QStringLiteral("labelled.jsonl"))), keys());
    const digest::Verdict v = classifier.classify(QStringLiteral("Anthropic raises $2 billion in new funding round"),
                                                  QStringLiteral("Investors value the startup at $60 billion."));
    EXPECT_TRUE(v.isAi);
    EXPECT_EQ(v.categoryKey, QStringLiteral("business"));
    EXPECT_GT(v.confidence, 0.0);
    EXPECT_LE(v.confidence, 1.0);
    ASSERT_FALSE(v.evidence.isEmpty());
    for (const QString &word : v.evidence)
        EXPECT_TRUE(QStringLiteral("anthropic raises 2 billion in new funding round investors value the startup at 60")
                        .contains(word))
            << word.toStdString();
    EXPECT_TRUE(v.reason.startsWith(QStringLiteral("business")));
}

TEST(LearnedClassifier, ALearntCorrectionIsKeptAndTheFileRoundTrips)
{
    auto classifier = LearnedClassifier::train(examples(loadLabelled(QStringLiteral("labelled.jsonl"))), keys());
    const LabelledExample moved{QStringLiteral("Gaussian splatting renders city blocks in real time"),
                                QStringLiteral("A new renderer reconstructs streets from phone video."), true,
                                QStringLiteral("vision")};
    for (int i = 0; i < 10 && classifier.classify(moved.title, moved.text).categoryKey != moved.categoryKey; ++i)
        classifier.learn(moved);
    // (LinearModel.ACorrectionChangesTheNextPredictionOfASimilarArticle
    // checks a neighbour; this set of 72 is too small to generalise from.)
    EXPECT_EQ(classifier.classify(moved.title, moved.text).categoryKey, QStringLiteral("vision"));
    EXPECT_TRUE(classifier.classify(moved.title, moved.text).isAi);

    LearnedClassifier loaded;
    QString error;
    ASSERT_TRUE(LearnedClassifier::load(classifier.save(), &loaded, &error)) << error.toStdString();
    EXPECT_EQ(loaded.save(), classifier.save());
    EXPECT_FALSE(LearnedClassifier::load(classifier.save().left(100), &loaded, &error));
    EXPECT_FALSE(error.isEmpty());
}
