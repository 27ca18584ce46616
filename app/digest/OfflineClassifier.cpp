#include "digest/OfflineClassifier.h"

#include "digest/AiVocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace digest {

namespace {

constexpr double kTitleFactor = 2.0;
constexpr int kMaxBodyHits = 3;
constexpr qsizetype kMaxBodyChars = 4000;
constexpr double kMinCategoryScore = 1.0;
// Gate: strong evidence must be present, weak words only top it up.
constexpr double kStrongTerm = 1.5;
constexpr double kWeakCap = 1.5;

QString tr(const char *text)
{
    return QCoreApplication::translate("digest::OfflineClassifier", text);
}

} // namespace

OfflineClassifier::OfflineClassifier(const QList<Category> &categories)
{
    for (const Category &category : categories) {
        Entry entry;
        entry.category = category;
        for (const QString &keyword : category.keywords) {
            const QString term = keyword.trimmed().toLower();
            if (!term.isEmpty())
                entry.terms.append({term, keywordWeight(term)});
        }
        if (isFallbackCategoryKey(category.key))
            m_otherIndex = int(m_entries.size());
        m_entries.append(entry);
    }
}

OfflineClassifier::Texts OfflineClassifier::prepare(const FeedItem &item)
{
    Texts texts;
    texts.title = item.title.toLower();
    QString body = item.summary;
    if (!item.content.isEmpty() && !item.content.startsWith(item.summary.left(80)))
        body += QLatin1Char('\n') + item.content;
    else if (!item.content.isEmpty())
        body = item.content;
    body += QLatin1Char('\n') + item.tags.join(QLatin1String(", "));
    texts.body = body.left(kMaxBodyChars).toLower();
    for (const QString &phrase : aiFalseFriends()) {
        blankTerm(&texts.title, phrase);
        blankTerm(&texts.body, phrase);
    }
    return texts;
}

OfflineClassifier::Score OfflineClassifier::scoreTerms(const Texts &texts,
                                                       const QList<WeightedTerm> &terms,
                                                       const QString &label)
{
    Score score;
    for (const WeightedTerm &term : terms) {
        const int inTitle = countTerm(texts.title, term.term);
        const int inBody = std::min(countTerm(texts.body, term.term), kMaxBodyHits);
        if (inTitle == 0 && inBody == 0)
            continue;
        score.value += term.weight * (kTitleFactor * std::min(inTitle, 2) + inBody);
        score.evidence.append(label + QLatin1Char(':') + term.term);
    }
    return score;
}

OfflineClassifier::Score OfflineClassifier::gateScore(const Texts &texts)
{
    Score strong;
    Score weak;
    for (const WeightedTerm &term : aiGateTerms()) {
        Score one = scoreTerms(texts, {term}, QStringLiteral("ai"));
        Score &target = term.weight >= kStrongTerm ? strong : weak;
        target.value += one.value;
        target.evidence += one.evidence;
    }
    Score total;
    total.evidence = strong.evidence + weak.evidence;
    total.value = strong.value > 0.0 ? strong.value + std::min(weak.value, kWeakCap)
                                     : std::min(weak.value, kWeakCap);
    return total;
}

double OfflineClassifier::aiScore(const FeedItem &item) const
{
    return gateScore(prepare(item)).value;
}

Verdict OfflineClassifier::classify(const FeedItem &item, bool assumeAi) const
{
    const Texts texts = prepare(item);
    Score gate = gateScore(texts);
    if (assumeAi)
        gate.value = std::max(gate.value, kAiGateThreshold);
    Verdict verdict;
    verdict.evidence = gate.evidence;
    if (gate.value < kAiGateThreshold) {
        verdict.isAi = false;
        verdict.confidence = 1.0 - 0.5 * gate.value / kAiGateThreshold;
        verdict.reason = gate.evidence.isEmpty()
            ? tr("Not about AI: no AI vocabulary found")
            : tr("Not about AI: only weak AI vocabulary (%1)")
                  .arg(QString::number(gate.value, 'f', 1));
        return verdict;
    }
    verdict.isAi = true;

    int best = -1;
    double bestScore = 0.0;
    double secondScore = 0.0;
    QStringList bestEvidence;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i == m_otherIndex)
            continue;
        const Score s = scoreTerms(texts, m_entries[i].terms, m_entries[i].category.key);
        if (s.value > bestScore) {
            secondScore = bestScore;
            bestScore = s.value;
            best = i;
            bestEvidence = s.evidence;
        } else if (s.value > secondScore) {
            secondScore = s.value;
        }
    }
    const double gateConfidence = std::min(1.0, 0.6 + 0.4 * (gate.value - kAiGateThreshold) / 8.0);
    if (best < 0 || bestScore < kMinCategoryScore) {
        if (m_otherIndex >= 0) {
            verdict.categoryId = m_entries[m_otherIndex].category.id;
            verdict.categoryKey = m_entries[m_otherIndex].category.key;
        }
        verdict.confidence = 0.4 * gateConfidence;
        verdict.reason = tr("About AI; no category keyword matched");
        return verdict;
    }
    const Category &category = m_entries[best].category;
    verdict.categoryId = category.id;
    verdict.categoryKey = category.key;
    const double margin = bestScore / (bestScore + secondScore);
    verdict.confidence = gateConfidence * std::min(0.95, 0.3 + 0.7 * margin * std::min(1.0, bestScore / 4.0));
    verdict.evidence += bestEvidence;
    QStringList terms;
    for (const QString &e : bestEvidence)
        terms.append(e.section(QLatin1Char(':'), 1));
    verdict.reason = tr("About AI; matched %1 for %2")
                         .arg(terms.mid(0, 4).join(QLatin1String(", ")), category.name);
    return verdict;
}

} // namespace digest
