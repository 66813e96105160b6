#include "officereader.h"

#include "docxtext.h"
#include "odttext.h"
#include "officeconverter.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QtEndian>

// libzip: maintained, packaged by Debian (libzip-dev), and it opens an archive from memory
// (zip_source_buffer_create), so a package is read without a temporary file. Qt has no public
// unzip, and zip parsing is not something to write by hand for files from the web.
#include <zip.h>

namespace ReportLens {

namespace {

const QByteArray CompoundFileMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool isZip(const QByteArray &bytes)
{
    // A local file header, or the end record of an empty archive.
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

// Text and web pages saved under a Word name (sites serve .doc files that are HTML) have no NUL
// bytes near their start; binary formats always do.
bool looksLikeText(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || !bytes.left(4096).contains('\0');
}

/// What a file is, or why it is refused.
struct Identified
{
    OfficeReader::Format format = OfficeReader::Format::Other;
    QString refusal; ///< Set when the file cannot be read, whatever it is.
    QString mainPart; ///< A .docx's main document part (word/document.xml).
};

QString describe(OfficeReader::Format format)
{
    switch (format) {
    case OfficeReader::Format::Docx: return QStringLiteral("Word document (.docx)");
    case OfficeReader::Format::Odt: return QStringLiteral("OpenDocument text (.odt)");
    case OfficeReader::Format::Doc: return QStringLiteral("Word 97–2003 document (.doc)");
    case OfficeReader::Format::Wps: return QStringLiteral("WPS Office document (.wps)");
    case OfficeReader::Format::Rtf: return QStringLiteral("Rich Text Format document (.rtf)");
    case OfficeReader::Format::Other: break;
    }
    return QStringLiteral("document");
}

const QString PasswordAdvice = QStringLiteral("open it with its password, save an unprotected copy and import that");

/// A zip archive opened from memory with libzip.
class ZipPackage
{
public:
    enum class Result { Ok, Missing, TooLarge, Encrypted, Damaged };

    ~ZipPackage()
    {
        if (m_zip)
            zip_discard(m_zip); // read-only: nothing to write back
    }

    bool open(const QByteArray &bytes, QString *error)
    {
        m_bytes = bytes; // libzip reads the buffer in place: keep it alive
        zip_error_t zipError;
        zip_error_init(&zipError);
        zip_source_t *source =
            zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &zipError);
        if (source)
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &zipError);
        if (!m_zip) {
            if (source)
                zip_source_free(source);
            *error = QString::fromUtf8(zip_error_strerror(&zipError)).toLower();
        }
        zip_error_fini(&zipError);
        return m_zip != nullptr;
    }

    bool contains(const QString &name) const { return index(name) >= 0; }

    /// Reads @p name, at most @p limit bytes of it; @p error says why not.
    Result read(const QString &name, QByteArray *out, qsizetype limit, QString *error) const
    {
        const zip_int64_t i = index(name);
        if (i < 0)
            return Result::Missing;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
            && stat.size > zip_uint64_t(limit))
            return Result::TooLarge;
        zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(i), 0);
        if (!file)
            return failed(zip_get_error(m_zip), error);
        out->clear();
        char buffer[64 * 1024];
        Result result = Result::Ok;
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
            if (n < 0) {
                result = failed(zip_file_get_error(file), error);
                break;
            }
            if (n == 0)
                break;
            // The size in the header can lie; what is unpacked is what counts.
            if (out->size() + n > limit) {
                result = Result::TooLarge;
                break;
            }
            out->append(buffer, qsizetype(n));
        }
        zip_fclose(file);
        return result;
    }

private:
    zip_int64_t index(const QString &name) const
    {
        // Part names in Office packages are case-insensitive.
        return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    }

    static Result failed(zip_error_t *zipError, QString *error)
    {
        *error = QString::fromUtf8(zip_error_strerror(zipError)).toLower();
        const int code = zip_error_code_zip(zipError);
        return code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP ? Result::Encrypted
                                                                                                   : Result::Damaged;
    }

    QByteArray m_bytes;
    zip_t *m_zip = nullptr;
};

