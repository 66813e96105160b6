#include "importpipeline.h"

#include "htmlreader.h"
#include "officereader.h"
#include "pdfreader.h"
#include "textdecoder.h"
#include "writtenform.h"
#include "util/scriptfolding.h"

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

// The year a report's plan is for: the year it is delivered in, or the next one when it is delivered
// at the end of the year it reviews (a county's report of 25 December 2017 reviews 2017).
int planYearOf(const ReportMetadata &meta)
{
    if (!meta.year.isSet())
        return 0;
    const QDate date = meta.meetingDate.isSet() ? meta.meetingDate.value : QDate();
    return date.isValid() && date.year() == meta.year.value && date.month() >= 11 ? meta.year.value + 1
                                                                                  : meta.year.value;
}

} // namespace

ImportPipeline::ImportPipeline(IndicatorCatalog catalog)
    : m_indicators(std::move(catalog))
{ }

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
    // One text, two forms: the cleaner, metadata, outline and figures read the Simplified folding
    // of the text (one character for one, so every offset means the same place in both), and the
    // report keeps the text as written (Traditional stays Traditional).
    const QString folded = ScriptFolding::fold(decoded.decoded.text);
    const bool foldsAny = folded.constData() != decoded.decoded.text.constData();
    const CleanText clean = m_cleaner.clean(folded, decoded.decoded.lines);
    // A report has sentences; a few stray characters are not one.
    if (clean.text.size() < 20) {
        *error =
            clean.text.isEmpty() ? QStringLiteral("no text found") : QStringLiteral("too little text to be a report");
        return report;
    }
    report.sourcePath = fileName;
    report.format = format.name;
    report.encoding = decoded.decoded.encoding;
    report.originalText = decoded.decoded.text;
    report.cleanText = foldsAny ? WrittenForm::cleanAsWritten(clean, folded, decoded.decoded.text) : clean.text;
    report.script = ScriptFolding::detectScript(report.cleanText);
    report.removed = clean.removed;
    report.repairs = decoded.decoded.repairs + clean.repairs;
    for (qsizetype pageStart : decoded.decoded.pageStarts)
        report.pageStarts.append(clean.mapFromOriginal(pageStart));
    report.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(report.originalText.toUtf8(), QCryptographicHash::Sha256).toHex());

    detectMetadata(report, knownRegions, consultedKnownRegions);

    const Outline outline = m_outline.parse(clean.text);
    report.sections = outline.sections;
    report.glossary = outline.glossary;
    report.indicators = m_indicators.extract(clean.text, report.sections, planYearOf(report.meta));
    if (foldsAny) // titles, terms and sentences are shown as written
        WrittenForm(report.cleanText, clean.text).restore(report);
    if (report.script == QStringLiteral("traditional"))
        report.repairs.append({QStringLiteral("traditional"),
                               QStringLiteral("read in Traditional characters; metadata, outline, figures and search "
                                              "use a Simplified folding"),
                               int(ScriptFolding::count(report.cleanText).folding)});
    return report;
}

void ImportPipeline::detectMetadata(Report &report, const QStringList &knownRegions, bool *consultedKnownRegions) const
{
    // The detector reads the Simplified folding (as the rest of the analysis does); the title,
    // session, speaker and role are then taken back as written. The region stays Simplified: it
    // is the key the library groups reports by (see WrittenForm).
    const WrittenForm clean(report.cleanText, ScriptFolding::fold(report.cleanText));
    const WrittenForm original(report.originalText, ScriptFolding::fold(report.originalText));
    const QString baseName = QFileInfo(report.sourcePath).completeBaseName();
    const WrittenForm name(baseName, ScriptFolding::fold(baseName));
    MetadataContext context;
    context.originalText = original.folded();
    context.fileName = ScriptFolding::fold(report.sourcePath);
    context.knownRegions = knownRegions;
    context.consultedKnownRegions = consultedKnownRegions;
    report.meta = m_metadata.detect(clean.folded(), context);
    restoreMetadata(report.meta, clean, original, name);
}

QList<Indicator> ImportPipeline::extractIndicators(const Report &report) const
{
    // As at import: the figures are read from the Simplified folding, quoted as written.
    Report figures;
    const QString folded = ScriptFolding::fold(report.cleanText);
    figures.indicators = m_indicators.extract(folded, m_outline.parse(folded).sections, planYearOf(report.meta));
    if (folded.constData() != report.cleanText.constData())
        WrittenForm(report.cleanText, folded).restore(figures);
    return figures.indicators;
}

} // namespace ReportLens
