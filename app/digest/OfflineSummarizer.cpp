#include "digest/OfflineSummarizer.h"

#include "digest/BriefingStories.h"
#include "digest/InputHash.h"
#include "digest/PaperAbstract.h"
#include "digest/SummaryLabels.h"
#include "digest/SummaryRenderer.h"
#include "digest/TermMatcher.h"
#include "digest/TextTools.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace digest {

namespace {

constexpr int kMaxThemes = 4;
constexpr int kConclusionSentences = 3;
constexpr int kMaxSentencesPerArticle = 8;
constexpr qsizetype kMaxEventChars = 240;
constexpr qsizetype kMaxResultChars = 320; // a result sentence with its numbers

struct Sentence
{
    QString text;
    int article = 0;
    int index = 0;
    QSet<QString> tokens;
    double rank = 0.0;
};

// Words every AI story shares say nothing about a section.
bool tooGenericForATheme(const QString &phrase, Edition::Style style)
{
    static const QSet<QString> generic{
        QStringLiteral("model"), QStringLiteral("models"), QStringLiteral("data"), QStringLiteral("new"),
        QStringLiteral("says"), QStringLiteral("company"), QStringLiteral("모델"), QStringLiteral("인공지능"),
        QStringLiteral("데이터"), QStringLiteral("기업"), QStringLiteral("발표")};
    // ... nor the words every abstract is written in.
    static const QSet<QString> abstractWords{
        QStringLiteral("paper"), QStringLiteral("propose"), QStringLiteral("proposed"), QStringLiteral("method"),
        QStringLiteral("methods"), QStringLiteral("approach"), QStringLiteral("approaches"), QStringLiteral("results"),
        QStringLiteral("result"), QStringLiteral("task"), QStringLiteral("tasks"), QStringLiteral("performance"),
        QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("based"), QStringLiteral("existing"),
        QStringLiteral("novel"), QStringLiteral("work"), QStringLiteral("experiments"), QStringLiteral("demonstrate"),
        QStringLiteral("achieve"), QStringLiteral("achieves"), QStringLiteral("state-of-the-art"),
        QStringLiteral("however"), QStringLiteral("extensive"), QStringLiteral("significantly"),
        QStringLiteral("introduce"), QStringLiteral("present"), QStringLiteral("problem"), QStringLiteral("제안"),
        QStringLiteral("방법"), QStringLiteral("성능"), QStringLiteral("결과"), QStringLiteral("연구")};
    return generic.contains(phrase) || (style == Edition::Style::Papers && abstractWords.contains(phrase));
}

QString themeText(const QString &phrase, int count, const QString &language, Edition::Style style)
{
    const bool papers = style == Edition::Style::Papers;
    const QString l = language.left(2).toLower();
    if (l == QLatin1String("ko"))
        return (papers ? QStringLiteral("‘%1’ 관련 연구 (%2편)") : QStringLiteral("‘%1’ 관련 소식 (%2건)"))
            .arg(phrase)
            .arg(count);
    if (l == QLatin1String("ja"))
        return (papers ? QStringLiteral("「%1」に関する研究 (%2件)") : QStringLiteral("「%1」に関する話題 (%2件)"))
            .arg(phrase)
            .arg(count);
    const QString noun = papers ? (count == 1 ? QStringLiteral("paper") : QStringLiteral("papers"))
                                : (count == 1 ? QStringLiteral("article") : QStringLiteral("articles"));
    return QStringLiteral("%1%2 (%3 %4)").arg(phrase.left(1).toUpper(), phrase.mid(1)).arg(count).arg(noun);
}

QStringList themes(const QList<Article> &sources, const QString &language, Edition::Style style)
{
    QHash<QString, double> score;
    QHash<QString, QSet<int>> articlesOf;
    for (int i = 0; i < sources.size(); ++i) {
        QHash<QString, double> tf;
        auto add = [&tf](const QStringList &tokens, double weight) {
            for (int t = 0; t < tokens.size(); ++t) {
                if (tokens[t].isEmpty())
                    continue;
                tf[tokens[t]] += weight;
                if (t + 1 < tokens.size() && !tokens[t + 1].isEmpty())
                    tf[tokens[t] + QLatin1Char(' ') + tokens[t + 1]] += weight * 1.3;
            }
        };
        add(contentTokens(sources[i].item.title, true), 2.0);
        add(contentTokens(articleBody(sources[i]).left(2000), true), 1.0);
        for (auto it = tf.constBegin(); it != tf.constEnd(); ++it) {
            score[it.key()] += std::log(1.0 + it.value());
            articlesOf[it.key()].insert(i);
        }
    }
    // Shared by several articles = a theme of the section, not of one item.
    const double n = std::max<double>(1.0, double(sources.size()));
    QList<QPair<double, QString>> ranked;
    for (auto it = score.constBegin(); it != score.constEnd(); ++it) {
        const double df = double(articlesOf.value(it.key()).size());
        const double spread = sources.size() > 1 ? (df > 1 ? 1.0 + df / n : 0.6) : 1.0;
        ranked.append({it.value() * spread, it.key()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    // A theme is what several articles share; a phrase from one article
    // alone says less than that article's title does.
    QStringList picked;
    for (const auto &entry : ranked) {
        if (picked.size() >= kMaxThemes || sources.size() < 2)
            break;
        const QString &phrase = entry.second;
        if (articlesOf.value(phrase).size() < 2 || tooGenericForATheme(phrase, style))
            continue;
        bool overlaps = false;
        for (const QString &p : picked)
            overlaps = overlaps || p.contains(phrase) || phrase.contains(p);
        if (!overlaps)
            picked.append(phrase);
    }
    QStringList out;
    for (const QString &phrase : picked)
        out.append(themeText(phrase, int(articlesOf.value(phrase).size()), language, style));
    return out;
}

QList<Sentence> sentencesOf(const QList<Article> &sources)
{
    QList<Sentence> out;
    for (int i = 0; i < sources.size(); ++i) {
        const QStringList parts = splitSentences(articleBody(sources[i]).left(4000));
        for (int s = 0; s < parts.size() && s < kMaxSentencesPerArticle; ++s) {
            Sentence sentence;
            sentence.text = parts[s];
            sentence.article = i;
            sentence.index = s;
            const QStringList tokens = contentTokens(parts[s]);
            sentence.tokens = QSet<QString>(tokens.begin(), tokens.end());
            if (sentence.tokens.size() >= 2)
                out.append(sentence);
        }
    }
    return out;
}

// TextRank: PageRank over sentences linked by normalised word overlap.
void rank(QList<Sentence> *sentences)
{
    const qsizetype n = sentences->size();
    if (n == 0)
        return;
    QList<QList<double>> weight(n, QList<double>(n, 0.0));
    QList<double> outSum(n, 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const auto &a = (*sentences)[i].tokens;
            const auto &b = (*sentences)[j].tokens;
            const double common = double(QSet<QString>(a).intersect(b).size());
            if (common == 0.0)
                continue;
            const double w = common / (std::log(1.0 + a.size()) + std::log(1.0 + b.size()));
            weight[i][j] = weight[j][i] = w;
            outSum[i] += w;
            outSum[j] += w;
        }
    }
    QList<double> r(n, 1.0);
    for (int iteration = 0; iteration < 30; ++iteration) {
        QList<double> next(n, 0.15);
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = 0; j < n; ++j) {
                if (weight[j][i] > 0.0)
                    next[i] += 0.85 * weight[j][i] / outSum[j] * r[j];
            }
        }
        r = next;
    }
    for (qsizetype i = 0; i < n; ++i)
        (*sentences)[i].rank = r[i] + ((*sentences)[i].index == 0 ? 0.05 : 0.0); // leads a little ahead
}

QString conclusion(QList<Sentence> sentences, const QList<Article> &sources)
{
    std::stable_sort(sentences.begin(), sentences.end(),
                     [](const Sentence &a, const Sentence &b) { return a.rank > b.rank; });
    QList<Sentence> chosen;
    for (const Sentence &s : sentences) {
        if (chosen.size() >= kConclusionSentences)
            break;
        bool redundant = false;
        for (const Sentence &c : chosen) {
            const double common = double(QSet<QString>(s.tokens).intersect(c.tokens).size());
            redundant = redundant || common > 0.6 * double(std::min(s.tokens.size(), c.tokens.size()));
        }
        if (!redundant)
            chosen.append(s);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Sentence &a, const Sentence &b) {
        return a.article != b.article ? a.article < b.article : a.index < b.index;
    });
    QStringList parts;
    for (const Sentence &s : chosen)
        parts.append(clipAtWord(s.text, 300));
    if (parts.isEmpty()) {
        for (const Article &a : sources)
            parts.append(a.item.title.simplified());
        return parts.join(QStringLiteral(" / "));
    }
    return parts.join(QLatin1Char(' '));
}

