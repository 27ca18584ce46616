#include "html/ReadabilityExtractor.h"

// PLACEHOLDER until the extractor lands (helper h-html).
namespace html {

Extraction extractArticle(const QByteArray &, const QUrl &, bool)
{
    Extraction e;
    e.error = QStringLiteral("not implemented");
    return e;
}

} // namespace html
