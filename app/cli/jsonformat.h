#pragma once

#include "import/importer.h"
#include "store/reportstore.h"
#include "store/searchindex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ReportLens::Json {

/// The JSON shapes of reportlens-cli output (documented in docs/CLI.md).
QJsonObject summary(const ReportSummary &report);
QJsonArray outline(const QList<Section> &sections);
QJsonArray glossary(const QList<GlossaryEntry> &entries);
QJsonObject hit(const SearchHit &hit);
/// A figure without its report: indicator, metric, kind, period, values, unit, qualifier, offsets, quote.
QJsonObject figure(const Indicator &figure);

} // namespace ReportLens::Json
