// The local classifier's features and model (digest/TextFeatures,
// LinearModel) and the story clusterer (digest/StoryClusterer) on any feed
// text: a vector is sorted, unique, finite and normalised; a model's
// probabilities are finite and sum to one, also after learning the text;
// similarity is symmetric, within [0, 1], and a text is its own story.
#include "FuzzInput.h"
#include "digest/LinearModel.h"
#include "digest/StoryClusterer.h"
#include "digest/TextFeatures.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype cut = input.indexOf('\n');
    const QString title = QString::fromUtf8(cut < 0 ? input : input.left(cut));
    const QString text = cut < 0 ? QString() : QString::fromUtf8(input.mid(cut + 1));

    const digest::SparseVector x = digest::TextFeatures::extract(title, text);
    fuzz::check(x.index.size() == x.value.size());
    double norm = 0;
    for (qsizetype i = 0; i < x.index.size(); ++i) {
        fuzz::check(x.index.at(i) < digest::TextFeatures::kDimensions);
        fuzz::check(i == 0 || x.index.at(i - 1) < x.index.at(i));
        fuzz::check(std::isfinite(x.value.at(i)));
        norm += double(x.value.at(i)) * x.value.at(i);
    }
    fuzz::check(x.index.isEmpty() || std::fabs(norm - 1.0) < 1e-3);

    static digest::LinearModel model(QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    model.learn(x, int(size % 3), 0.5);
    double sum = 0;
    for (const double p : model.probabilities(x)) {
        fuzz::check(std::isfinite(p) && p >= 0 && p <= 1);
        sum += p;
    }
    fuzz::check(std::fabs(sum - 1.0) < 1e-6);

    const digest::StoryText one{title, text};
    const digest::StoryText two{text, title};
    const QList<digest::Shingles> day = {digest::StoryClusterer::shingles(one), digest::StoryClusterer::shingles(two)};
    const digest::StoryClusterer clusterer(day);
    const double ab = clusterer.similarity(day.at(0), day.at(1));
    fuzz::check(std::isfinite(ab) && ab >= 0 && ab <= 1 + 1e-9);
    fuzz::check(std::fabs(ab - clusterer.similarity(day.at(1), day.at(0))) < 1e-9);
    return 0;
}