// The articles that touch the economy, society or politics (by their
// title and summary), listed with their citations; a domain no article
// touches is left out rather than written as "not applicable".
QList<SummaryImpact> impacts(const QList<Article> &sources)
{
    static const QHash<QString, QStringList> vocabulary = {
        {QStringLiteral("economy"),
         {QStringLiteral("investment"), QStringLiteral("funding"), QStringLiteral("market"), QStringLiteral("revenue"),
          QStringLiteral("billion"), QStringLiteral("earnings"), QStringLiteral("valuation"), QStringLiteral("stock"),
          QStringLiteral("economy"), QStringLiteral("투자"), QStringLiteral("시장"), QStringLiteral("매출"),
          QStringLiteral("경제"), QStringLiteral("주가"), QStringLiteral("억 달러"), QStringLiteral("조 원")}},
        {QStringLiteral("society"),
         {QStringLiteral("jobs"), QStringLiteral("workers"), QStringLiteral("education"), QStringLiteral("students"),
          QStringLiteral("privacy"), QStringLiteral("public"), QStringLiteral("children"), QStringLiteral("society"),
          QStringLiteral("일자리"), QStringLiteral("교육"), QStringLiteral("사회"), QStringLiteral("개인정보"),
          QStringLiteral("학생"), QStringLiteral("시민"), QStringLiteral("노동")}},
        {QStringLiteral("politics"),
         {QStringLiteral("government"), QStringLiteral("regulation"), QStringLiteral("law"), QStringLiteral("election"),
          QStringLiteral("congress"), QStringLiteral("senate"), QStringLiteral("lawmakers"), QStringLiteral("ministry"),
          QStringLiteral("정부"), QStringLiteral("규제"), QStringLiteral("법안"), QStringLiteral("국회"),
          QStringLiteral("정책"), QStringLiteral("선거"), QStringLiteral("정치")}},
    };
    constexpr int kMaxListed = 3;
    QList<SummaryImpact> out;
    for (const QString &domain : {QStringLiteral("economy"), QStringLiteral("society"), QStringLiteral("politics")}) {
        const QStringList &terms = vocabulary.value(domain);
        SummaryImpact impact{domain, QString(), {}};
        QStringList titles;
        for (qsizetype i = 0; i < sources.size() && titles.size() < kMaxListed; ++i) {
            const QString lower = (sources[i].item.title + QLatin1Char(' ') + sources[i].item.summary).toLower();
            if (std::any_of(terms.begin(), terms.end(), [&](const QString &t) { return countTerm(lower, t) > 0; })) {
                titles.append(clipAtWord(sources[i].item.title.simplified(), 120));
                impact.citations.append(int(i) + 1);
            }
        }
        if (titles.isEmpty())
            continue;
        impact.text = titles.join(QStringLiteral(" / "));
        out.append(impact);
    }
    return out;
}

