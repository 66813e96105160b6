// Fuzzes the number parser: numerals, units, ranges, hedges.
#include "extract/indicatorcatalog.h"
#include "extract/numberparser.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    static const ReportLens::IndicatorCatalog catalog = ReportLens::IndicatorCatalog::loadDefault();
    static const ReportLens::NumberParser parser(catalog.units, catalog.qualifiersBefore, catalog.qualifiersAfter);
    const QString text = ReportLens::Fuzz::text(data, size);
    for (const ReportLens::ParsedNumber &n : parser.findAll(text))
        if (n.start < 0 || n.end < n.start || n.end > text.size())
            __builtin_trap();
    (void)ReportLens::NumberParser::chineseValue(text.left(40));
    return 0;
}
