// DateParser: every entry point; a date that comes back is valid and UTC.
#include "FuzzInput.h"
#include "feed/DateParser.h"

namespace {

void checkUtc(const QDateTime &value)
{
    fuzz::check(!value.isValid() || value.timeSpec() == Qt::UTC);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    checkUtc(feed::DateParser::parse(text));
    checkUtc(feed::DateParser::parseRfc822(text));
    checkUtc(feed::DateParser::parseIso8601(text));
    checkUtc(feed::DateParser::parseKorean(text));
    return 0;
}
