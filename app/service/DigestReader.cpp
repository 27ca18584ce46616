#include "service/DigestService.h"

#include "model/MarkdownInline.h"
#include "service/DaySelection.h"
#include "service/Profile.h"
#include "storage/ArticleStore.h"
#include "storage/BriefingStore.h"
#include "storage/CategoryStore.h"
#include "storage/EditionStore.h"
#include "storage/SummaryStore.h"

#include <QHash>

#include <algorithm>

namespace service {

namespace {

bool isImported(const DigestSection &section)
{
    return section.provenance.provider == QLatin1String("imported");
}

bool isImported(const SectionSummary &summary)
{
    return summary.provenance.provider == QLatin1String("imported");
}

qint64 firstArticleId(const DigestSection &section)
{
    qint64 first = 0;
    for (const DigestSource &s : section.sources)
        first = first == 0 ? s.articleId : std::min(first, s.articleId);
    return first;
}

// A digest imported from Markdown keeps the order it was written in: its
// sources in the file's order (imported articles share one time, so their
// ids give that order) and, among sections with as many sources, the file's
// section order instead of the category order.
void keepImportedOrder(QList<DigestSection> &sections)
{
    for (DigestSection &section : sections) {
        if (isImported(section))
            std::stable_sort(section.sources.begin(), section.sources.end(),
                             [](const DigestSource &a, const DigestSource &b) { return a.articleId < b.articleId; });
    }
    std::stable_sort(sections.begin(), sections.end(), [](const DigestSection &a, const DigestSection &b) {
        if (a.sources.size() != b.sources.size())
            return a.sources.size() > b.sources.size();
        const auto tieKey = [](const DigestSection &s) {
            return isImported(s) ? std::pair<int, qint64>(0, firstArticleId(s))
                                 : std::pair<int, qint64>(1, s.categoryPosition);
        };
        return tieKey(a) < tieKey(b);
    });
}

// The day's briefing and the articles its [n] cite, in citation order.
void loadBriefing(QSqlDatabase &db, const QList<Article> &articles, Digest &digest)
{
    const std::optional<Briefing> briefing = storage::BriefingStore(db, digest.edition.id).get(digest.day);
    if (!briefing)
        return;
    digest.briefing = *briefing;
    QHash<qint64, const Article *> byId;
    for (const Article &a : articles)
        byId.insert(a.id, &a);
    for (qint64 id : briefing->articleIds) {
        const Article *a = byId.value(id);
        digest.briefingSources.append(a ? DigestSource{a->id, a->item.title,
                                                       a->item.url.isEmpty() ? a->item.link : a->item.url,
                                                       a->sourceTitles.join(QStringLiteral(", "))}
                                        : DigestSource{id, QString(), QString(), QString()});
    }
}

} // namespace

Digest DigestReader::load(Profile &profile, const QString &day, qint64 edition)
{
    QSqlDatabase db = profile.database();
    Digest digest;
    digest.day = day;
    if (const Edition stored = storage::EditionStore(db).byId(edition); stored.id != 0)
        digest.edition = stored;
    digest.language = digest.edition.language.isEmpty() ? profile.settings().string(SettingKey::OutputLanguage)
                                                        : digest.edition.language;

    DaySelection chosen = selectForDigest(
        db, digest.edition, storage::ArticleStore(db, profile.timeZone(), edition).articlesForDay(day));
    const QList<Article> articles = std::move(chosen.articles);
    digest.leftOut = chosen.leftOut;
    QHash<qint64, SectionSummary> summaries;
    for (const SectionSummary &s : storage::SummaryStore(db, edition).forDay(day))
        summaries.insert(s.categoryId, s);

    // One pass over the articles, not one per category.
    QHash<qint64, QList<Article>> byCategory;
    for (const Article &a : articles) {
        if (a.isAi && a.origin != CategoryOrigin::None)
            byCategory[a.categoryId].append(a);
    }

    bool anyOffline = false;
    for (const Category &c : storage::CategoryStore(db, edition).all()) {
        DigestSection section;
        section.categoryId = c.id;
        section.categoryKey = c.key;
        section.categoryName = c.name;
        section.emoji = c.emoji;
        section.color = c.color;
        section.categoryPosition = c.position;
        for (const Article &a : byCategory.value(c.id)) {
            section.sources.append(DigestSource{a.id, a.item.title, a.item.url.isEmpty() ? a.item.link : a.item.url,
                                                a.sourceTitles.join(QStringLiteral(", "))});
        }
        if (section.sources.isEmpty())
            continue;
        const auto it = summaries.constFind(c.id);
        if (it != summaries.cend()) {
            // Imported before imports were sanitised: made safe on the way out.
            section.summaryMarkdown = isImported(*it) ? markdown::sanitizeBlock(it->markdown) : it->markdown;
            section.summaryDoc = it->doc;
            section.error = it->error;
            section.provenance = it->provenance;
            anyOffline = anyOffline || it->provenance.provider == QLatin1String("offline");
            if (!it->provenance.language.isEmpty())
                digest.language = it->provenance.language;
        }
        digest.sections.append(section);
    }
    for (const Article &a : articles)
        digest.notAiCount += (!a.isAi && a.origin != CategoryOrigin::None) ? 1 : 0;
    digest.offline = anyOffline;
    sortDigestSections(digest.sections);
    keepImportedOrder(digest.sections);
    loadBriefing(db, articles, digest);
    return digest;
}

} // namespace service
