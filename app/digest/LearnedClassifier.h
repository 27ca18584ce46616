#pragma once

#include "digest/LinearModel.h"
#include "digest/Verdict.h"
#include "model/Category.h"

#include <QByteArray>
#include <QList>

namespace digest {

// One labelled article for training: categoryKey empty when not about AI.
struct LabelledExample
{
    QString title;
    QString text;
    bool isAi = false;
    QString categoryKey;
};

// The learned local classifier (issue 11): two LinearModel heads over
// TextFeatures, one for "about AI?" and one for the category of an AI
// article. Its verdict carries a probability and, as the reason, the
// features that weighed most.
class LearnedClassifier
{
public:
    LearnedClassifier() = default;

    // Trains both heads from scratch (reproducible: same data, same bytes).
    static LearnedClassifier train(const QList<LabelledExample> &examples, const QStringList &categoryKeys,
                                   const LinearModel::Options &options = {});

    bool isEmpty() const { return m_category.isEmpty(); }
    // categoryId stays 0: the caller maps categoryKey to its category.
    Verdict classify(const QString &title, const QString &text) const;
    // The category head alone, for an article known to be about AI.
    Verdict classifyCategory(const QString &title, const QString &text) const;
    // One correction or LLM verdict, learnt at once.
    void learn(const LabelledExample &example, double rate = 1.0);

    QByteArray save() const;
    static bool load(const QByteArray &bytes, LearnedClassifier *out, QString *error);

private:
    LinearModel m_gate;     // labels: "ai", "not-ai"
    LinearModel m_category; // labels: category keys
};

} // namespace digest
