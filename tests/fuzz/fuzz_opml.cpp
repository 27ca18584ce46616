// OpmlReader::read on raw bytes (any encoding, nested folders).
#include "FuzzInput.h"
#include "feed/Opml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const feed::OpmlResult result = feed::OpmlReader::read(fuzz::bytes(data, size));
    for (const feed::OpmlFeed &f : result.feeds)
        fuzz::check(!f.xmlUrl.isEmpty());
    return 0;
}
