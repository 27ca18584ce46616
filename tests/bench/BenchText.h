#pragma once

// Random text from a small AI-news vocabulary, English and Korean, for the
// benchmarks' generated articles.

#include <QRandomGenerator>
#include <QStringList>

namespace benchtext {

inline const QStringList &vocabulary()
{
    static const QStringList words = {
        QStringLiteral("model"), QStringLiteral("agent"), QStringLiteral("transformer"),
        QStringLiteral("benchmark"), QStringLiteral("inference"), QStringLiteral("GPU"),
        QStringLiteral("startup"), QStringLiteral("funding"), QStringLiteral("robot"),
        QStringLiteral("vision"), QStringLiteral("speech"), QStringLiteral("safety"),
        QStringLiteral("언어모델"), QStringLiteral("투자"), QStringLiteral("반도체"),
        QStringLiteral("데이터"), QStringLiteral("학습"), QStringLiteral("추론")};
    return words;
}

inline QString words(QRandomGenerator &rng, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(vocabulary().at(rng.bounded(int(vocabulary().size()))));
    return out.join(u' ');
}

} // namespace benchtext
