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
    // A user's correction: learnt step by step until the classifier agrees
    // with it with a margin (60 % in each head), or maxSteps. Returns the steps taken; -1 when the example's
    // category is not one of the model's (a deleted category).
    int learnCorrection(const LabelledExample &example, int maxSteps = 8, double rate = 1.0);

    QStringList categoryKeys() const { return m_category.labels(); }
    bool hasCategory(const QString &key) const { return m_category.labels().contains(key); }
    // A user's new category: a label with zero weights, seeded from its
    // name, description and keywords as one pseudo-article. False when the
    // model already has it or the classifier is empty.
    bool addCategory(const Category &category);
    bool removeCategory(const QString &key);
    // The pseudo-article addCategory learns from.
    static LabelledExample describing(const Category &category);

    QByteArray save() const;
    static bool load(const QByteArray &bytes, LearnedClassifier *out, QString *error);

private:
    LinearModel m_gate;     // labels: "ai", "not-ai"
    LinearModel m_category; // labels: category keys
};

} // namespace digest