/// The targets of the relationships of @p type (…/officeDocument, …/styles) in a .rels part, as
/// part names resolved against the folder of the part they belong to.
QStringList relationshipTargets(const QByteArray &rels, const QString &folder, QLatin1String type)
{
    QStringList targets;
    QXmlStreamReader xml(rels);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("Relationships"))
        return targets;
    while (xml.readNextStartElement()) {
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("Relationship") && attributes.value(QLatin1String("Type")).endsWith(type)
            && attributes.value(QLatin1String("TargetMode")) != QLatin1String("External")) {
            const QString target = attributes.value(QLatin1String("Target")).toString();
            targets.append(target.startsWith(u'/')
                               ? target.mid(1)
                               : QDir::cleanPath(folder.isEmpty() ? target : folder + u'/' + target));
        }
        xml.skipCurrentElement();
    }
    return targets;
}

Identified identifyZip(const QByteArray &bytes, const QString &suffix)
{
    const bool namedWord = suffix == QLatin1String("docx") || suffix == QLatin1String("docm")
        || suffix == QLatin1String("dotx") || suffix == QLatin1String("dotm");
    const bool namedOdt = suffix == QLatin1String("odt") || suffix == QLatin1String("ott");
    Identified id;
    id.format = namedWord ? OfficeReader::Format::Docx
        : namedOdt        ? OfficeReader::Format::Odt
                          : OfficeReader::Format::Other;
    ZipPackage zip;
    QString error;
    if (!zip.open(bytes, &error)) {
        id.refusal = id.format == OfficeReader::Format::Other
            ? QStringLiteral("this is a damaged zip archive (%1), not a text document").arg(error)
            : QStringLiteral("the %1 is damaged or truncated: its zip container cannot be read (%2)")
                  .arg(describe(id.format), error);
        return id;
    }

    // OpenDocument: the mimetype entry names the kind of document.
    QByteArray mimetype;
    if (zip.read(QStringLiteral("mimetype"), &mimetype, 256, &error) == ZipPackage::Result::Ok) {
        mimetype = mimetype.trimmed();
        if (mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
            id.format = OfficeReader::Format::Odt;
            return id;
        }
        static const std::pair<const char *, const char *> kinds[] = {
            {"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"},
            {"application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)"},
            {"application/vnd.oasis.opendocument.graphics", "an OpenDocument drawing (.odg)"},
            {"application/epub+zip", "an EPUB e-book"}};
        for (const auto &[type, kind] : kinds)
            if (mimetype.startsWith(type)) {
                id.format = OfficeReader::Format::Other;
                id.refusal =
                    QStringLiteral("this is %1, not a text document; save the report in it as .odt, .docx or PDF "
                                   "and import that")
                        .arg(QLatin1String(kind));
                return id;
            }
    }

    // Office Open XML: the package relationships name the main part, and its folder the application.
    QByteArray rels;
    if (zip.read(QStringLiteral("_rels/.rels"), &rels, 1024 * 1024, &error) == ZipPackage::Result::Ok) {
        const QStringList main = relationshipTargets(rels, {}, QLatin1String("/officeDocument"));
        const QString part = main.isEmpty() ? QString() : main.first();
        static const std::pair<const char *, const char *> kinds[] = {{"xl/", "an Excel spreadsheet (.xlsx)"},
                                                                      {"ppt/", "a PowerPoint presentation (.pptx)"},
                                                                      {"visio/", "a Visio drawing (.vsdx)"}};
        for (const auto &[folder, kind] : kinds)
            if (part.startsWith(QLatin1String(folder), Qt::CaseInsensitive)) {
                id.format = OfficeReader::Format::Other;
                id.refusal = QStringLiteral("this is %1, not a text document; copy the report's text into a .docx "
                                            "or save it as PDF and import that")
                                 .arg(QLatin1String(kind));
                return id;
            }
        if (!part.isEmpty() && zip.contains(part)) {
            id.format = OfficeReader::Format::Docx;
            id.mainPart = part;
            return id;
        }
    }
    if (zip.contains(QStringLiteral("word/document.xml"))) {
        id.format = OfficeReader::Format::Docx;
        id.mainPart = QStringLiteral("word/document.xml");
        return id;
    }
    if (zip.contains(QStringLiteral("content.xml")) && namedOdt)
        return id; // an OpenDocument text without its (optional in practice) mimetype entry
    if (zip.contains(QStringLiteral("[Content_Types].xml")) || namedWord) {
        id.format = OfficeReader::Format::Docx;
        id.refusal = QStringLiteral("the Word document (.docx) is incomplete or damaged: it has no document text "
                                    "(word/document.xml is missing)");
        return id;
    }
    if (namedOdt) {
        id.refusal = QStringLiteral("the OpenDocument text (.odt) is incomplete or damaged: it has no content.xml");
        return id;
    }
    id.refusal = QStringLiteral("this is a zip archive, not a text document; unpack it and import the reports inside");
    return id;
}

