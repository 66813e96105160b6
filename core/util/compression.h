#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

/// Texts kept compressed in a library. zstd (libzstd, Debian-packaged) rather than Qt's zlib
/// (qCompress): the benchmark's report files, compressed one by one, come out 2.3x smaller at
/// level 3 against zlib's 2.5x at level 6, but about eight times faster, and an import has no time
/// to spare (it must stay within the bare FTS5 insert of the same texts). zstd can also compress
/// a text as its difference from another (a reference prefix), which zlib cannot: a report's
/// original is mostly its clean text, and stored that way it costs 2% of the clean text instead
/// of 40% (1,000 of the benchmark's reports: 0.56 against 12.5 MB).
namespace ReportLens::Compression {

/// @p utf8 compressed as one zstd frame; with @p prefix, as what differs from it (the frame is
/// read back only with the same prefix).
QByteArray compressUtf8(QByteArrayView utf8, QByteArrayView prefix = {});
/// @p text as UTF-8, compressed as compressUtf8() does.
inline QByteArray compressText(QStringView text, QByteArrayView prefix = {})
{
    return compressUtf8(text.toUtf8(), prefix);
}
/// The UTF-8 of a frame made by compressUtf8() with the same @p prefix; nothing when @p frame is
/// damaged, not zstd or made against another prefix, with the reason in @p error (for the caller
/// to say what the frame held).
std::optional<QByteArray> decompressUtf8(QByteArrayView frame, QByteArrayView prefix = {}, QString *error = nullptr);
inline std::optional<QString> decompressText(QByteArrayView frame, QByteArrayView prefix = {}, QString *error = nullptr)
{
    const std::optional<QByteArray> utf8 = decompressUtf8(frame, prefix, error);
    return utf8 ? std::optional<QString>(QString::fromUtf8(*utf8)) : std::nullopt;
}

} // namespace ReportLens::Compression
