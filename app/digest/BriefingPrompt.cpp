#include "digest/BriefingPrompt.h"

#include "digest/BriefingSchema.h"
#include "digest/InputHash.h"
#include "digest/PromptText.h"
#include "digest/SummaryLabels.h"
#include "model/Briefing.h"

namespace digest {

namespace {

QString articleBody(const Article &article)
{
    const FeedItem &item = article.item;
    QString text = item.content.size() > item.summary.size() ? item.content : item.summary;
    text = text.left(BriefingPrompt::kMaxCharsPerArticle);
    QString body = QStringLiteral("Title: %1\n").arg(item.title.simplified());
    if (!article.sourceTitles.isEmpty())
        body += QStringLiteral("Source: %1\n").arg(article.sourceTitles.join(QLatin1String(", ")).simplified());
    const QDateTime when = articleTime(article);
    if (when.isValid())
        body += QStringLiteral("Published: %1\n").arg(when.toUTC().toString(Qt::ISODate));
    body += QStringLiteral("Text: %1").arg(text.trimmed());
    return body;
}

} // namespace

BriefingInput BriefingPrompt::input(const QList<BriefingStory> &ranked)
{
    BriefingInput in;
    for (int s = 0; s < ranked.size() && s < kMaxStories; ++s) {
        in.stories.append(ranked.at(s));
        const QList<Article> &articles = ranked.at(s).articles;
        for (int a = 0; a < articles.size() && a < kArticlesPerStory; ++a) {
            in.articles.append(articles.at(a));
            in.storyOf.append(s);
        }
    }
    return in;
}

int BriefingPrompt::minItems(const BriefingInput &input)
{
    return int(std::min<qsizetype>(Briefing::kMinItems, input.stories.size()));
}

int BriefingPrompt::maxItems(const BriefingInput &input)
{
    return int(std::min<qsizetype>(Briefing::kMaxItems, input.stories.size()));
}

llm::Request BriefingPrompt::build(const BriefingInput &input, const QString &language)
{
    QStringList stories;
    for (int s = 0; s < input.stories.size(); ++s) {
        QStringList ids;
        for (int i = 0; i < input.articles.size(); ++i) {
            if (input.storyOf.at(i) == s)
                ids.append(QString::number(i + 1));
        }
        const BriefingStory &story = input.stories.at(s);
        QString line =
            QStringLiteral("Story %1: covered by %2 source(s), newest %3; articles %4")
                .arg(s + 1)
                .arg(story.sourceCount)
                .arg(story.newest.isValid() ? story.newest.toUTC().toString(Qt::ISODate) : QStringLiteral("unknown"),
                     ids.join(QLatin1String(", ")));
        if (story.dayNumber > 1) // a development of a story from earlier days: the item can say "day N"
            line += QStringLiteral("; day %1 of this story (reported on %2 earlier day(s))")
                        .arg(story.dayNumber)
                        .arg(story.dayNumber - 1);
        stories.append(line);
    }
    QStringList fenced;
    for (int i = 0; i < input.articles.size(); ++i)
        fenced.append(fenceArticle(QString::number(i + 1), articleBody(input.articles.at(i))));
    const QHash<QString, QString> values = {
        {QStringLiteral("language_name"), languageName(language)},
        {QStringLiteral("story_count"), QString::number(input.stories.size())},
        {QStringLiteral("article_count"), QString::number(input.articles.size())},
        {QStringLiteral("min_items"), QString::number(minItems(input))},
        {QStringLiteral("max_items"), QString::number(maxItems(input))},
        {QStringLiteral("stories"), stories.join(QLatin1Char('\n'))},
        {QStringLiteral("articles"), fenced.join(QLatin1String("\n\n"))},
    };
    llm::Request request;
    request.system = fillTemplate(loadPromptTemplate(QStringLiteral("briefing_system.txt")), values);
    request.user = fillTemplate(loadPromptTemplate(QStringLiteral("briefing_user.txt")), values);
    request.schema = BriefingSchema::schema();
    request.schemaName = BriefingSchema::name();
    request.maxOutputTokens = 2048;
    return request;
}

QString BriefingPrompt::inputHash(const BriefingInput &input, const QString &provider, const QString &model,
                                  const QString &promptVersion, const QString &language)
{
    // The grouping and coverage go into the version field: an article that
    // gains a source, or joins another story, changes the briefing's input.
    QStringList shape{QStringLiteral("briefing"), promptVersion};
    for (int i = 0; i < input.articles.size(); ++i)
        shape.append(QStringLiteral("%1:%2:%3")
                         .arg(input.storyOf.at(i))
                         .arg(input.stories.at(input.storyOf.at(i)).sourceCount)
                         .arg(input.stories.at(input.storyOf.at(i)).dayNumber));
    return digest::inputHash(input.articles, provider, model, shape.join(QLatin1Char('|')), language);
}

} // namespace digest