// One event per story, its first article's lead, citing every source of the story.
QList<SummaryEvent> storyEvents(const QList<Article> &sources)
{
    QList<SummaryEvent> events;
    for (const QList<int> &story : storyGroups(sources)) {
        const int i = story.first();
        const QStringList lead = splitSentences(articleBody(sources[i]).left(2000));
        QString text;
        for (const QString &s : lead) {
            if (s.size() >= 15) {
                text = s;
                break;
            }
        }
        if (text.isEmpty())
            text = sources[i].item.title.simplified();
        QList<int> citations;
        for (const int a : story)
            citations.append(a + 1);
        events.append({clipAtWord(text, kMaxEventChars), citations});
    }
    return events;
}

// One key result per paper, "<title>: <its abstract's result sentence>",
// citing it; a paper without an abstract gives its title, marked as such.
QList<SummaryEvent> keyResults(const QList<Article> &papers, const QString &language)
{
    QList<SummaryEvent> events;
    for (int i = 0; i < papers.size(); ++i) {
        const QString title = clipAtWord(papers[i].item.title.simplified(), 100);
        const QString result = keyResultSentence(papers[i].item.summary);
        const QString text = result.isEmpty()
                                 ? QStringLiteral("%1 (%2)").arg(title, titleOnlyNote(language))
                                 : QStringLiteral("%1: %2").arg(title, clipAtWord(result, kMaxResultChars));
        events.append({text, {i + 1}});
    }
    return events;
}

} // namespace

SummaryDoc OfflineSummarizer::summarize(const QList<Article> &articles, const QString &language, Edition::Style style)
{
    SummaryDoc doc;
    if (articles.isEmpty())
        return doc;
    const bool papers = style == Edition::Style::Papers;
    const QList<Article> sources = papers ? abstractsOnly(articles) : articles;
    doc.themes = themes(sources, language, style);
    for (int i = 0; doc.themes.size() < std::min<qsizetype>(kMaxThemes, 2) && i < sources.size(); ++i)
        doc.themes.append(clipAtWord(sources[i].item.title.simplified(), 120));
    doc.events = papers ? keyResults(sources, language) : storyEvents(sources);
    QList<Sentence> sentences = sentencesOf(sources);
    rank(&sentences);
    doc.conclusion = conclusion(sentences, sources);
    doc.impacts = impacts(sources);
    doc.impactsByArticle = true;
    return doc;
}

SectionSummary OfflineSummarizer::summarizeSection(const QList<Article> &sources, const Category &category,
                                                   const QString &language, Edition::Style style)
{
    SectionSummary summary;
    summary.day = sources.isEmpty() ? QString() : sources.first().day;
    summary.categoryId = category.id;
    summary.doc = summarize(sources, language, style);
    summary.markdown = SummaryRenderer::render(summary.doc, language);
    SummaryProvenance &p = summary.provenance;
    p.provider = QStringLiteral("offline");
    p.promptVersion = promptVersion(style);
    p.language = language;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.inputHash = inputHash(sources, p.provider, QString(), p.promptVersion, language);
    return summary;
}

} // namespace digest
