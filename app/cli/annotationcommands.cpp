// reportlens-cli commands about annotations: add one, export them.

#include "clisupport.h"

#include "export/annotationexporter.h"
#include "util/csv.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QFileInfo>

#include <cstdio>
#include <QSaveFile>

namespace ReportLens::Cli {

namespace {

int annotateCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption color(QStringLiteral("color"), QStringLiteral("Highlight colour 1–5 (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT"));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("TAG"));
    const QCommandLineOption visibility(
        QStringLiteral("visibility"),
        QStringLiteral("In a team library, who sees it: private (you alone, the default) or team."),
        QStringLiteral("WHO"), QStringLiteral("private"));
    parser.addOptions({color, note, tag, visibility});
    if (int code = parseCommand(parser, context, QStringLiteral("ID QUOTE"),
                                QStringLiteral("Highlight the first occurrence of QUOTE in report ID."));
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    const int colour = parser.value(color).toInt();
    const QString who = parser.value(visibility);
    if (positional.size() != 2 || !ok || positional[1].isEmpty() || colour < 1 || colour > Annotation::ColorCount
        || (who != QLatin1String("private") && who != QLatin1String("team"))) {
        err() << "reportlens-cli annotate: expected ID QUOTE, --color 1–5 and --visibility private or team\n";
        return UsageError;
    }
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    const std::optional<Report> report = loadReport(library, id);
    if (!report)
        return InputFailed;
    const qsizetype at = report->cleanText.indexOf(positional[1]);
    if (at < 0) {
        err() << "reportlens-cli annotate: report " << id << " does not contain “" << positional[1] << "”\n";
        return InputFailed;
    }
    Annotation a;
    a.reportId = id;
    a.anchor = Anchor::fromRange(report->cleanText, at, at + positional[1].size());
    a.color = colour - 1;
    a.note = parser.value(note);
    a.tags = parser.values(tag);
    a.visibility = who == QLatin1String("team") ? Annotation::Visibility::Team : Annotation::Visibility::Private;
    QString error;
    const qint64 annotationId = AnnotationStore(library).insert(a, &error);
    if (annotationId == 0) {
        err() << "reportlens-cli annotate: " << error << "\n";
        return LibraryError;
    }
    out() << annotationId << "\n";
    return Success;
}

int annotationsCommand(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Only this report's annotations."),
                                    QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("markdown, csv or json (W3C Web Annotation)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write to FILE instead of standard output."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 QStringLiteral("Start CSV with a UTF-8 byte-order mark (for Excel)."));
    parser.addOptions({report, format, outFile, force, bom});
    if (int code = parseCommand(parser, context, {}, QStringLiteral("Export annotations.")); code >= 0)
        return code;
    const QString f = parser.value(format);
    if (int code = requireFormat(f, {QStringLiteral("markdown"), QStringLiteral("csv"), QStringLiteral("json")});
        code >= 0)
        return code;
    Library library;
    if (!openLibrary(library, context))
        return LibraryError;
    QList<qint64> ids;
    const qint64 reportId = parser.value(report).toLongLong();
    for (const Annotation &a : AnnotationStore(library).annotations(reportId))
        ids.append(a.id);
    const QList<AnnotationExportItem> items =
        ids.isEmpty() ? QList<AnnotationExportItem>() : AnnotationExporter::collect(library, ids);
    const QString text = f == QStringLiteral("csv") ? AnnotationExporter::toCsv(items)
        : f == QStringLiteral("json")               ? AnnotationExporter::toWebAnnotationJson(items)
                                                    : AnnotationExporter::toMarkdown(items);
    const QByteArray bytes = f == QStringLiteral("csv") ? Csv::utf8(text, parser.isSet(bom)) : text.toUtf8();
    if (!parser.isSet(outFile)) {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Success;
    }
    const QString path = parser.value(outFile);
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        err() << "reportlens-cli annotations: " << path << " exists; use --force to replace it\n";
        return InputFailed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        err() << "reportlens-cli annotations: " << path << ": " << file.errorString() << "\n";
        return InputFailed;
    }
    return Success;
}

} // namespace

QList<Command> annotationCommands()
{
    return {
        {QStringLiteral("annotate"), QStringLiteral("highlight a passage of a report"), annotateCommand},
        {QStringLiteral("annotations"), QStringLiteral("export annotations (Markdown, CSV, W3C JSON)"),
         annotationsCommand},
    };
}

} // namespace ReportLens::Cli
