// Fuzzes the cleaner; every anchor must map into the clean text.
#include "clean/cleaner.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    static const ReportLens::Cleaner cleaner;
    const QString original = ReportLens::Fuzz::text(data, size);
    const ReportLens::CleanText clean = cleaner.clean(original);
    for (const auto &[cleanOffset, originalOffset] : clean.anchors)
        if (cleanOffset < 0 || cleanOffset > clean.text.size() || originalOffset < 0 || originalOffset > original.size())
            __builtin_trap();
    for (const ReportLens::RemovedRange &r : clean.removed)
        if (r.start < 0 || r.end < r.start || r.end > original.size())
            __builtin_trap();
    (void)clean.mapFromOriginal(original.size() / 2);
    return 0;
}
