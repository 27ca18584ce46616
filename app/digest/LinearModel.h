#pragma once

#include "digest/TextFeatures.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

#include <vector>

namespace digest {

// Multinomial logistic regression over TextFeatures (issue 11): one weight
// per (feature bucket, label) and a bias per label. Trained by plain SGD
// in a fixed order from a fixed seed, so the same data gives the same
// weights byte for byte; one more example is one SGD step (a user's
// correction, an LLM's verdict).
class LinearModel
{
public:
    static constexpr double kDefaultL2 = 1e-5;

    struct Options
    {
        int epochs = 12;
        double rate = 0.5;    // first epoch; decays as rate / (1 + epoch / 2)
        double l2 = kDefaultL2; // on the weights an example touches
        quint32 seed = 20261206;
        // Each label's examples weigh n / (labels × n_label), so a rare
        // label (articles not about AI) is not drowned by the frequent one.
        bool balanced = true;
    };

    LinearModel() = default;
    explicit LinearModel(QStringList labels);

    const QStringList &labels() const { return m_labels; }
    bool isEmpty() const { return m_labels.isEmpty(); }

    // Softmax over the labels.
    QList<double> probabilities(const SparseVector &x) const;
    // The most probable label's index, its probability in *confidence.
    int predict(const SparseVector &x, double *confidence = nullptr) const;

    // A new label with zero weights and the mean bias (a user's new
    // category); false when it exists. Removing drops the label's weights.
    bool addLabel(const QString &label);
    bool removeLabel(const QString &label);

    void train(const QList<SparseVector> &xs, const QList<int> &ys, const Options &options);
    // One SGD step; l2 shrinks the weights the example touches.
    void learn(const SparseVector &x, int label, double rate, double l2 = kDefaultL2);

    // The buckets of x that push towards `label` most, with their share.
    QList<QPair<quint32, double>> strongest(const SparseVector &x, int label, int max) const;

    // A compact, checksummed form; load() refuses anything truncated,
    // corrupt or of another format, with the reason.
    QByteArray save() const;
    static bool load(const QByteArray &bytes, LinearModel *out, QString *error);

private:
    void resizeLabels(const QList<qsizetype> &keep); // old column per new column, -1 = zero

    float *row(quint32 bucket) { return m_weights.data() + size_t(bucket) * size_t(m_labels.size()); }
    const float *row(quint32 bucket) const
    {
        return m_weights.data() + size_t(bucket) * size_t(m_labels.size());
    }

    QStringList m_labels;
    std::vector<float> m_weights; // bucket-major: [bucket][label]
    std::vector<float> m_bias;
};

} // namespace digest
