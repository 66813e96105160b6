#include "importpipeline.h"

#include "htmlreader.h"
#include "pdfreader.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace ReportLens {

namespace {

enum class Format { Text, Html, Pdf };

Format formatOf(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (bytes.startsWith("%PDF-") || suffix == QStringLiteral("pdf"))
        return Format::Pdf;
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm") || suffix == QStringLiteral("xhtml"))
        return Format::Html;
    const QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return Format::Html;
    return Format::Text;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Text: break;
    }
    return QStringLiteral("text");
}

int yearOf(const ReportMetadata &meta)
{
    return meta.year.isSet() ? meta.year.value : 0;
}

} // namespace

ImportPipeline::ImportPipeline(IndicatorCatalog catalog) : m_indicators(std::move(catalog)) {}

Report ImportPipeline::process(const QByteArray &bytes, const QString &fileName, const QStringList &knownRegions,
                               QString *error, bool *consultedKnownRegions) const
{
    Report report;
    const Format format = formatOf(bytes, fileName);
    DecodeResult decoded;
    switch (format) {
    case Format::Pdf: decoded = PdfReader::read(bytes); break;
    case Format::Html: decoded = HtmlReader::read(bytes); break;
    case Format::Text: decoded = TextDecoder::decode(bytes); break;
    }
    if (!decoded.ok()) {
        *error = decoded.error;
        return report;
    }
    const CleanText clean = m_cleaner.clean(decoded.decoded.text, decoded.decoded.lines);
    // A report has sentences; a few stray characters are not one.
    if (clean.text.size() < 20) {
        *error = clean.text.isEmpty() ? QStringLiteral("no text found") : QStringLiteral("too little text to be a report");
        return report;
    }
    report.sourcePath = fileName;
    report.format = formatName(format);
    report.encoding = decoded.decoded.encoding;
    report.originalText = decoded.decoded.text;
    report.cleanText = clean.text;
    report.removed = clean.removed;
    report.repairs = decoded.decoded.repairs + clean.repairs;
    for (qsizetype pageStart : decoded.decoded.pageStarts)
        report.pageStarts.append(clean.mapFromOriginal(pageStart));
    report.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(report.originalText.toUtf8(), QCryptographicHash::Sha256).toHex());

    detectMetadata(report, knownRegions, consultedKnownRegions);

    const Outline outline = m_outline.parse(report.cleanText);
    report.sections = outline.sections;
    report.glossary = outline.glossary;
    report.indicators = m_indicators.extract(report.cleanText, report.sections, yearOf(report.meta));
    return report;
}

void ImportPipeline::detectMetadata(Report &report, const QStringList &knownRegions, bool *consultedKnownRegions) const
{
    MetadataContext context;
    context.originalText = report.originalText;
    context.fileName = report.sourcePath;
    context.knownRegions = knownRegions;
    context.consultedKnownRegions = consultedKnownRegions;
    report.meta = m_metadata.detect(report.cleanText, context);
}

} // namespace ReportLens
