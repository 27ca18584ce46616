// html::extractArticle on raw page bytes (any charset): it never crashes,
// and what it shows keeps only the sanitiser's allow-list.
#include "FuzzInput.h"
#include "HtmlOracle.h"
#include "html/ReadabilityExtractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool keepImages = size > 0 && (data[0] & 1);
    const html::Extraction e = html::extractArticle(
        fuzz::bytes(data, size), QUrl(QStringLiteral("https://news.example.com/a/story.html")), keepImages);
    if (e.ok) {
        fuzz::check(e.wordCount > 0 && !e.text.isEmpty());
        fuzz::checkSanitized(e.html);
    } else {
        fuzz::check(!e.error.isEmpty());
    }
    return 0;
}
