// Fuzzes the HTML reader: charset declaration, tags, entities, dropped elements.
#include "fuzzsupport.h"
#include "import/htmlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ReportLens::HtmlReader::read(bytes);
    (void)ReportLens::HtmlReader::extractText(ReportLens::Fuzz::text(data, size));
    return 0;
}
