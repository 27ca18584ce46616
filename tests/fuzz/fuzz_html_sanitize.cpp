// html::sanitize on any text: the output keeps only the allow-list (checked
// by re-parsing it). The first byte picks the options.
#include "FuzzInput.h"
#include "HtmlOracle.h"
#include "html/HtmlSanitizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    html::SanitizeOptions options;
    options.keepImages = data[0] & 1;
    if (data[0] & 2)
        options.baseUrl = QUrl(QStringLiteral("https://news.example.com/a/b/story.html?x=1#frag"));
    const html::SanitizedHtml out = html::sanitize(QString::fromUtf8(fuzz::bytes(data + 1, size - 1)), options);
    fuzz::checkSanitized(out.html);
    for (const QString &url : out.imageUrls)
        fuzz::check(options.keepImages &&
                    (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))));
    return 0;
}
