#include "digest/SummaryPrompt.h"

#include "digest/BriefingStories.h"
#include "digest/PaperAbstract.h"
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

QString paperBody(const Article &article)
{
    QString body = QStringLiteral("Title: %1\n").arg(article.item.title.simplified());
    if (!article.item.author.trimmed().isEmpty())
        body += QStringLiteral("Authors: %1\n").arg(article.item.author.simplified());
    const QString abstract = paperAbstract(article).left(SummaryPrompt::kMaxCharsPerAbstract);
    if (abstract.isEmpty())
        body += QStringLiteral("Abstract: NONE (this paper came with its title only: report no results for it)");
    else
        body += QStringLiteral("Abstract: %1").arg(abstract);
    return body;
}

// News: one story told by several sources is cited together.
QStringList fencedNews(const QList<Article> &sources)
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
    return fenced;
}

QStringList fencedPapers(const QList<Article> &sources)
{
    QStringList fenced;
    for (int i = 0; i < sources.size(); ++i)
        fenced.append(fenceArticle(QString::number(i + 1), paperBody(sources.at(i))));
    return fenced;
}

} // namespace

QString summaryPromptVersion(Edition::Style style)
{
    return QString::fromLatin1(style == Edition::Style::Papers ? kPapersPromptVersion : kPromptVersion);
}

llm::Request SummaryPrompt::build(const QList<Article> &sources, const Category &category, const QString &language,
                                  Edition::Style style)
{
    const bool papers = style == Edition::Style::Papers;
    const QStringList fenced = papers ? fencedPapers(sources) : fencedNews(sources);
    const QHash<QString, QString> values = {
        {QStringLiteral("category_name"), category.name},
        {QStringLiteral("category_description"), category.description},
        {QStringLiteral("language_name"), languageName(language)},
        {QStringLiteral("source_count"), QString::number(sources.size())},
        {QStringLiteral("articles"), fenced.join(QLatin1String("\n\n"))},
    };
    const QString prefix = papers ? QStringLiteral("summary_papers_") : QStringLiteral("summary_");
    llm::Request request;
    request.system = fillTemplate(loadPromptTemplate(prefix + QStringLiteral("system.txt")), values);
    request.user = fillTemplate(loadPromptTemplate(prefix + QStringLiteral("user.txt")), values);
    request.schema = SummarySchema::schema();
    request.schemaName = SummarySchema::name();
    request.maxOutputTokens = 4096;
    return request;
}

} // namespace digest
