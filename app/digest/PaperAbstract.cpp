#include "digest/PaperAbstract.h"

#include "digest/TextTools.h"

#include <QRegularExpression>

#include <algorithm>

namespace digest {

namespace {

constexpr qsizetype kMinSentenceChars = 15;

// Words that announce a finding, and (weaker) words that announce a contribution.
const QStringList &resultCues()
{
    static const QStringList cues = [] {
        QStringList list;
        for (const char *c : {"we show", "we find", "we found", "we demonstrate", "we observe", "results show",
                              "experiments show", "results demonstrate", "experiments demonstrate", "results indicate",
                              "outperform", "surpass", "achiev", "improv", "state-of-the-art", "state of the art",
                              "sota", "reduc", "speedup", "speed-up", "faster", "accuracy", "gains", "boost",
                              "결과", "향상", "달성", "능가", "개선", "감소", "보였다", "입증"})
            list.append(QString::fromUtf8(c));
        return list;
    }();
    return cues;
}

const QStringList &contributionCues()
{
    static const QStringList cues = [] {
        QStringList list;
        for (const char *c : {"we propose", "we introduce", "we present", "we develop", "this paper", "this work",
                              "제안", "소개"})
            list.append(QString::fromUtf8(c));
        return list;
    }();
    return cues;
}

double cueScore(const QString &sentence)
{
    static const QRegularExpression measured(
        QStringLiteral("\\d(\\.\\d+)?\\s*(%|x\\b|\\x{00D7}|times\\b|points\\b|pp\\b|배|포인트)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString lower = sentence.toLower();
    double score = 0.0;
    for (const QString &cue : resultCues())
        score += lower.contains(cue) ? 1.0 : 0.0;
    if (measured.match(lower).hasMatch())
        score += 1.5; // a number with a unit is the clearest sign of a result
    if (score == 0.0) {
        for (const QString &cue : contributionCues())
            score = std::max(score, lower.contains(cue) ? 0.5 : 0.0);
    }
    return score;
}

} // namespace

QString paperAbstract(const Article &article)
{
    static const QRegularExpression header(
        QStringLiteral("^\\s*arXiv:\\S+\\s+Announce\\s+Type:\\s*\\S+\\s*(Abstract:\\s*)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(QStringLiteral("^\\s*Abstract:\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    const FeedItem &item = article.item;
    QString text = item.summary.trimmed().isEmpty() ? item.content : item.summary;
    text.remove(header);
    text.remove(label);
    text = text.trimmed();
    if (text.simplified().compare(item.title.simplified(), Qt::CaseInsensitive) == 0)
        return QString();
    return text;
}

QList<Article> abstractsOnly(const QList<Article> &papers)
{
    QList<Article> out = papers;
    for (Article &paper : out) {
        paper.item.summary = paperAbstract(paper);
        paper.item.content.clear();
    }
    return out;
}

QString keyResultSentence(const QString &abstract)
{
    QString best;
    double bestScore = 0.0;
    QString first;
    for (const QString &sentence : splitSentences(abstract)) {
        if (sentence.size() < kMinSentenceChars)
            continue;
        if (first.isEmpty())
            first = sentence;
        const double score = cueScore(sentence);
        if (score > bestScore) { // the earliest of equally strong sentences
            bestScore = score;
            best = sentence;
        }
    }
    return best.isEmpty() ? first : best;
}

} // namespace digest
