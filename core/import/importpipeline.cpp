#include "importpipeline.h"

#include "htmlreader.h"
#include "officereader.h"
#include "pdfreader.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace ReportLens {

namespace {

/// Which reader a file goes to, and its format's name for the report. Office documents are known
/// by their content first (a .doc is often a renamed .docx, or RTF); their reader names them.
struct SourceFormat
{
    enum class Reader { Text, Html, Pdf, Office } reader = Reader::Text;
    QString name = QStringLiteral("text");
};

SourceFormat formatOf(const QByteArray &bytes, const QString &fileName)
{
    using Reader = SourceFormat::Reader;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (bytes.startsWith("%PDF-"))
        return {Reader::Pdf, QStringLiteral("pdf")};
    if (const std::optional<OfficeReader::Format> office = OfficeReader::detect(bytes, fileName))
        return {Reader::Office, OfficeReader::formatName(*office)};
    if (suffix == QStringLiteral("pdf"))
        return {Reader::Pdf, QStringLiteral("pdf")};
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm") || suffix == QStringLiteral("xhtml"))
        return {Reader::Html, QStringLiteral("html")};
    const QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return {Reader::Html, QStringLiteral("html")};
    return {};
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
    const SourceFormat format = formatOf(bytes, fileName);
    DecodeResult decoded;
    switch (format.reader) {
    case SourceFormat::Reader::Pdf: decoded = PdfReader::read(bytes); break;
    case SourceFormat::Reader::Html: decoded = HtmlReader::read(bytes); break;
    case SourceFormat::Reader::Text: decoded = TextDecoder::decode(bytes); break;
    case SourceFormat::Reader::Office: decoded = OfficeReader::read(bytes, fileName); break;
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
    report.format = format.name;
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