/// A directory entry of an OLE compound file.
struct CompoundEntry
{
    QString name;
    quint32 startSector = 0;
    quint32 size = 0;
};

QList<CompoundEntry> compoundEntries(const QByteArray &bytes)
{
    // The directory is a chain of 128-byte entries in sectors after the 512-byte header, always at
    // offsets that are multiples of 128. Rather than follow the sector chain, every such slot that
    // holds a well-formed entry (NUL-terminated UTF-16 name with its length, a storage or stream
    // type) is taken: the names looked for are long enough not to occur there by chance.
    QList<CompoundEntry> entries;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype at = 512; at + 128 <= bytes.size(); at += 128) {
        const uchar *entry = data + at;
        const quint16 nameBytes = qFromLittleEndian<quint16>(entry + 64);
        const uchar type = entry[66];
        if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 != 0 || (type != 1 && type != 2 && type != 5)
            || entry[67] > 1 || qFromLittleEndian<quint16>(entry + nameBytes - 2) != 0)
            continue;
        QString name;
        for (int i = 0; i + 2 < nameBytes; i += 2)
            name.append(QChar(qFromLittleEndian<quint16>(entry + i)));
        if (name.contains(QChar(0)))
            continue;
        entries.append({name, qFromLittleEndian<quint32>(entry + 116), qFromLittleEndian<quint32>(entry + 120)});
    }
    return entries;
}

// Word 97–2003 marks an encrypted document in its File Information Block, the start of the
// WordDocument stream (fEncrypted, bit 8 of the flags at offset 10). The stream's first sector is
// in its directory entry, so no sector chain needs following.
bool isEncryptedWordBinary(const QByteArray &bytes, const CompoundEntry &wordDocument)
{
    if (bytes.size() < 512)
        return false;
    const int sectorShift = qFromLittleEndian<quint16>(bytes.constData() + 0x1E);
    const quint32 miniStreamCutoff = qFromLittleEndian<quint32>(bytes.constData() + 0x38);
    if ((sectorShift != 9 && sectorShift != 12) || wordDocument.size < miniStreamCutoff
        || wordDocument.startSector >= 0xFFFFFFFA)
        return false;
    const qint64 offset = (qint64(wordDocument.startSector) + 1) << sectorShift;
    if (offset + 12 > bytes.size())
        return false;
    const quint16 identifier = qFromLittleEndian<quint16>(bytes.constData() + offset);
    const quint16 flags = qFromLittleEndian<quint16>(bytes.constData() + offset + 10);
    return (identifier == 0xA5EC || identifier == 0xA5DC) && (flags & 0x0100);
}

Identified identifyCompoundFile(const QByteArray &bytes, const QString &suffix)
{
    Identified id;
    const QList<CompoundEntry> entries = compoundEntries(bytes);
    auto find = [&](QStringView name) -> const CompoundEntry * {
        for (const CompoundEntry &e : entries)
            if (e.name.compare(name, Qt::CaseInsensitive) == 0)
                return &e;
        return nullptr;
    };
    const bool namedWps = suffix == QLatin1String("wps") || suffix == QLatin1String("wpt");
    if (find(u"EncryptedPackage")) {
        // A password-protected .docx (or .xlsx, .pptx) is stored encrypted inside a compound file.
        id.format = suffix.startsWith(QLatin1String("doc")) ? OfficeReader::Format::Docx : OfficeReader::Format::Other;
        id.refusal = QStringLiteral("the document is password protected; %1").arg(PasswordAdvice);
        return id;
    }
    if (const CompoundEntry *word = find(u"WordDocument")) {
        id.format = namedWps ? OfficeReader::Format::Wps : OfficeReader::Format::Doc;
        if (isEncryptedWordBinary(bytes, *word))
            id.refusal = QStringLiteral("the %1 is password protected; %2").arg(describe(id.format), PasswordAdvice);
        return id;
    }
    if (find(u"Workbook") || find(u"Book")) {
        id.refusal = QStringLiteral("this is an Excel spreadsheet (.xls), not a text document");
        return id;
    }
    if (find(u"PowerPoint Document")) {
        id.refusal = QStringLiteral("this is a PowerPoint presentation (.ppt), not a text document");
        return id;
    }
    if (namedWps || suffix == QLatin1String("doc") || suffix == QLatin1String("dot")) {
        // Microsoft Works and other word processors: LibreOffice may know them.
        id.format = namedWps ? OfficeReader::Format::Wps : OfficeReader::Format::Doc;
        return id;
    }
    id.refusal = QStringLiteral("this is a Microsoft compound file that holds no Word document, not a text document");
    return id;
}

