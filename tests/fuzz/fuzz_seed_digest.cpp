// SeedDigestImporter::parse on a Markdown digest file.
#include "FuzzInput.h"
#include "export/SeedDigestImporter.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const exporter::ImportedDigest digest =
        exporter::SeedDigestImporter::parse(fuzz::bytes(data, size), QStringLiteral("news_2026-11-18.md"));
    fuzz::check(!digest.ok || digest.error.isEmpty());
    // The file name is untrusted too.
    exporter::SeedDigestImporter::dayFromFileName(QString::fromUtf8(fuzz::bytes(data, std::min<size_t>(size, 256))));
    return 0;
}
