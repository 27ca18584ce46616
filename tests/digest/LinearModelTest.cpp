// The learned classifier's building blocks (issue 11): features, training,
// one-example learning and the model file.
#include "LabelledSet.h"
#include "digest/LinearModel.h"
#include "digest/TextFeatures.h"

#include <gtest/gtest.h>

using digest::LinearModel;
using digest::SparseVector;
using digest::TextFeatures;

namespace {

struct Data
{
    QStringList labels;
    QList<SparseVector> xs;
    QList<int> ys;
};

// The category head's data: the AI articles of a labelled set.
Data categoryData(const QList<LabelledArticle> &set)
{
    Data d;
    for (const Category &c : defaultCategories())
        d.labels.append(c.key);
    for (const LabelledArticle &a : set) {
        if (!a.isAi)
            continue;
        d.xs.append(TextFeatures::extract(a.item.title, a.item.summary));
        d.ys.append(int(d.labels.indexOf(a.category)));
    }
    return d;
}

LinearModel trained(const Data &d, LinearModel::Options options = {})
{
    LinearModel m(d.labels);
    m.train(d.xs, d.ys, options);
    return m;
}

} // namespace

TEST(TextFeatures, KoreanRunsGiveBigramsAndWordsGiveCharacterGrams)
{
    const QList<QString> names = TextFeatures::names(QStringLiteral("언어모델의 Splatting"), QString());
    for (const QString &expected : {QStringLiteral("t:언어모델의"), QStringLiteral("k:언어"), QStringLiteral("k:모델"),
                                    QStringLiteral("k:델의"), QStringLiteral("w:splatting"), QStringLiteral("c:^sp"),
                                    QStringLiteral("c:ing$"), QStringLiteral("c:ttin")})
        EXPECT_TRUE(names.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("c:tting"))); // 3- and 4-grams only
    const SparseVector v = TextFeatures::extract(QStringLiteral("언어모델의 Splatting"), QStringLiteral("gaussian"));
    ASSERT_FALSE(v.index.isEmpty());
    EXPECT_TRUE(std::is_sorted(v.index.begin(), v.index.end()));
    double norm = 0;
    for (const float x : v.value)
        norm += double(x) * x;
    EXPECT_NEAR(norm, 1.0, 1e-5);
    // The hash is part of the shipped weights' format: it must never change.
    EXPECT_EQ(TextFeatures::bucket(QStringLiteral("w:model")), 229663u)
        << std::hex << TextFeatures::bucket(QStringLiteral("w:model"));
}

TEST(LinearModel, TrainingIsReproducibleByteForByte)
{
    const Data d = categoryData(loadLabelled(QStringLiteral("labelled.jsonl")));
    ASSERT_GT(d.xs.size(), 30);
    const QByteArray once = trained(d).save();
    EXPECT_EQ(trained(d).save(), once);
    LinearModel::Options other;
    other.seed = 7;
    EXPECT_NE(trained(d, other).save(), once); // the seed matters, so the check can fail
}

TEST(LinearModel, ItFitsWhatItWasTrainedOnWithConfidence)
{
    const Data d = categoryData(loadLabelled(QStringLiteral("labelled.jsonl")));
    const LinearModel m = trained(d);
    int right = 0;
    for (qsizetype i = 0; i < d.xs.size(); ++i) {
        double confidence = 0;
        right += m.predict(d.xs.at(i), &confidence) == d.ys.at(i) ? 1 : 0;
        EXPECT_GT(confidence, 1.0 / d.labels.size());
    }
    EXPECT_GE(right, int(d.xs.size()) * 95 / 100);
}

TEST(LinearModel, ACorrectionChangesTheNextPredictionOfASimilarArticle)
{
    const Data d = categoryData(loadLabelled(QStringLiteral("labelled.jsonl")));
    LinearModel m = trained(d);
    const int business = int(d.labels.indexOf(QStringLiteral("business")));
    const SparseVector corrected = TextFeatures::extract(
        QStringLiteral("Waymo expands robotaxi service to two more cities"),
        QStringLiteral("The driverless ride-hailing fleet now covers airports and downtown areas."));
    const SparseVector similar = TextFeatures::extract(
        QStringLiteral("Waymo robotaxi fleet reaches a new city"),
        QStringLiteral("Driverless rides start downtown next month."));
    ASSERT_NE(m.predict(similar), business);
    // The user files the story under business, repeatedly if it takes that.
    int steps = 0;
    while (m.predict(similar) != business && steps < 20) {
        m.learn(corrected, business, 0.5);
        ++steps;
    }
    EXPECT_EQ(m.predict(similar), business);
    EXPECT_LE(steps, 10);
}

TEST(LinearModel, TheModelFileRoundTripsAndRefusesDamage)
{
    const Data d = categoryData(loadLabelled(QStringLiteral("labelled.jsonl")));
    const LinearModel m = trained(d);
    const QByteArray bytes = m.save();
    LinearModel loaded;
    QString error;
    ASSERT_TRUE(LinearModel::load(bytes, &loaded, &error)) << error.toStdString();
    EXPECT_EQ(loaded.labels(), m.labels());
    EXPECT_EQ(loaded.save(), bytes);
    for (qsizetype i = 0; i < d.xs.size(); ++i)
        EXPECT_EQ(loaded.predict(d.xs.at(i)), m.predict(d.xs.at(i)));

    EXPECT_FALSE(LinearModel::load(bytes.left(bytes.size() / 2), &loaded, &error));
    EXPECT_FALSE(error.isEmpty());
    QByteArray flipped = bytes;
    flipped[flipped.size() - 10] = char(flipped.at(flipped.size() - 10) ^ 0x40);
    EXPECT_FALSE(LinearModel::load(flipped, &loaded, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
    EXPECT_FALSE(LinearModel::load(QByteArray("not a model at all"), &loaded, &error));
    EXPECT_FALSE(LinearModel::load(QByteArray(), &loaded, &error));
    EXPECT_EQ(loaded.labels(), m.labels()); // a failed load leaves the model as it was
}
