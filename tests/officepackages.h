#pragma once

// Office packages built in memory for tst_officereader: the broken and hand-made ones that no
// tool writes on purpose (a part missing, a zip bomb, an encrypted package's directory).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <zip.h>

namespace ReportLens::OfficePackages {

/// A zip package made in memory: part name → content, deflated.
inline QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!zip)
        qFatal("libzip: %s", zip_error_strerror(&error));
    for (const auto &[name, content] : parts) {
        zip_source_t *source = zip_source_buffer(zip, content.constData(), zip_uint64_t(content.size()), 0);
        if (zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("libzip: %s", zip_strerror(zip));
    }
    if (zip_close(zip) < 0)
        qFatal("libzip: %s", zip_strerror(zip));
    QByteArray out;
    zip_stat_t stat;
    if (zip_source_open(buffer) == 0 && zip_source_stat(buffer, &stat) == 0) {
        out.resize(qsizetype(stat.size));
        out.resize(qsizetype(zip_source_read(buffer, out.data(), stat.size)));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

inline const QByteArray WordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

/// A minimal .docx around @p body (the content of w:body), with optional numbering and styles.
inline QByteArray makeDocx(const QByteArray &body, const QByteArray &numbering = {}, const QByteArray &styles = {})
{
    QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"word/document.xml\"/></Relationships>"},
        {QStringLiteral("word/document.xml"),
         "<?xml version=\"1.0\"?><w:document " + WordNamespace
             + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + body
             + "</w:body></w:document>"}};
    if (!numbering.isEmpty())
        parts.append({QStringLiteral("word/numbering.xml"),
                      "<w:numbering " + WordNamespace + ">" + numbering + "</w:numbering>"});
    if (!styles.isEmpty())
        parts.append({QStringLiteral("word/styles.xml"), "<w:styles " + WordNamespace + ">" + styles + "</w:styles>"});
    return makeZip(parts);
}

/// A minimal .odt whose office:text holds @p body.
inline QByteArray makeOdt(const QByteArray &body, const QByteArray &manifest = {})
{
    QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
        {QStringLiteral("content.xml"),
         "<?xml version=\"1.0\"?><office:document-content "
         "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
         "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:body><office:text>"
             + body + "</office:text></office:body></office:document-content>"}};
    if (!manifest.isEmpty())
        parts.append({QStringLiteral("META-INF/manifest.xml"), manifest});
    return makeZip(parts);
}

/// An OLE compound file with the directory entries @p streams (and a root): what detection reads.
/// Password-protected .docx files are such files; LibreOffice 7.4 cannot write one.
inline QByteArray makeCompoundFile(const QStringList &streams)
{
    QByteArray bytes(512 + 512, '\0');
    bytes.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    qToLittleEndian<quint16>(0x3E, bytes.data() + 0x18); // minor version
    qToLittleEndian<quint16>(3, bytes.data() + 0x1A); // major version 3: 512-byte sectors
    qToLittleEndian<quint16>(0xFFFE, bytes.data() + 0x1C);
    qToLittleEndian<quint16>(9, bytes.data() + 0x1E);
    qToLittleEndian<quint16>(6, bytes.data() + 0x20);
    qToLittleEndian<quint32>(4096, bytes.data() + 0x38);
    const QStringList names = QStringList{QStringLiteral("Root Entry")} + streams;
    for (int i = 0; i < names.size() && i < 4; ++i) {
        char *entry = bytes.data() + 512 + 128 * i;
        for (int c = 0; c < names[i].size(); ++c)
            qToLittleEndian<quint16>(names[i][c].unicode(), entry + 2 * c);
        qToLittleEndian<quint16>(quint16(2 * (names[i].size() + 1)), entry + 64);
        entry[66] = i == 0 ? 5 : 2;
        entry[67] = 1;
    }
    return bytes;
}

} // namespace ReportLens::OfficePackages
