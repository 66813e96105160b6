#pragma once

#include "model/annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ReportLens {

class Library;

/// An annotation with what an export says about where it is.
struct AnnotationExportItem
{
    Annotation annotation;
    QString reportTitle;
    QString region;
    int year = 0;
    QStringList sectionTitles; ///< Headings of the sections holding the annotation, outermost first.
    qsizetype codePointStart = 0; ///< W3C positions count Unicode characters, not UTF-16 units
    qsizetype codePointEnd = 0;
};

/// Exports annotations as Markdown (quote, note, tags, report, section), CSV, and W3C Web
/// Annotation JSON (TextQuoteSelector + TextPositionSelector). User text is escaped in Markdown and
/// neutralised in CSV, so an export can be opened safely anywhere.
namespace AnnotationExporter {

/// Annotations @p ids (all when empty) with their report and section, in library order.
QList<AnnotationExportItem> collect(Library &library, const QList<qint64> &ids = {});

QString toMarkdown(const QList<AnnotationExportItem> &items);
QString toCsv(const QList<AnnotationExportItem> &items);
QString toWebAnnotationJson(const QList<AnnotationExportItem> &items);

/// Escapes Markdown syntax in user text so it reads as written.
QString escapeMarkdown(const QString &text);

} // namespace AnnotationExporter
} // namespace ReportLens
