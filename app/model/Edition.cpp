#include "model/Edition.h"

namespace editions {

QString styleName(Edition::Style style)
{
    return style == Edition::Style::Papers ? QStringLiteral("papers") : QStringLiteral("news");
}

Edition::Style styleFromName(const QString &name)
{
    return name == QLatin1String("papers") ? Edition::Style::Papers : Edition::Style::News;
}

Edition news()
{
    Edition e;
    e.id = kNewsId;
    e.key = kNewsKey;
    e.name = QStringLiteral("News");
    e.titleLine = QStringLiteral("Daily Artificial Intelligence Insights : News");
    e.filePrefix = QStringLiteral("news");
    e.style = Edition::Style::News;
    e.position = 0;
    return e;
}

Edition papers()
{
    Edition e;
    e.id = 2;
    e.key = kPapersKey;
    e.name = QStringLiteral("Papers");
    e.titleLine = QStringLiteral("Daily Artificial Intelligence Insights : Papers");
    e.filePrefix = QStringLiteral("paper");
    e.style = Edition::Style::Papers;
    e.topN = kDefaultPapersTopN;
    e.position = 1;
    return e;
}

} // namespace editions
