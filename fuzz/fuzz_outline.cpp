// Fuzzes the outline parser on clean-looking text; every range must lie inside the text.
#include "fuzzsupport.h"
#include "outline/outlineparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    static const ReportLens::OutlineParser parser;
    const QString text = ReportLens::Fuzz::text(data, size);
    const ReportLens::Outline outline = parser.parse(text);
    for (const ReportLens::Section &s : ReportLens::OutlineParser::flatten(outline.sections))
        if (s.start < 0 || s.titleEnd < s.start || s.end < s.titleEnd || s.end > text.size())
            __builtin_trap();
    for (const ReportLens::GlossaryEntry &e : outline.glossary)
        if (e.start < 0 || e.end > text.size())
            __builtin_trap();
    return 0;
}
