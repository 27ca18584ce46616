#pragma once

#include <QList>
#include <QString>

namespace digest {

// A sparse feature vector: indexes ascending and unique, L2-normalised.
struct SparseVector
{
    QList<quint32> index;
    QList<float> value;
};

// The learned classifier's features of an article (issue 11), hashed into
// 2^kBits buckets: words of the title and of the text (title words apart),
// character 3- and 4-grams of every word with its boundaries (names and
// new terms share pieces with known ones: "splatting", "segmenter"), and
// for Korean, Chinese and Japanese the character bigrams of each run
// (compounds and particles: 언어모델의 → 언어 어모 모델 델의). Weights
// log(1 + count), then L2-normalised.
class TextFeatures
{
public:
    static constexpr int kBits = 18;
    static constexpr quint32 kDimensions = 1u << kBits;

    static SparseVector extract(const QString &title, const QString &text);

    // The named features (for explanations), in the order found: "w:word",
    // "t:word" (title), "c:^wo", "k:언어".
    static QList<QString> names(const QString &title, const QString &text);
    static quint32 bucket(const QString &name);
};

} // namespace digest
