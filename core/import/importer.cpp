#include "importer.h"

#include "htmlreader.h"
#include "pdfreader.h"
#include "store/library.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
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

ImportResult failure(const QString &path, const QString &reason)
{
    ImportResult r;
    r.path = path;
    r.status = ImportResult::Status::Failed;
    r.message = reason;
    return r;
}

int countSections(const QList<Section> &sections)
{
    int n = 0;
    for (const Section &s : sections)
        n += 1 + countSections(s.children);
    return n;
}

} // namespace

Importer::Importer(Library &library)
    : m_library(library)
    , m_indicators(IndicatorStore(library).catalog())
{
}

QStringList Importer::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("htm"),
            QStringLiteral("xhtml"), QStringLiteral("pdf")};
}

QStringList Importer::expandPaths(const QStringList &paths, QList<ImportResult> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (supportedSuffixes().contains(QFileInfo(file).suffix().toLower()))
                found.append(file);
        }
        if (found.isEmpty() && failures)
            failures->append(failure(path, QStringLiteral("the folder contains no reports (looked for .%1 files)")
                                                .arg(supportedSuffixes().join(QStringLiteral(", .")))));
        found.sort();
        files += found;
    }
    return files;
}

Report Importer::process(const QByteArray &bytes, const QString &fileName, QString *error) const
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
    const CleanText clean = m_cleaner.clean(decoded.decoded.text);
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
    for (qsizetype pageStart : decoded.decoded.pageStarts)
        report.pageStarts.append(clean.mapFromOriginal(pageStart));
    report.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(report.originalText.toUtf8(), QCryptographicHash::Sha256).toHex());

    MetadataContext context;
    context.originalText = report.originalText;
    context.fileName = fileName;
    context.knownRegions = ReportStore(m_library).regions();
    report.meta = m_metadata.detect(report.cleanText, context);

    const Outline outline = m_outline.parse(report.cleanText);
    report.sections = outline.sections;
    report.glossary = outline.glossary;
    report.indicators = m_indicators.extract(report.cleanText, report.sections,
                                             report.meta.year.isSet() ? report.meta.year.value : 0);
    return report;
}

ImportResult Importer::importBytes(const QByteArray &bytes, const QString &path)
{
    QString error;
    Report report = process(bytes, path, &error);
    if (!error.isEmpty())
        return failure(path, error);

    ReportStore store(m_library);
    ImportResult result;
    result.path = path;
    result.meta = report.meta;
    result.sectionCount = countSections(report.sections);
    if (const auto existing = store.findByContentHash(report.contentHash)) {
        result.status = ImportResult::Status::Duplicate;
        result.reportId = *existing;
        result.message = QStringLiteral("already in the library as report %1").arg(*existing);
        return result;
    }
    if (!store.insert(report, &error))
        return failure(path, QStringLiteral("could not be stored: %1").arg(error));
    result.status = ImportResult::Status::Imported;
    result.reportId = report.id;
    return result;
}

bool Importer::readFile(const QString &path, QByteArray *bytes, ImportResult *result) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *result = failure(path, QStringLiteral("no such file"));
        return false;
    }
    if (info.isDir()) {
        *result = failure(path, QStringLiteral("is a folder"));
        return false;
    }
    if (info.size() > MaxFileSize) {
        *result = failure(path, QStringLiteral("the file is %1 MB; ReportLens reads files up to %2 MB")
                                    .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                    .arg(MaxFileSize / (1024 * 1024)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *result = failure(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *result = failure(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

ImportResult Importer::importFile(const QString &path)
{
    QByteArray bytes;
    ImportResult result;
    if (!readFile(path, &bytes, &result))
        return result;
    return importBytes(bytes, QFileInfo(path).absoluteFilePath());
}

ImportResult Importer::reimportFile(qint64 reportId, const QString &path)
{
    QByteArray bytes;
    ImportResult result;
    if (!readFile(path, &bytes, &result))
        return result;
    QString error;
    Report report = process(bytes, QFileInfo(path).absoluteFilePath(), &error);
    if (!error.isEmpty())
        return failure(path, error);
    ReportStore store(m_library);
    if (const auto existing = store.findByContentHash(report.contentHash); existing && *existing != reportId)
        return failure(path, QStringLiteral("this text is already in the library as report %1").arg(*existing));
    if (!store.replace(reportId, report, &error))
        return failure(path, QStringLiteral("could not be stored: %1").arg(error));
    result.path = path;
    result.status = ImportResult::Status::Imported;
    result.reportId = reportId;
    result.meta = report.meta;
    result.sectionCount = countSections(report.sections);
    return result;
}

QList<ImportResult> Importer::importPaths(const QStringList &paths,
                                          const std::function<bool(const ImportResult &)> &progress)
{
    QList<ImportResult> results;
    const QStringList files = expandPaths(paths, &results);
    for (const ImportResult &r : std::as_const(results))
        if (progress && !progress(r))
            return results;
    for (const QString &file : files) {
        results.append(importFile(file));
        if (progress && !progress(results.last()))
            break;
    }
    return results;
}

} // namespace ReportLens
