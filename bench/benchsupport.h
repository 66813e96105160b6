#pragma once

#include <QList>

#include <algorithm>

// What the benchmark programs share.
namespace ReportLens::Bench {

/// The @p p-quantile (0–1) of @p values by nearest rank; 0 for none.
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
        ? 0
        : values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5))];
}

} // namespace ReportLens::Bench
