#pragma once

#include "decodedtext.h"

#include <QByteArray>

namespace ReportLens {

/// Reads the text layer of a PDF with Poppler: the positioned words of every page become lines
/// with their boxes, and PdfLayout decides reading order, page furniture and paragraph breaks from
/// that geometry. Encrypted and image-only PDFs are errors.
class PdfReader
{
public:
    static DecodeResult read(const QByteArray &bytes);
};

} // namespace ReportLens
