#include "digest/TextTools.h"

#include "model/Article.h"

#include <QRegularExpression>
#include <QSet>

namespace digest {

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

QStringList splitSentences(const QString &text)
{
    static const QRegularExpression boundary(
        QStringLiteral("(?<=[.!?\\x{3002}\\x{FF01}\\x{FF1F}])[\"'\\x{201D}\\x{2019})]*\\s+|\\n+"));
    QStringList out;
    for (const QString &part : text.split(boundary, Qt::SkipEmptyParts)) {
        const QString s = part.simplified();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"the", "and", "for", "with", "that", "this", "from", "are", "was", "were", "has",
                              "have", "had", "its", "their", "they", "but", "not", "you", "your", "will", "can",
                              "said", "says", "into", "about", "more", "than", "new", "now", "also", "how", "what",
                              "why", "who", "which", "when", "one", "two", "over", "after", "before", "out", "our",
                              "been", "being", "would", "could", "should", "may", "might", "just", "like", "some",
                              "many", "most", "other", "such", "only", "all", "any", "each", "per", "via", "yet",
                              "year", "years", "week", "today", "first", "last", "his", "her", "she", "him",
                              "them", "these", "those", "there", "here", "where", "while", "under", "between",
                              "using", "use", "used", "make", "makes", "made", "get", "gets", "lets", "let",
                              "still", "even", "much", "very", "does", "did", "company", "according"})
            set.insert(QString::fromLatin1(w));
        for (const char *w : {"있다", "없다", "했다", "한다", "밝혔다", "것으로", "이번", "또한", "통해", "위해",
                              "대한", "관련", "따르면", "있는", "하는", "했다고", "것이다", "등을", "이를", "그리고",
                              "최근", "올해", "지난", "현재", "가장", "새로운", "기자", "말했다", "나타났다", "것"})
            set.insert(QString::fromUtf8(w));
        return set;
    }();
    return words;
}

QString stripParticle(const QString &word)
{
    static const QStringList particles = [] {
        QStringList list;
        for (const char *p : {"에서는", "으로는", "에게서", "까지", "부터", "에서", "으로", "에게", "보다", "처럼",
                              "이라는", "라는", "하고", "했다", "한다", "하는", "했고", "하며", "들이", "들을",
                              "들의", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도",
                              "만", "들"})
            list.append(QString::fromUtf8(p));
        return list;
    }();
    for (const QString &p : particles) {
        if (word.size() > p.size() + 1 && word.endsWith(p))
            return word.left(word.size() - p.size());
    }
    return word;
}

} // namespace

QStringList contentTokens(const QString &text, bool markGaps)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9+.\\-]*[A-Za-z0-9+]|[\\x{AC00}-\\x{D7A3}A-Za-z0-9]+"));
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        QString w = it.next().captured(0).toLower();
        bool hangul = false;
        for (QChar c : w)
            hangul = hangul || isHangul(c);
        if (hangul) {
            w = stripParticle(w);
            if (w.size() < 2 || stopWords().contains(w)) {
                if (markGaps)
                    out.append(QString());
                continue;
            }
        } else {
            if (w.size() < 3 || stopWords().contains(w) || w.front().isDigit()) {
                if (markGaps)
                    out.append(QString());
                continue;
            }
        }
        out.append(w);
    }
    return out;
}

QString articleBody(const Article &article)
{
    return article.item.summary.trimmed().isEmpty() ? article.item.content : article.item.summary;
}

QString clipAtWord(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), max - 1);
    if (cut < max / 2)
        cut = max - 1;
    return text.left(cut).trimmed() + QStringLiteral("…");
}

} // namespace digest
