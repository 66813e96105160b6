#pragma once

#include "report.h"

#include <QStringList>

namespace ReportLens {

/// Walks over a report's outline (Section trees): the model's own helpers, so that the store, the
/// comparison and the panes need not reach into the outline parser for them.
namespace SectionTree {

/// The tree depth-first, parents before children, each without its children.
QList<Section> flatten(const QList<Section> &sections);

/// Headings (label and title) from the outermost section containing @p position down.
QStringList titlesAt(const QList<Section> &sections, qsizetype position);

} // namespace SectionTree
} // namespace ReportLens
