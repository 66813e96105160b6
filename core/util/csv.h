#pragma once

#include <QByteArray>
#include <QString>

namespace ReportLens::Csv {

/// One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (= + - @, tab, CR at
/// the start) is prefixed with an apostrophe; a plain number ("-13") is left as it is.
QString field(const QString &text);

/// A number as a CSV field (never neutralised: -13 is a value, not a formula).
QString number(double value);

/// CSV text as UTF-8 bytes, with a byte-order mark when @p byteOrderMark: Excel reads a CSV file as
/// UTF-8 only with it (without, Chinese shows as mojibake on Windows).
QByteArray utf8(const QString &csv, bool byteOrderMark);

} // namespace ReportLens::Csv
