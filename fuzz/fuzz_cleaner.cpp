// libFuzzer target: see ReportLens::FuzzBodies::cleaner for what it checks.
#include "fuzzbodies.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReportLens::Fuzz::ensureApplication();
    if (ReportLens::FuzzBodies::cleaner(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))) != 0)
        __builtin_trap();
    return 0;
}
