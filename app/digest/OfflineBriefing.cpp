#include "digest/OfflineBriefing.h"

#include "digest/TextTools.h"

#include <QSet>

namespace digest {

namespace {

constexpr int kArticlesLooked = 3;
constexpr int kSentencesLooked = 4;
constexpr qsizetype kMinSentenceChars = 15;

QSet<QString> tokenSet(const QString &text)
{
    const QStringList tokens = contentTokens(text);
    return QSet<QString>(tokens.begin(), tokens.end());
}

} // namespace

int OfflineBriefing::itemCount(const QList<BriefingStory> &ranked)
{
    int count = int(std::min<qsizetype>(ranked.size(), kUsualItems));
    while (count < ranked.size() && count < Briefing::kMaxItems && ranked.at(count).sourceCount >= 2)
        ++count;
    return count;
}

QString OfflineBriefing::bestSentence(const BriefingStory &story)
{
    QSet<QString> titleWords;
    for (int i = 0; i < story.articles.size() && i < kArticlesLooked; ++i)
        titleWords.unite(tokenSet(story.articles.at(i).item.title));
    QString best;
    qsizetype bestScore = -1;
    for (int i = 0; i < story.articles.size() && i < kArticlesLooked; ++i) {
        const QSet<QString> ownTitle = tokenSet(story.articles.at(i).item.title);
        const QStringList sentences = splitSentences(articleBody(story.articles.at(i)).left(3000));
        for (int s = 0; s < sentences.size() && s < kSentencesLooked; ++s) {
            const QString &sentence = sentences.at(s);
            const QSet<QString> words = tokenSet(sentence);
            // A feed that repeats its title as the first line says nothing new.
            if (sentence.size() < kMinSentenceChars || ownTitle.contains(words))
                continue;
            const qsizetype score = QSet<QString>(words).intersect(titleWords).size() * 4 + (s == 0 ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = sentence;
            }
        }
    }
    if (best.isEmpty() && !story.articles.isEmpty())
        best = story.articles.first().item.title.simplified();
    return clipAtWord(best, kMaxChars);
}

QString OfflineBriefing::storyDayLabel(int dayNumber, const QString &language)
{
    const QString l = language.left(2).toLower();
    if (l == QLatin1String("ko"))
        return QStringLiteral("[%1일째]").arg(dayNumber);
    if (l == QLatin1String("ja"))
        return QStringLiteral("[%1日目]").arg(dayNumber);
    return QStringLiteral("[Day %1]").arg(dayNumber);
}

Briefing OfflineBriefing::build(const QList<BriefingStory> &ranked, const QString &language)
{
    Briefing briefing;
    const int count = itemCount(ranked);
    for (int i = 0; i < count; ++i) {
        const BriefingStory &story = ranked.at(i);
        BriefingItem item;
        item.text = bestSentence(story);
        if (item.text.isEmpty())
            continue;
        if (story.dayNumber > 1)
            item.text = storyDayLabel(story.dayNumber, language) + QLatin1Char(' ') + item.text;
        for (int a = 0; a < story.articles.size() && a < kMaxCitations; ++a) {
            const qint64 id = story.articles.at(a).id;
            qsizetype n = briefing.articleIds.indexOf(id);
            if (n < 0) {
                briefing.articleIds.append(id);
                n = briefing.articleIds.size() - 1;
            }
            item.citations.append(int(n + 1));
        }
        briefing.items.append(item);
    }
    if (!ranked.isEmpty() && !ranked.first().articles.isEmpty())
        briefing.day = ranked.first().articles.first().day;
    SummaryProvenance &p = briefing.provenance;
    p.provider = QStringLiteral("offline");
    p.promptVersion = promptVersion();
    p.language = language;
    p.createdAt = QDateTime::currentDateTimeUtc();
    return briefing;
}

} // namespace digest
