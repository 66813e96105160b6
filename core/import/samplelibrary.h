#pragma once

#include "importer.h"

namespace ReportLens {

/// The sample reports bundled in resources/samples, imported into a new library so that it is
/// never empty on first start.
namespace SampleLibrary {

/// Resource paths of the bundled samples, in order.
QStringList samplePaths();

/// Imports every bundled sample into @p library (duplicates are skipped by content hash).
QList<ImportResult> importSamples(Library &library);

} // namespace SampleLibrary
} // namespace ReportLens
