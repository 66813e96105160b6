#pragma once

// Helpers shared by the test programs: where the seeds and corpus are, reading them, and the
// import pipeline without a database (librarystate.h has what needs one).

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unicode/translit.h>
#include <unicode/ucnv.h>

#include "extract/indicatorcatalog.h"
#include "import/importpipeline.h"

namespace ReportLens::TestSupport {

inline QString sharedDir()
{
    return QStringLiteral(REPORTLENS_SHARED_DIR);
}

inline QString seedPath(const QString &number)
{
    const QDir dir(sharedDir() + QStringLiteral("/seeds"));
    const QStringList matches = dir.entryList({number + QStringLiteral("_*.txt")}, QDir::Files);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

inline QStringList nationalPaths()
{
    const QDir dir(sharedDir() + QStringLiteral("/corpus/national"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("national-*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s (is ../shared beside the checkout?)", qPrintable(path));
    return file.readAll();
}

inline QString readUtf8(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

/// Encodes @p text in @p charset with ICU (the decoder under test only ever decodes).
inline QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t length =
        ucnv_fromUChars(converter, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                        int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        qFatal("encoding to %s failed: %s", charset, u_errorName(status));
    out.resize(length);
    return out;
}

/// @p text in Simplified characters by ICU's whole Traditional-Simplified transform: a comparison
/// key for texts that a converter (OpenCC, a PDF font's glyph map) turned into the other script,
/// where 著/着 or 後/后 may stand either way. Not the library's folding (which keeps 著 and 後,
/// as Simplified text uses them): tests compare what was imported with what was rendered.
inline QString simplifiedForComparison(const QString &text)
{
    static const std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            qFatal("no ICU Traditional-Simplified transliterator: %s", u_errorName(status));
        return t;
    }();
    icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(unicode);
    return QString(reinterpret_cast<const QChar *>(unicode.getBuffer()), unicode.length());
}

/// Writes @p bytes to @p name in @p dir and returns its path; a failure ends the test run.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// The import pipeline with the bundled catalog: what a file becomes, with no database.
inline const ImportPipeline &pipeline()
{
    static const ImportPipeline p(IndicatorCatalog::loadDefault());
    return p;
}

/// Runs the pipeline on bytes; @p knownRegions as a library would pass them (none by default).
inline Report processBytes(const QByteArray &bytes, const QString &name, QString *error,
                           const QStringList &knownRegions = {})
{
    return pipeline().process(bytes, name, knownRegions, error);
}

/// Runs the pipeline on a file without storing it; a pipeline error fails the test run.
inline Report processFile(const QString &path)
{
    QString error;
    Report report = processBytes(readBytes(path), path, &error);
    if (!error.isEmpty())
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return report;
}

} // namespace ReportLens::TestSupport
