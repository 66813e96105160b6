#pragma once

#include <QLoggingCategory>

namespace ReportLens {

/// Messages of the core library ("reportlens.core"): turned on or off with QT_LOGGING_RULES,
/// e.g. QT_LOGGING_RULES="reportlens.core.warning=false".
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace ReportLens
