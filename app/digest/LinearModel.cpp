#include "digest/LinearModel.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <random>

namespace digest {
namespace {

constexpr quint32 kMagic = 0x44494C4D; // "DILM"
constexpr quint32 kFormat = 1;

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 14695981039346656037ull;
    for (const char c : bytes)
        h = (h ^ quint8(c)) * 1099511628211ull;
    return h;
}

void softmaxInPlace(QList<double> &z)
{
    const double top = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double &v : z) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : z)
        v /= sum;
}

} // namespace

LinearModel::LinearModel(QStringList labels)
    : m_labels(std::move(labels))
    , m_weights(size_t(TextFeatures::kDimensions) * size_t(m_labels.size()), 0.0f)
    , m_bias(size_t(m_labels.size()), 0.0f)
{
}

QList<double> LinearModel::probabilities(const SparseVector &x) const
{
    const qsizetype k = m_labels.size();
    QList<double> z(k, 0.0);
    if (k == 0)
        return z;
    for (qsizetype l = 0; l < k; ++l)
        z[l] = m_bias[size_t(l)];
    for (qsizetype i = 0; i < x.index.size(); ++i) {
        const float *w = row(x.index.at(i));
        const double v = x.value.at(i);
        for (qsizetype l = 0; l < k; ++l)
            z[l] += w[l] * v;
    }
    softmaxInPlace(z);
    return z;
}

int LinearModel::predict(const SparseVector &x, double *confidence) const
{
    const QList<double> p = probabilities(x);
    if (p.isEmpty())
        return -1;
    const auto best = std::max_element(p.begin(), p.end());
    if (confidence)
        *confidence = *best;
    return int(best - p.begin());
}

void LinearModel::learn(const SparseVector &x, int label, double rate, double l2)
{
    const qsizetype k = m_labels.size();
    if (label < 0 || label >= k)
        return;
    const QList<double> p = probabilities(x);
    for (qsizetype l = 0; l < k; ++l) {
        const double g = p.at(l) - (l == label ? 1.0 : 0.0);
        m_bias[size_t(l)] -= float(rate * g);
    }
    for (qsizetype i = 0; i < x.index.size(); ++i) {
        float *w = row(x.index.at(i));
        const double v = x.value.at(i);
        for (qsizetype l = 0; l < k; ++l) {
            const double g = (p.at(l) - (l == label ? 1.0 : 0.0)) * v + l2 * w[l];
            w[l] -= float(rate * g);
        }
    }
}

void LinearModel::resizeLabels(const QList<qsizetype> &keep)
{
    const size_t oldK = size_t(m_labels.size());
    const size_t newK = size_t(keep.size());
    std::vector<float> weights(size_t(TextFeatures::kDimensions) * newK, 0.0f);
    std::vector<float> bias(newK, 0.0f);
    for (size_t l = 0; l < newK; ++l) {
        if (keep.at(qsizetype(l)) >= 0)
            bias[l] = m_bias[size_t(keep.at(qsizetype(l)))];
    }
    for (size_t f = 0; f < TextFeatures::kDimensions; ++f) {
        for (size_t l = 0; l < newK; ++l) {
            const qsizetype from = keep.at(qsizetype(l));
            if (from >= 0)
                weights[f * newK + l] = m_weights[f * oldK + size_t(from)];
        }
    }
    m_weights = std::move(weights);
    m_bias = std::move(bias);
}

bool LinearModel::addLabel(const QString &label)
{
    if (label.isEmpty() || m_labels.contains(label))
        return false;
    QList<qsizetype> keep;
    double biasSum = 0;
    for (qsizetype l = 0; l < m_labels.size(); ++l) {
        keep.append(l);
        biasSum += m_bias[size_t(l)];
    }
    keep.append(-1);
    const float mean = m_labels.isEmpty() ? 0.0f : float(biasSum / double(m_labels.size()));
    resizeLabels(keep);
    m_bias.back() = mean;
    m_labels.append(label);
    return true;
}

bool LinearModel::removeLabel(const QString &label)
{
    const qsizetype gone = m_labels.indexOf(label);
    if (gone < 0)
        return false;
    QList<qsizetype> keep;
    for (qsizetype l = 0; l < m_labels.size(); ++l) {
        if (l != gone)
            keep.append(l);
    }
    resizeLabels(keep);
    m_labels.removeAt(gone);
    return true;
}

