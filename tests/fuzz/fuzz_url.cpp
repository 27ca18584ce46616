// UrlCanonicalizer: any string. For a URL that QUrl accepts, the string
// fast path must agree with the QUrl path; the canonical form is a fixed
// point (two links that canonicalise alike stay alike when stored and read
// again).
#include "FuzzInput.h"
#include "feed/UrlCanonicalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using feed::UrlCanonicalizer;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QString once = UrlCanonicalizer::canonicalString(text);
    if (!text.isEmpty()) {
        const QUrl parsed(text, QUrl::TolerantMode);
        if (parsed.isValid())
            fuzz::check(once == UrlCanonicalizer::canonical(parsed).toString(QUrl::FullyEncoded));
    }
    fuzz::check(UrlCanonicalizer::canonicalString(once) == once);
    UrlCanonicalizer::isTrackingParameter(text);
    return 0;
}
