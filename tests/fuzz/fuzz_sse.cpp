// SseParser: the events must not depend on where the stream was cut.
#include "FuzzInput.h"
#include "llm/SseParser.h"

namespace {

using Events = QList<llm::SseParser::Event>;

bool same(const Events &a, const Events &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].data != b[i].data || a[i].id != b[i].id)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    llm::SseParser whole;
    Events expected = whole.feed(input);
    expected += whole.finish();
    fuzz::check(!whole.hasPendingData());

    llm::SseParser split;
    Events got;
    for (const QByteArray &chunk : fuzz::chunks(input))
        got += split.feed(chunk);
    got += split.finish();
    fuzz::check(same(expected, got));
    return 0;
}
