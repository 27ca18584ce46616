#include "digest/SummaryLabels.h"

#include <QHash>

namespace digest {

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

QString normalisedLanguage(const QString &language)
{
    const QString l = language.left(2).toLower();
    if (l == QLatin1String("ko") || l == QLatin1String("ja"))
        return l;
    return QStringLiteral("en");
}

} // namespace

SummaryLabels summaryLabels(const QString &language)
{
    const QString l = normalisedLanguage(language);
    if (l == QLatin1String("ko"))
        return {u("주요 주제"), u("주요 사건"), u("영향 분석"), u("최종 요약"), u("해당 없음"),
                u("영향 분석은 LLM으로 요약할 때 제공됩니다 (오프라인 요약).")};
    if (l == QLatin1String("ja"))
        return {u("主なテーマ"), u("主な出来事"), u("影響分析"), u("最終まとめ"), u("該当なし"),
                u("影響分析はLLMによる要約で提供されます（オフライン要約）。")};
    return {u("Key themes"), u("Main events"), u("Impact analysis"), u("Final summary"), u("Not applicable"),
            u("The impact analysis comes with an LLM summary (this one was made offline).")};
}

QString titleOnlyNote(const QString &language)
{
    const QString l = normalisedLanguage(language);
    if (l == QLatin1String("ko"))
        return u("초록 없음, 제목만 있음");
    if (l == QLatin1String("ja"))
        return u("要旨なし、タイトルのみ");
    return u("title only, no abstract");
}

const QStringList &impactDomainKeys()
{
    static const QStringList keys = {
        QStringLiteral("economy"), QStringLiteral("society"), QStringLiteral("politics"),
        QStringLiteral("technology"), QStringLiteral("industry"), QStringLiteral("law"),
        QStringLiteral("security"), QStringLiteral("science"), QStringLiteral("education"),
        QStringLiteral("health"), QStringLiteral("environment")};
    return keys;
}

QString impactDomainName(const QString &domain, const QString &language)
{
    static const QHash<QString, QStringList> names = {
        // en, ko, ja
        {QStringLiteral("economy"), {u("Economy"), u("경제"), u("経済")}},
        {QStringLiteral("society"), {u("Society"), u("사회"), u("社会")}},
        {QStringLiteral("politics"), {u("Politics"), u("정치"), u("政治")}},
        {QStringLiteral("technology"), {u("Technology"), u("기술"), u("技術")}},
        {QStringLiteral("industry"), {u("Industry"), u("산업"), u("産業")}},
        {QStringLiteral("law"), {u("Law & regulation"), u("법·제도"), u("法制度")}},
        {QStringLiteral("security"), {u("Security"), u("보안"), u("セキュリティ")}},
        {QStringLiteral("science"), {u("Science"), u("과학"), u("科学")}},
        {QStringLiteral("education"), {u("Education"), u("교육"), u("教育")}},
        {QStringLiteral("health"), {u("Health"), u("보건·의료"), u("医療")}},
        {QStringLiteral("environment"), {u("Environment"), u("환경"), u("環境")}},
    };
    const auto it = names.constFind(domain.trimmed().toLower());
    if (it == names.constEnd())
        return domain;
    const QString l = normalisedLanguage(language);
    return it->at(l == QLatin1String("ko") ? 1 : l == QLatin1String("ja") ? 2 : 0);
}

bool isNotApplicable(const QString &text)
{
    QString t = text.trimmed().toLower();
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    static const QStringList markers = {u("none"), u("n/a"), u("na"), u("not applicable"),
                                        u("해당 없음"), u("해당없음"), u("없음"), u("該当なし"), u("-")};
    return t.isEmpty() || markers.contains(t);
}

QString languageName(const QString &language)
{
    const QString l = normalisedLanguage(language);
    if (l == QLatin1String("ko"))
        return u("한국어 (Korean)");
    if (l == QLatin1String("ja"))
        return u("日本語 (Japanese)");
    return u("English");
}

} // namespace digest