std::optional<Identified> identify(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (isZip(bytes))
        return identifyZip(bytes, suffix);
    if (bytes.startsWith(CompoundFileMagic))
        return identifyCompoundFile(bytes, suffix);
    if (bytes.startsWith("{\\rtf"))
        return Identified{OfficeReader::Format::Rtf, {}, {}};
    if (bytes.startsWith("%PDF-") || looksLikeText(bytes))
        return std::nullopt;
    // Binary, and not in a format known by its first bytes: the name decides.
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("docm") || suffix == QLatin1String("dotx"))
        return Identified{
            OfficeReader::Format::Docx,
            QStringLiteral("the Word document (.docx) is damaged: it is not a zip package, as every .docx is"),
            {}};
    if (suffix == QLatin1String("odt") || suffix == QLatin1String("ott"))
        return Identified{
            OfficeReader::Format::Odt,
            QStringLiteral("the OpenDocument text (.odt) is damaged: it is not a zip package, as every .odt is"),
            {}};
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("dot"))
        return Identified{OfficeReader::Format::Doc, {}, {}}; // older Word formats: LibreOffice may read them
    if (suffix == QLatin1String("wps") || suffix == QLatin1String("wpt"))
        return Identified{OfficeReader::Format::Wps, {}, {}};
    return std::nullopt;
}

/// Why reading a part failed, for a person.
QString partFailure(ZipPackage::Result result, const QString &part, const QString &what, const QString &error)
{
    switch (result) {
    case ZipPackage::Result::Missing:
        return QStringLiteral("the %1 is incomplete or damaged: %2 is missing").arg(what, part);
    case ZipPackage::Result::TooLarge:
        return QStringLiteral("the %1's text (%2) unpacks to more than %3 MB, far more than any report: the file is "
                              "damaged or made to exhaust memory (a zip bomb)")
            .arg(what, part)
            .arg(OfficeReader::MaxPartSize / (1024 * 1024));
    case ZipPackage::Result::Encrypted:
        return QStringLiteral("the %1 is password protected; %2").arg(what, PasswordAdvice);
    case ZipPackage::Result::Damaged:
        return QStringLiteral("the %1 is damaged: %2 cannot be unpacked (%3)").arg(what, part, error);
    case ZipPackage::Result::Ok: break;
    }
    return {};
}

DecodeResult readDocx(const QByteArray &bytes, const QString &mainPart, const QString &what)
{
    ZipPackage zip;
    QString error;
    if (!zip.open(bytes, &error))
        return DecodeResult::failure(
            QStringLiteral("the %1 is damaged: its zip container cannot be read (%2)").arg(what, error));
    QByteArray document;
    if (const auto result = zip.read(mainPart, &document, OfficeReader::MaxPartSize, &error);
        result != ZipPackage::Result::Ok)
        return DecodeResult::failure(partFailure(result, mainPart, what, error));

    // List labels come from the numbering and styles parts the main part's relationships name.
    const QFileInfo main(mainPart);
    const QString folder = main.path() == QLatin1String(".") ? QString() : main.path();
    QByteArray rels, numbering, styles;
    zip.read(folder + QStringLiteral("/_rels/") + main.fileName() + QStringLiteral(".rels"), &rels, 1024 * 1024,
             &error);
    auto readRelated = [&](QLatin1String type, QByteArray *out) {
        const QStringList targets = relationshipTargets(rels, folder, type);
        const QString part =
            targets.isEmpty() ? folder + u'/' + QString(type).mid(1) + QStringLiteral(".xml") : targets.first();
        zip.read(part, out, OfficeReader::MaxPartSize, &error); // optional: without it, no numbering
    };
    readRelated(QLatin1String("/numbering"), &numbering);
    readRelated(QLatin1String("/styles"), &styles);

    DecodeResult result;
    if (!DocxText::read(document, numbering, styles, &result.decoded.text, &error))
        return DecodeResult::failure(
            QStringLiteral("the %1 is damaged: its text (%2) is not well-formed XML: %3").arg(what, mainPart, error));
    return result;
}

