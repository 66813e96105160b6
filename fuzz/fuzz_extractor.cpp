// Fuzzes indicator extraction over parsed outlines; ranges must lie inside the text.
#include "extract/indicatorextractor.h"
#include "fuzzsupport.h"
#include "outline/outlineparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    static const ReportLens::OutlineParser parser;
    static const ReportLens::IndicatorExtractor extractor(ReportLens::IndicatorCatalog::loadDefault());
    const QString text = ReportLens::Fuzz::text(data, size);
    const ReportLens::Outline outline = parser.parse(text);
    for (const ReportLens::Indicator &i : extractor.extract(text, outline.sections, 2021))
        if (i.numberStart < 0 || i.numberEnd > text.size() || i.sentenceStart > i.numberStart || i.sentenceEnd > text.size())
            __builtin_trap();
    return 0;
}
