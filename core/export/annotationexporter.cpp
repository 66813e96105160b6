#include "annotationexporter.h"
#include "model/sectiontree.h"

#include "store/annotationstore.h"
#include "store/reportstore.h"
#include "util/csv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReportLens::AnnotationExporter {

namespace {

qsizetype codePoints(const QString &text, qsizetype utf16Offset)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < std::min(utf16Offset, text.size()); ++i)
        if (!text[i].isLowSurrogate())
            ++count;
    return count;
}

} // namespace

QList<AnnotationExportItem> collect(Library &library, const QList<qint64> &ids)
{
    QList<AnnotationExportItem> items;
    ReportStore reports(library);
    QHash<qint64, std::optional<Report>> cache;
    for (const Annotation &a : AnnotationStore(library).annotations()) {
        if (!ids.isEmpty() && !ids.contains(a.id))
            continue;
        if (!cache.contains(a.reportId))
            cache.insert(a.reportId, reports.load(a.reportId));
        const std::optional<Report> &report = cache[a.reportId];
        AnnotationExportItem item;
        item.annotation = a;
        if (report) {
            item.reportTitle = report->meta.title.value;
            item.region = report->meta.region.value;
            item.year = report->meta.year.isSet() ? report->meta.year.value : 0;
            item.sectionTitles = SectionTree::titlesAt(report->sections, a.anchor.start);
            item.codePointStart = codePoints(report->cleanText, a.anchor.start);
            item.codePointEnd = codePoints(report->cleanText, a.anchor.end);
        }
        items.append(item);
    }
    return items;
}

QString escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|~");
    QString out;
    for (QChar c : text) {
        if (special.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString toMarkdown(const QList<AnnotationExportItem> &items)
{
    QString out = QStringLiteral("# ReportLens annotations\n");
    QString currentReport;
    for (const AnnotationExportItem &item : items) {
        const QString report = displayTitle(item.region, item.year, item.reportTitle);
        if (report != currentReport) {
            out += QStringLiteral("\n## ") + escapeMarkdown(report) + u'\n';
            currentReport = report;
        }
        out += u'\n';
        if (!item.sectionTitles.isEmpty())
            out += QStringLiteral("*") + escapeMarkdown(item.sectionTitles.join(QStringLiteral(" › ")))
                + QStringLiteral("*\n\n");
        for (const QString &line : item.annotation.anchor.quote.split(u'\n'))
            out += QStringLiteral("> ") + escapeMarkdown(line) + u'\n';
        // A note's own line breaks stay line breaks (Markdown joins lines ending without two spaces).
        if (!item.annotation.note.isEmpty()) {
            QStringList lines;
            for (const QString &line : item.annotation.note.split(u'\n'))
                lines.append(escapeMarkdown(line));
            out += u'\n' + lines.join(QStringLiteral("  \n")) + u'\n';
        }
        if (!item.annotation.tags.isEmpty()) {
            QStringList tags;
            for (const QString &t : item.annotation.tags)
                tags.append(u'`' + QString(t).remove(u'`') + u'`');
            out += QStringLiteral("\nTags: ") + tags.join(QStringLiteral(", ")) + u'\n';
        }
        if (item.annotation.status == Annotation::Status::NeedsReview)
            out += QStringLiteral("\n**Needs review:** the report's text changed here.\n");
    }
    return out;
}

QString toCsv(const QList<AnnotationExportItem> &items)
{
    QStringList lines{QStringLiteral(
        "id,report,region,year,section,quote,note,tags,colour,status,start,end,created,author,visibility")};
    for (const AnnotationExportItem &item : items) {
        const Annotation &a = item.annotation;
        lines.append(QStringList{
            QString::number(a.id), Csv::field(item.reportTitle), Csv::field(item.region),
            item.year > 0 ? QString::number(item.year) : QString(),
            Csv::field(item.sectionTitles.join(QStringLiteral(" › "))), Csv::field(a.anchor.quote), Csv::field(a.note),
            Csv::field(a.tags.join(QStringLiteral("; "))), QString::number(a.color + 1),
            a.status == Annotation::Status::NeedsReview ? QStringLiteral("needs review") : QStringLiteral("anchored"),
            QString::number(a.anchor.start), QString::number(a.anchor.end), a.created.toString(Qt::ISODate),
            Csv::field(a.author),
            a.visibility == Annotation::Visibility::Team ? QStringLiteral("team") : QStringLiteral("private")}
                         .join(u','));
    }
    return lines.join(u'\n') + u'\n';
}

QString toWebAnnotationJson(const QList<AnnotationExportItem> &items)
{
    QJsonArray annotations;
    for (const AnnotationExportItem &item : items) {
        const Annotation &a = item.annotation;
        QJsonArray body;
        if (!a.note.isEmpty())
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("value"), a.note},
                                    {QStringLiteral("format"), QStringLiteral("text/plain")},
                                    {QStringLiteral("purpose"), QStringLiteral("commenting")}});
        for (const QString &tag : a.tags)
            body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                    {QStringLiteral("value"), tag},
                                    {QStringLiteral("purpose"), QStringLiteral("tagging")}});
        const QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                               {QStringLiteral("exact"), a.anchor.quote},
                                               {QStringLiteral("prefix"), a.anchor.prefix},
                                               {QStringLiteral("suffix"), a.anchor.suffix}},
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                               {QStringLiteral("start"), double(item.codePointStart)},
                                               {QStringLiteral("end"), double(item.codePointEnd)}}};
        QJsonObject annotation{
            {QStringLiteral("id"), QStringLiteral("urn:reportlens:annotation:%1").arg(a.id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"),
             a.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting")},
            {QStringLiteral("created"), a.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("modified"), a.updated.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("source"), QStringLiteral("urn:reportlens:report:%1").arg(a.reportId)},
                         {QStringLiteral("selector"), selectors}}}};
        if (!body.isEmpty())
            annotation.insert(QStringLiteral("body"), body);
        if (!a.author.isEmpty())
            annotation.insert(QStringLiteral("creator"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                          {QStringLiteral("nickname"), a.author}});
        annotations.append(annotation);
    }
    const QJsonObject collection{{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                                 {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
                                 {QStringLiteral("label"), QStringLiteral("ReportLens annotations")},
                                 {QStringLiteral("total"), int(annotations.size())},
                                 {QStringLiteral("first"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                              {QStringLiteral("items"), annotations}}}};
    return QString::fromUtf8(QJsonDocument(collection).toJson(QJsonDocument::Indented));
}

} // namespace ReportLens::AnnotationExporter
