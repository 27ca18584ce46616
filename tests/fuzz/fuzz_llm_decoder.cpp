// One provider's response decoder (OpenAI, Anthropic or Gemini: chosen by
// DI_FUZZ_PROVIDER at build time) on a 2xx body, fed in chunks as the
// network delivers it. The text streamed through the sink must add up to
// what the answer holds.
#include "FuzzInput.h"
#include "llm/WireFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<llm::WireFormat> format = llm::createWireFormat(llm::Provider::DI_FUZZ_PROVIDER);
    QString streamed;
    const std::unique_ptr<llm::ResponseDecoder> decoder =
        format->createDecoder([&streamed](const QString &piece) { streamed += piece; });
    for (const QByteArray &chunk : fuzz::chunks(fuzz::bytes(data, size)))
        decoder->feed(chunk);
    const llm::DecodedAnswer answer = decoder->finish();
    fuzz::check(!answer.complete || answer.error.isEmpty());
    return 0;
}
