#include "export/ExportStrings.h"

#include <QStringList>

namespace exporter {

namespace {

QString pick(const QString &lang, const char *ko, const char *en, const char *ja)
{
    if (lang == QLatin1String("en"))
        return QString::fromUtf8(en);
    if (lang == QLatin1String("ja"))
        return QString::fromUtf8(ja);
    return QString::fromUtf8(ko);
}

} // namespace

ExportStrings::ExportStrings(const QString &language)
{
    const QString l = language.left(2).toLower();
    m_lang = (l == QLatin1String("en") || l == QLatin1String("ja")) ? l : QStringLiteral("ko");
}

QString ExportStrings::notAiLine(int count) const
{
    if (m_lang == QLatin1String("en"))
        return count == 1 ? QStringLiteral("_1 article judged not about AI was left out._")
                          : QStringLiteral("_%1 articles judged not about AI were left out._").arg(count);
    return pick(m_lang, "_AI와 관련 없다고 판단된 기사 %1건은 제외했습니다._", "",
                "_AIと関係がないと判断された記事%1件は除外しました。_")
        .arg(count);
}

QString ExportStrings::leftOutLine(int count, const QString &reason) const
{
    QString why = reason.trimmed();
    while (why.endsWith(QLatin1Char('.')) || why.endsWith(QChar(0x3002)))
        why.chop(1);
    why = why.trimmed();
    if (m_lang == QLatin1String("en")) {
        const QString line = count == 1 ? QStringLiteral("1 article was not summarised")
                                        : QStringLiteral("%1 articles were not summarised").arg(count);
        return why.isEmpty() ? QStringLiteral("_%1._").arg(line) : QStringLiteral("_%1: %2._").arg(line, why);
    }
    if (why.isEmpty())
        return pick(m_lang, "_글 %1편은 요약하지 않았습니다._", "", "_%1件は要約しませんでした。_").arg(count);
    return pick(m_lang, "_글 %1편은 요약하지 않았습니다: %2._", "", "_%1件は要約しませんでした：%2。_")
        .arg(QString::number(count), why);
}

QString ExportStrings::offlineMarker() const
{
    return pick(m_lang, "_(오프라인 요약)_", "_(offline summary)_", "_(オフライン要約)_");
}

QString ExportStrings::offlineNote() const
{
    return pick(m_lang,
                "_오프라인 다이제스트: 언어 모델 없이 키워드 규칙으로 분류하고 기사 문장을 뽑아 요약했습니다._",
                "_Offline digest: classified by keyword rules and summarised from the articles' own sentences, without a language model._",
                "_オフラインのダイジェスト：言語モデルを使わず、キーワード規則で分類し、記事の文を抜き出して要約しました。_");
}

QString ExportStrings::summaryFailed(const QString &escapedError) const
{
    return pick(m_lang, "_요약을 만들지 못했습니다: %1_", "_The summary could not be generated: %1_",
                "_要約を作成できませんでした：%1_")
        .arg(escapedError);
}

QString ExportStrings::noSummary() const
{
    return pick(m_lang, "_요약이 아직 없습니다._", "_No summary yet._", "_要約はまだありません。_");
}

QString ExportStrings::noSections() const
{
    return pick(m_lang, "_이 날에는 AI 관련 기사가 없습니다._", "_No articles about AI on this day._",
                "_この日のAI関連記事はありません。_");
}

QString ExportStrings::linkRemoved() const
{
    return pick(m_lang, "(링크 제거됨: http/https 아님)", "(link removed: not http/https)",
                "(リンク削除: http/httpsではありません)");
}

QString ExportStrings::chartMissing() const
{
    return pick(m_lang, "차트를 그릴 수 없습니다.", "The chart could not be drawn.",
                "グラフを描画できませんでした。");
}

QString ExportStrings::sourcesHeading() const { return pick(m_lang, "출처", "Sources", "出典"); }

QString ExportStrings::summaryHeading() const { return pick(m_lang, "요약", "Summary", "要約"); }

QString ExportStrings::chartTitle(const QString &day) const
{
    return pick(m_lang, "카테고리 분포 · %1", "Category distribution · %1", "カテゴリ分布 · %1").arg(day);
}

QString ExportStrings::briefingHeading() const
{
    return pick(m_lang, "📌 오늘의 핵심", "📌 Today's briefing", "📌 今日の要点");
}

QStringList ExportStrings::allBriefingHeadings()
{
    QStringList out;
    for (const char *l : {"ko", "en", "ja"})
        out << ExportStrings(QString::fromLatin1(l)).briefingHeading();
    return out;
}

QString ExportStrings::briefingLanguage(const QString &heading)
{
    // The pin is part of it: a category of that name (its own emoji, or
    // none) stays a category. Any case, any spacing.
    const QString h = heading.simplified();
    for (const char *l : {"ko", "en", "ja"}) {
        const QString lang = QString::fromLatin1(l);
        if (ExportStrings(lang).briefingHeading().compare(h, Qt::CaseInsensitive) == 0)
            return lang;
    }
    return QString();
}

QStringList ExportStrings::allOfflineMarkers()
{
    QStringList out;
    for (const char *l : {"ko", "en", "ja"})
        out << ExportStrings(QString::fromLatin1(l)).offlineMarker();
    return out;
}

QStringList ExportStrings::allLinkRemoved()
{
    QStringList out;
    for (const char *l : {"ko", "en", "ja"})
        out << ExportStrings(QString::fromLatin1(l)).linkRemoved();
    return out;
}

} // namespace exporter