void LinearModel::train(const QList<SparseVector> &xs, const QList<int> &ys, const Options &options)
{
    const qsizetype n = std::min(xs.size(), ys.size());
    std::vector<qsizetype> order(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        order[size_t(i)] = i;
    QList<double> weights(m_labels.size(), 1.0);
    if (options.balanced && n > 0) {
        QList<qsizetype> counts(m_labels.size(), 0);
        for (qsizetype i = 0; i < n; ++i) {
            if (ys.at(i) >= 0 && ys.at(i) < counts.size())
                ++counts[ys.at(i)];
        }
        qsizetype present = 0;
        for (const qsizetype c : counts)
            present += c > 0 ? 1 : 0;
        for (qsizetype l = 0; l < counts.size(); ++l) {
            if (counts.at(l) > 0)
                weights[l] = double(n) / double(present * counts.at(l));
        }
    }
    std::mt19937 random(options.seed); // its sequence is fixed by the standard
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        // Fisher–Yates with the generator's raw output (std::shuffle's
        // algorithm is the library's choice).
        for (qsizetype i = n - 1; i > 0; --i)
            std::swap(order[size_t(i)], order[size_t(random() % quint32(i + 1))]);
        const double rate = options.rate / (1.0 + epoch / 2.0);
        for (const qsizetype i : order)
            learn(xs.at(i), ys.at(i), rate * weights.value(ys.at(i), 1.0), options.l2);
    }
}

QList<QPair<quint32, double>> LinearModel::strongest(const SparseVector &x, int label, int max) const
{
    QList<QPair<quint32, double>> out;
    if (label < 0 || label >= m_labels.size())
        return out;
    for (qsizetype i = 0; i < x.index.size(); ++i) {
        const double c = row(x.index.at(i))[label] * x.value.at(i);
        if (c > 0)
            out.append({x.index.at(i), c});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return out.mid(0, max);
}

QByteArray LinearModel::save() const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        out << m_labels;
        for (const float b : m_bias)
            out << b;
        const qsizetype k = m_labels.size();
        quint32 rows = 0;
        for (quint32 f = 0; f < TextFeatures::kDimensions && k > 0; ++f)
            rows += std::any_of(row(f), row(f) + k, [](float w) { return w != 0.0f; }) ? 1 : 0;
        out << rows;
        for (quint32 f = 0; f < TextFeatures::kDimensions && k > 0; ++f) {
            if (!std::any_of(row(f), row(f) + k, [](float w) { return w != 0.0f; }))
                continue;
            out << f;
            for (qsizetype l = 0; l < k; ++l)
                out << row(f)[l];
        }
    }
    const QByteArray packed = qCompress(payload, 6);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kMagic << kFormat << fnv1a(packed) << packed;
    return bytes;
}

bool LinearModel::load(const QByteArray &bytes, LinearModel *model, QString *error)
{
    QDataStream in(bytes);
    quint32 magic = 0, format = 0;
    quint64 checksum = 0;
    QByteArray packed;
    in >> magic >> format >> checksum >> packed;
    if (in.status() != QDataStream::Ok || magic != kMagic) {
        *error = QStringLiteral("not a classifier model file");
        return false;
    }
    if (format != kFormat) {
        *error = QStringLiteral("classifier model format %1 is not supported").arg(format);
        return false;
    }
    if (fnv1a(packed) != checksum) {
        *error = QStringLiteral("the classifier model file is damaged (checksum)");
        return false;
    }
    const QByteArray payload = qUncompress(packed);
    QDataStream p(payload);
    p.setVersion(QDataStream::Qt_6_0);
    p.setFloatingPointPrecision(QDataStream::SinglePrecision);
    QStringList labels;
    p >> labels;
    if (p.status() != QDataStream::Ok || labels.isEmpty() || labels.size() > 256) {
        *error = QStringLiteral("the classifier model file is damaged (labels)");
        return false;
    }
    LinearModel m(labels);
    for (float &b : m.m_bias)
        p >> b;
    quint32 rows = 0;
    p >> rows;
    if (rows > TextFeatures::kDimensions) {
        *error = QStringLiteral("the classifier model file is damaged (rows)");
        return false;
    }
    for (quint32 r = 0; r < rows && p.status() == QDataStream::Ok; ++r) {
        quint32 f = 0;
        p >> f;
        if (f >= TextFeatures::kDimensions) {
            *error = QStringLiteral("the classifier model file is damaged (bucket)");
            return false;
        }
        for (qsizetype l = 0; l < labels.size(); ++l)
            p >> m.row(f)[l];
    }
    if (p.status() != QDataStream::Ok || !p.atEnd()) {
        *error = QStringLiteral("the classifier model file is damaged (truncated)");
        return false;
    }
    *model = std::move(m);
    return true;
}

} // namespace digest
