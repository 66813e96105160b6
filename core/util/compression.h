#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

/// Texts kept compressed in a library (the decoded original of a report, which the reader never
/// shows but re-extraction and `show --raw` need). zstd (libzstd, Debian-packaged) rather than
/// Qt's zlib (qCompress): the benchmark's report files, compressed one by one, come out 2.3x
/// smaller at level 3 against zlib's 2.5x at level 6, but about eight times faster, and an import
/// has no time to spare (it must stay within the bare FTS5 insert of the same texts).
namespace ReportLens::Compression {

/// @p utf8 compressed as one zstd frame.
QByteArray compressUtf8(QByteArrayView utf8);
/// @p text as UTF-8, compressed as one zstd frame.
inline QByteArray compressText(QStringView text)
{
    return compressUtf8(text.toUtf8());
}
/// The text of a frame made by compressText(); nothing when @p frame is damaged or not zstd, with
/// the reason in @p error (for the caller to say what the frame held).
std::optional<QString> decompressText(QByteArrayView frame, QString *error = nullptr);

} // namespace ReportLens::Compression
