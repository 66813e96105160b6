#pragma once

#include <QString>

namespace ReportLens::Csv {

/// One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (= + - @, tab, CR at
/// the start) is prefixed with an apostrophe; a plain number ("-13") is left as it is.
QString field(const QString &text);

/// A number as a CSV field (never neutralised: -13 is a value, not a formula).
QString number(double value);

} // namespace ReportLens::Csv