DecodeResult readOdt(const QByteArray &bytes)
{
    const QString what = describe(OfficeReader::Format::Odt);
    ZipPackage zip;
    QString error;
    if (!zip.open(bytes, &error))
        return DecodeResult::failure(
            QStringLiteral("the %1 is damaged: its zip container cannot be read (%2)").arg(what, error));
    // An encrypted OpenDocument package keeps its manifest readable and says there which parts are encrypted.
    QByteArray manifest;
    if (zip.read(QStringLiteral("META-INF/manifest.xml"), &manifest, 4 * 1024 * 1024, &error) == ZipPackage::Result::Ok
        && manifest.contains("encryption-data"))
        return DecodeResult::failure(QStringLiteral("the %1 is password protected; %2").arg(what, PasswordAdvice));
    const QString part = QStringLiteral("content.xml");
    QByteArray content;
    if (const auto result = zip.read(part, &content, OfficeReader::MaxPartSize, &error);
        result != ZipPackage::Result::Ok)
        return DecodeResult::failure(partFailure(result, part, what, error));
    DecodeResult result;
    if (!OdtText::read(content, &result.decoded.text, &error))
        return DecodeResult::failure(
            QStringLiteral("the %1 is damaged: its text (content.xml) cannot be read: %2").arg(what, error));
    return result;
}

} // namespace

std::optional<OfficeReader::Format> OfficeReader::detect(const QByteArray &bytes, const QString &fileName)
{
    const std::optional<Identified> id = identify(bytes, fileName);
    return id ? std::optional<Format>(id->format) : std::nullopt;
}

QString OfficeReader::formatName(Format format)
{
    switch (format) {
    case Format::Docx: return QStringLiteral("docx");
    case Format::Odt: return QStringLiteral("odt");
    case Format::Doc: return QStringLiteral("doc");
    case Format::Wps: return QStringLiteral("wps");
    case Format::Rtf: return QStringLiteral("rtf");
    case Format::Other: break;
    }
    return QStringLiteral("office");
}

DecodeResult OfficeReader::read(const QByteArray &bytes, const QString &fileName)
{
    const std::optional<Identified> id = identify(bytes, fileName);
    if (!id)
        return DecodeResult::failure(QStringLiteral("not a Word, WPS or OpenDocument document"));
    if (!id->refusal.isEmpty())
        return DecodeResult::failure(id->refusal);
    const QString what = describe(id->format);
    DecodeResult result;
    switch (id->format) {
    case Format::Docx: result = readDocx(bytes, id->mainPart, what); break;
    case Format::Odt: result = readOdt(bytes); break;
    case Format::Doc:
    case Format::Wps:
    case Format::Rtf: {
        if (OfficeConverter::program().isEmpty())
            return DecodeResult::failure(
                QStringLiteral("this is a %1; ReportLens reads it by converting it with LibreOffice, which is not "
                               "installed: install libreoffice-writer, or save it as .docx or PDF and import that")
                    .arg(what));
        QString error;
        const QByteArray docx = OfficeConverter::toDocx(bytes, formatName(id->format), &error);
        if (docx.isEmpty())
            return DecodeResult::failure(
                QStringLiteral("this %1 could not be read: %2; it may be damaged or password "
                               "protected (if it opens in Word or WPS Office, save it as .docx "
                               "and import that)")
                    .arg(what, error));
        const std::optional<Identified> converted = identify(docx, QStringLiteral("converted.docx"));
        result = converted && converted->refusal.isEmpty() && converted->format == Format::Docx
            ? readDocx(docx, converted->mainPart, QStringLiteral("converted document"))
            : DecodeResult::failure(QStringLiteral("LibreOffice's conversion cannot be read"));
        if (!result.ok())
            return DecodeResult::failure(
                QStringLiteral("this %1 was converted with LibreOffice, but %2").arg(what, result.error));
        QString from = what;
        from.remove(QStringLiteral(" document"));
        result.decoded.repairs.append(
            {QStringLiteral("converted"), QStringLiteral("converted from %1 with LibreOffice").arg(from)});
        break;
    }
    case Format::Other: return DecodeResult::failure(QStringLiteral("not a text document"));
    }
    if (!result.ok())
        return result;
    if (result.decoded.text.trimmed().isEmpty())
        return DecodeResult::failure(QStringLiteral("the %1 contains no text (only images or drawings?)").arg(what));
    result.decoded.encoding = formatName(id->format).toUpper();
    return result;
}

} // namespace ReportLens
