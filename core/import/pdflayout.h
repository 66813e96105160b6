#pragma once

#include "decodedtext.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ReportLens {

/// Turns the positioned lines of a PDF's pages into text a cleaner can trust: lines in reading
/// order (columns one after the other), page furniture marked, and every line break decided from
/// the geometry — a line that runs to the right edge of its column continues in the next one unless
/// that one is indented, set in another size, far below, or opens a numbered heading or a dateline;
/// a sentence that runs over a page or column break is joined again. Pure: no Poppler in here, so
/// every rule is tested on made-up pages.
class PdfLayout
{
public:
    struct Line
    {
        QString text;
        QRectF box; ///< In points, origin at the page's top left.
    };
    struct Page
    {
        QSizeF size; ///< In points.
        QList<Line> lines;
    };

    /// The decoded text of @p pages: one physical line per text line, with page starts, soft
    /// breaks, furniture and repairs filled in (layoutDecided is set).
    static DecodedText assemble(const QList<Page> &pages);
};

} // namespace ReportLens
