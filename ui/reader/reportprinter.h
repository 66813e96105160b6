#pragma once

#include "model/annotation.h"
#include "model/report.h"

class QPagedPaintDevice;
class QString;
class QTextDocument;

namespace ReportLens {

/// Lays a report out for paper or PDF: headings styled, highlights in their colours, and each note
/// as a numbered endnote after the text.
namespace ReportPrinter {

/// A new document (the caller owns it) with the report, its highlights and notes.
QTextDocument *document(const Report &report, const QList<Annotation> &annotations);

/// Prints to @p device (a QPrinter, a print preview).
void print(const Report &report, const QList<Annotation> &annotations, QPagedPaintDevice *device);

/// Writes a PDF whose text is the report's (copyable and searchable as written), titled with the
/// report's display title. False, with the reason in @p error, if it cannot be written; an existing
/// file at @p path is then left as it was.
bool exportPdf(const Report &report, const QList<Annotation> &annotations, const QString &path, QString *error);

} // namespace ReportPrinter
} // namespace ReportLens
