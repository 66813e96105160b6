// Fuzzes charset detection and strict conversion of arbitrary bytes.
#include "fuzzsupport.h"
#include "import/textdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportLens::DecodeResult result = ReportLens::TextDecoder::decode(bytes);
    if (result.ok() && result.decoded.text.contains(QChar(0xFFFD)) && !bytes.contains("\xEF\xBF\xBD"))
        __builtin_trap(); // strict conversion must never invent replacement characters
    return 0;
}
