#pragma once

#include <QList>
#include <QString>

namespace ReportLens {

/// Finds what repeats on every page of a paginated document — running headers and footers, page
/// numbers in any form (— 3 —, - 3 -, 第 3 页 共 16 页, 3/16, a bare number), a browser's date,
/// title and address lines — from position and repetition across pages, never from a list of
/// strings. Used by the PDF layout (positions known) and for plain text copied out of a PDF
/// (pages split at form feeds or at page-number lines; positions are ranks from the page edge).
class PageFurniture
{
public:
    /// One line of a page. @c top and @c bottom are fractions of the page height (0 = top edge);
    /// negative when the source has no geometry (plain text).
    struct Line
    {
        QString text;
        double top = -1;
        double bottom = -1;
    };
    using Page = QList<Line>;

    /// A line found to be furniture.
    struct Mark
    {
        int page = 0;
        int line = 0;
        QString rule; ///< "page-furniture:page-number", "…:running-header" or "…:running-footer".
    };

    /// The furniture of @p pages, in page and line order.
    static QList<Mark> find(const QList<Page> &pages);

    /// "第 3 页 共 16 页" → "第 # 页 共 # 页": every run of digits replaced by one '#', so the same
    /// line with a changing number compares equal.
    static QString masked(const QString &text);

    /// True for a line that could be a page number: a digit run with at most a few decorations
    /// around it ("— 3 —", "3/16", "第3页"), no sentence.
    static bool looksLikePageNumber(const QString &text);
};

} // namespace ReportLens
