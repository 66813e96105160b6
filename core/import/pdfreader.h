#pragma once

#include "decodedtext.h"

#include <QByteArray>

namespace ReportLens {

/// Reads the text layer of a PDF with Poppler, page by page, keeping where each page starts.
/// Lines wrapped by the layout are joined into paragraphs; a paragraph never crosses a page, so
/// every offset belongs to exactly one page. Encrypted and image-only PDFs are errors.
class PdfReader
{
public:
    static DecodeResult read(const QByteArray &bytes);

    /// Joins the lines of one page's text into paragraphs (exposed for tests).
    static QString reflowPage(const QString &pageText);
};

} // namespace ReportLens
