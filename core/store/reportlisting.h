#pragma once

#include "reportstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace ReportLens {

class Library;

/// The columns a report list can be sorted by.
enum class ReportSortKey { Region, Year, Title, Level, MeetingDate, Speaker };

/// Which reports a list shows, and in what order.
struct ReportQuery
{
    /// Shown when the region, year, title, meeting date, speaker or speaker's role contains it
    /// (ASCII letters case-insensitive; in an SQLite library, Traditional characters also find
    /// their Simplified forms, as search does); empty shows all.
    QString text;
    /// Only this region; a null string for the reports whose region is unknown.
    std::optional<QString> region;
    /// Only this year; 0 for the reports whose year is unknown.
    std::optional<int> year;
    ReportSortKey sortKey = ReportSortKey::Region;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// A region or year in the grouped list, with how many reports it holds.
struct ReportGroup
{
    QString region; ///< Null for "unknown" (in region groups).
    int year = 0; ///< 0 for "unknown" (in year groups).
    int count = 0;
};

/// The library's reports as the library pane lists them, read a page at a time: filtering,
/// sorting and grouping happen in SQL, so a view of 10,000 reports reads only what it shows.
/// Ties are broken by region, year and id, so every order is total and positions are stable.
class ReportListing
{
public:
    explicit ReportListing(Library &library);

    // A failed read sets @p error (when given) and is logged; an empty result alone means none.
    int count(const ReportQuery &query, QString *error = nullptr) const;
    /// Rows @p offset … @p offset + @p limit − 1 of the list (@p limit < 0: to the end).
    QList<ReportSummary> page(const ReportQuery &query, int offset, int limit, QString *error = nullptr) const;
    /// The rows of reports @p ids in the list, by id; reports the query does not list are left out.
    QHash<qint64, int> positions(const QList<qint64> &ids, const ReportQuery &query, QString *error = nullptr) const;

    /// The regions holding reports that match @p text: 全国 first, then by name, unknown last.
    QList<ReportGroup> regions(const QString &text, QString *error = nullptr) const;
    /// The years of @p region (null: unknown) with reports that match @p text, newest first,
    /// unknown last.
    QList<ReportGroup> years(const QString &text, const QString &region, QString *error = nullptr) const;

private:
    Library &m_library;
};

} // namespace ReportLens
