#include "logging.h"

namespace ReportLens {

Q_LOGGING_CATEGORY(lcCore, "reportlens.core")

} // namespace ReportLens
