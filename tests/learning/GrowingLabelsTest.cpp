// A user's new category grows the category head by one label (issue 11):
// the other labels keep their weights, and the file keeps the new one.
#include "LearningFixture.h"

#include "digest/LinearModel.h"

TEST(GrowingLabels, ANewLabelStartsAtZeroAndLeavesTheOthersAsTheyWere)
{
    const digest::LearnedClassifier base = learning::baseModel();
    digest::LearnedClassifier grown = base;
    Category quantum;
    quantum.key = QStringLiteral("quantum");
    quantum.name = QStringLiteral("Quantum");
    // addLabel alone (no seed): removing it again gives the same model, byte for byte.
    digest::LinearModel head(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    const digest::SparseVector x = digest::TextFeatures::extract(QStringLiteral("word"), QString());
    head.learn(x, 0, 1.0);
    const QByteArray before = head.save();
    ASSERT_TRUE(head.addLabel(QStringLiteral("c")));
    EXPECT_FALSE(head.addLabel(QStringLiteral("c")));
    EXPECT_EQ(head.labels(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(head.predict(x), 0);
    ASSERT_TRUE(head.removeLabel(QStringLiteral("c")));
    EXPECT_EQ(head.save(), before);

    // With the seed from its name and description, and through the file.
    quantum.description = QStringLiteral("Quantum computing and quantum machine learning.");
    ASSERT_TRUE(grown.addCategory(quantum));
    EXPECT_FALSE(grown.addCategory(quantum));
    EXPECT_EQ(grown.categoryKeys().last(), QStringLiteral("quantum"));
    EXPECT_EQ(grown.classifyCategory(QStringLiteral("Quantum machine learning on a quantum computer"), QString()).categoryKey,
              QStringLiteral("quantum"));
    digest::LearnedClassifier loaded;
    QString error;
    ASSERT_TRUE(digest::LearnedClassifier::load(grown.save(), &loaded, &error)) << error.toStdString();
    EXPECT_EQ(loaded.save(), grown.save());
    ASSERT_TRUE(loaded.removeCategory(QStringLiteral("quantum")));
    EXPECT_EQ(loaded.categoryKeys(), base.categoryKeys());
}
