#include "service/DigestService.h"

#include "service/Profile.h"
#include "storage/ArticleStore.h"
#include "storage/CategoryStore.h"
#include "storage/SummaryStore.h"

#include <QHash>

namespace service {

Digest DigestReader::load(Profile &profile, const QString &day)
{
    QSqlDatabase db = profile.database();
    Digest digest;
    digest.day = day;
    digest.language = profile.settings().string(SettingKey::OutputLanguage);

    const QList<Article> articles = storage::ArticleStore(db, profile.timeZone()).articlesForDay(day);
    QHash<qint64, SectionSummary> summaries;
    for (const SectionSummary &s : storage::SummaryStore(db).forDay(day))
        summaries.insert(s.categoryId, s);

    bool anyOffline = false;
    for (const Category &c : storage::CategoryStore(db).all()) {
        DigestSection section;
        section.categoryId = c.id;
        section.categoryKey = c.key;
        section.categoryName = c.name;
        section.emoji = c.emoji;
        section.color = c.color;
        section.categoryPosition = c.position;
        for (const Article &a : articles) {
            if (!a.isAi || a.categoryId != c.id || a.origin == CategoryOrigin::None)
                continue;
            section.sources.append(DigestSource{a.id, a.item.title, a.item.url.isEmpty() ? a.item.link : a.item.url,
                                                a.sourceTitles.join(QStringLiteral(", "))});
        }
        if (section.sources.isEmpty())
            continue;
        const auto it = summaries.constFind(c.id);
        if (it != summaries.cend()) {
            section.summaryMarkdown = it->markdown;
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
    return digest;
}

} // namespace service
