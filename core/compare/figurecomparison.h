#pragma once

#include "extract/indicatorcatalog.h"
#include "store/indicatorstore.h"

#include <optional>

namespace ReportLens {

/// Two reports' figures side by side: one row per indicator, metric and kind (in catalog order),
/// with the figure each report states (the first of its kind; a one-year figure before a span), the
/// difference in the right unit, and for targets whether the later report kept, raised or lowered it.
struct FigureChange
{
    enum class Target { NotATarget, Kept, Raised, Lowered };

    QString indicatorId;
    QString name; ///< As the reports' scope names it (国内生产总值 nationally)
    Metric metric = Metric::Level;
    FigureKind kind = FigureKind::Actual;
    QString unit; ///< The catalog unit (for the difference of levels)
    std::optional<Indicator> left, right;

    /// +12万亿元, −0.5个百分点; empty unless both reports state it.
    QString difference() const;
    /// A target in both reports: the same value (and range) is kept.
    Target target() const;
};

namespace FigureComparison {
/// The rows for the figures of two reports (IndicatorStore::rows of each).
QList<FigureChange> compare(const QList<IndicatorRow> &left, const QList<IndicatorRow> &right,
                            const IndicatorCatalog &catalog);
} // namespace FigureComparison

} // namespace ReportLens
