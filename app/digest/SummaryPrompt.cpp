#include "digest/SummaryPrompt.h"

#include "digest/BriefingStories.h"
#include "digest/PromptText.h"
#include "digest/SummaryLabels.h"
#include "digest/SummarySchema.h"

namespace digest {

namespace {

QString articleBody(const Article &article, const QList<int> &sameStory)
{
    const FeedItem &item = article.item;
    QString text = item.content.size() > item.summary.size() ? item.content : item.summary;
    text = text.left(SummaryPrompt::kMaxCharsPerArticle);
    QString body = QStringLiteral("Title: %1\n").arg(item.title.simplified());
    if (!article.sourceTitles.isEmpty())
        body += QStringLiteral("Source: %1\n").arg(article.sourceTitles.join(QLatin1String(", ")).simplified());
    if (item.published.isValid())
        body += QStringLiteral("Published: %1\n").arg(item.published.toString(Qt::ISODate));
    if (!sameStory.isEmpty()) { // one story told by several sources: each is cited
        QStringList ids;
        for (const int i : sameStory)
            ids.append(QString::number(i + 1));
        body +=
            QStringLiteral("Same story as: article %1 (cite them all together)\n").arg(ids.join(QLatin1String(", ")));
    }
    body += QStringLiteral("Text: %1").arg(text.trimmed());
    return body;
}

} // namespace

llm::Request SummaryPrompt::build(const QList<Article> &sources, const Category &category, const QString &language)
{
    QList<QList<int>> sameStory(sources.size());
    for (const QList<int> &group : storyGroups(sources)) {
        for (const int i : group) {
            for (const int j : group) {
                if (j != i)
                    sameStory[i].append(j);
            }
        }
    }
    QStringList fenced;
    for (int i = 0; i < sources.size(); ++i)
        fenced.append(fenceArticle(QString::number(i + 1), articleBody(sources.at(i), sameStory.at(i))));
    const QHash<QString, QString> values = {
        {QStringLiteral("category_name"), category.name},
        {QStringLiteral("category_description"), category.description},
        {QStringLiteral("language_name"), languageName(language)},
        {QStringLiteral("source_count"), QString::number(sources.size())},
        {QStringLiteral("articles"), fenced.join(QLatin1String("\n\n"))},
    };
    llm::Request request;
    request.system = fillTemplate(loadPromptTemplate(QStringLiteral("summary_system.txt")), values);
    request.user = fillTemplate(loadPromptTemplate(QStringLiteral("summary_user.txt")), values);
    request.schema = SummarySchema::schema();
    request.schemaName = SummarySchema::name();
    request.maxOutputTokens = 4096;
    return request;
}

} // namespace digest
