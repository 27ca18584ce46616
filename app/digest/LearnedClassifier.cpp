#include "digest/LearnedClassifier.h"

#include <QDataStream>
#include <QIODevice>
#include <QHash>

#include <algorithm>

namespace digest {
namespace {

const QStringList &gateLabels()
{
    static const QStringList labels = {QStringLiteral("ai"), QStringLiteral("not-ai")};
    return labels;
}

// The readable features among x's strongest for `label` (names are
// recomputed from the text; buckets may collide, the first name wins).
QStringList explain(const LinearModel &model, const SparseVector &x, int label, const QString &title,
                    const QString &text)
{
    QHash<quint32, QString> words, pairs; // whole words; Korean/CJK character pairs
    for (const QString &name : TextFeatures::names(title, text)) {
        if (name.startsWith(u'w') || name.startsWith(u't'))
            words.insert(TextFeatures::bucket(name), name.mid(2));
        else if (name.startsWith(u'k'))
            pairs.insert(TextFeatures::bucket(name), name.mid(2));
    }
    const QList<QPair<quint32, double>> strongest = model.strongest(x, label, 48);
    QStringList out;
    for (const auto &[bucket, weight] : strongest) {
        const QString word = words.value(bucket);
        if (!word.isEmpty() && !out.contains(word))
            out.append(word);
        if (out.size() == 4)
            return out;
    }
    // A pair of characters reads as a word only when no whole word was
    // telling (the pair 치마 of 벤치마크 would mislead).
    for (const auto &[bucket, weight] : strongest) {
        const QString pair = pairs.value(bucket);
        if (out.size() >= 2)
            break;
        if (!pair.isEmpty() && std::none_of(out.begin(), out.end(), [&](const QString &w) { return w.contains(pair); }))
            out.append(pair);
    }
    return out;
}

} // namespace

LearnedClassifier LearnedClassifier::train(const QList<LabelledExample> &examples,
                                           const QStringList &categoryKeys,
                                           const LinearModel::Options &options)
{
    LearnedClassifier c;
    c.m_gate = LinearModel(gateLabels());
    c.m_category = LinearModel(categoryKeys);
    QList<SparseVector> gateX, categoryX;
    QList<int> gateY, categoryY;
    for (const LabelledExample &e : examples) {
        const SparseVector x = TextFeatures::extract(e.title, e.text);
        gateX.append(x);
        gateY.append(e.isAi ? 0 : 1);
        const int category = int(categoryKeys.indexOf(e.categoryKey));
        if (e.isAi && category >= 0) {
            categoryX.append(x);
            categoryY.append(category);
        }
    }
    c.m_gate.train(gateX, gateY, options);
    c.m_category.train(categoryX, categoryY, options);
    return c;
}

Verdict LearnedClassifier::classify(const QString &title, const QString &text) const
{
    Verdict v;
    if (isEmpty())
        return v;
    const SparseVector x = TextFeatures::extract(title, text);
    double gateConfidence = 0;
    v.isAi = m_gate.predict(x, &gateConfidence) == 0;
    if (!v.isAi) {
        v.confidence = gateConfidence;
        v.evidence = explain(m_gate, x, 1, title, text);
        v.reason = QStringLiteral("not about AI (%1 %)").arg(qRound(gateConfidence * 100));
        return v;
    }
    double categoryConfidence = 0;
    const int category = m_category.predict(x, &categoryConfidence);
    v.categoryKey = m_category.labels().value(category);
    v.confidence = gateConfidence * categoryConfidence;
    v.evidence = explain(m_category, x, category, title, text);
    v.reason = QStringLiteral("%1 (%2 %): %3")
                   .arg(v.categoryKey)
                   .arg(qRound(v.confidence * 100))
                   .arg(v.evidence.join(QStringLiteral(", ")));
    return v;
}

Verdict LearnedClassifier::classifyCategory(const QString &title, const QString &text) const
{
    Verdict v;
    if (isEmpty())
        return v;
    const SparseVector x = TextFeatures::extract(title, text);
    v.isAi = true;
    const int category = m_category.predict(x, &v.confidence);
    v.categoryKey = m_category.labels().value(category);
    v.evidence = explain(m_category, x, category, title, text);
    return v;
}

void LearnedClassifier::learn(const LabelledExample &example, double rate)
{
    if (isEmpty())
        return;
    const SparseVector x = TextFeatures::extract(example.title, example.text);
    m_gate.learn(x, example.isAi ? 0 : 1, rate);
    const int category = int(m_category.labels().indexOf(example.categoryKey));
    if (example.isAi && category >= 0)
        m_category.learn(x, category, rate);
}

int LearnedClassifier::learnCorrection(const LabelledExample &example, int maxSteps, double rate)
{
    if (isEmpty())
        return 0;
    const int category = int(m_category.labels().indexOf(example.categoryKey));
    if (example.isAi && category < 0)
        return -1;
    const SparseVector x = TextFeatures::extract(example.title, example.text);
    const int gateLabel = example.isAi ? 0 : 1;
    int steps = 0;
    for (; steps < maxSteps; ++steps) {
        // Right with a margin, so that a similar article follows too.
        constexpr double kTarget = 0.6;
        const bool gateRight = m_gate.probabilities(x).at(gateLabel) >= kTarget;
        const bool categoryRight = !example.isAi || m_category.probabilities(x).at(category) >= kTarget;
        if (gateRight && categoryRight)
            break;
        if (!gateRight)
            m_gate.learn(x, gateLabel, rate);
        if (!categoryRight)
            m_category.learn(x, category, rate);
    }
    return steps;
}

LabelledExample LearnedClassifier::describing(const Category &category)
{
    QStringList text{category.description};
    text += category.keywords;
    return {category.name, text.join(u' ').trimmed(), true, category.key};
}

bool LearnedClassifier::addCategory(const Category &category)
{
    if (isEmpty() || !m_category.addLabel(category.key))
        return false;
    learnCorrection(describing(category));
    return true;
}

bool LearnedClassifier::removeCategory(const QString &key)
{
    // The last label stays: a head without labels is an empty classifier.
    return m_category.labels().size() > 1 && m_category.removeLabel(key);
}

QByteArray LearnedClassifier::save() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_gate.save() << m_category.save();
    return bytes;
}

bool LearnedClassifier::load(const QByteArray &bytes, LearnedClassifier *out, QString *error)
{
    QDataStream in(bytes);
    QByteArray gate, category;
    in >> gate >> category;
    if (in.status() != QDataStream::Ok) {
        *error = QStringLiteral("the classifier model file is damaged (truncated)");
        return false;
    }
    LearnedClassifier c;
    if (!LinearModel::load(gate, &c.m_gate, error) || !LinearModel::load(category, &c.m_category, error))
        return false;
    if (c.m_gate.labels() != gateLabels()) {
        *error = QStringLiteral("the classifier model file is damaged (gate)");
        return false;
    }
    *out = std::move(c);
    return true;
}

} // namespace digest
