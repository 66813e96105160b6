#pragma once

#include "model/annotation.h"
#include "model/report.h"

class QPagedPaintDevice;
class QTextDocument;

namespace ReportLens {

/// Lays a report out for paper or PDF: headings styled, highlights in their colours, and each note
/// as a numbered endnote after the text.
namespace ReportPrinter {

/// A new document (the caller owns it) with the report, its highlights and notes.
QTextDocument *document(const Report &report, const QList<Annotation> &annotations);

/// Prints to @p device (a QPrinter for paper or PDF).
void print(const Report &report, const QList<Annotation> &annotations, QPagedPaintDevice *device);

} // namespace ReportPrinter
} // namespace ReportLens
