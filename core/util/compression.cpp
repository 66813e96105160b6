#include "compression.h"

#include <zstd.h>

#include <limits>
#include <memory>

namespace ReportLens::Compression {

namespace {

// zstd's own default. Level 1 leaves the benchmark's files 9% larger (2.1x), level 6 makes them
// about 8% smaller for three times the time.
constexpr int Level = 3;
// The largest window a frame may need: zstd's default limit for decompression (128 MB, its
// ZSTD_WINDOWLOG_LIMIT_DEFAULT, which the stable API does not name), well above a prefix and a
// text of the importer's largest file (32 MB) together.
constexpr int MaxWindowLog = 27;
constexpr int MinWindowLog = 10; // ZSTD_WINDOWLOG_MIN

// One context per thread, kept: a context allocates its tables on first use, which would cost
// more than compressing a short report.
ZSTD_CCtx *compressionContext()
{
    thread_local const std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    return context.get();
}

ZSTD_DCtx *decompressionContext()
{
    thread_local const std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx *)> context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    return context.get();
}

int windowLogFor(size_t bytes)
{
    int log = MinWindowLog;
    while (log < MaxWindowLog && (size_t(1) << log) < bytes)
        ++log;
    return log;
}

} // namespace

QByteArray compressUtf8(QByteArrayView utf8, QByteArrayView prefix)
{
    ZSTD_CCtx *context = compressionContext();
    ZSTD_CCtx_reset(context, ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, Level);
    // A checksum of the text: a frame read with another prefix than it was made with fails
    // instead of giving another text.
    ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
    if (!prefix.isEmpty()) {
        // The window reaches back over the whole prefix, and long-distance matching finds a
        // paragraph of the text wherever it stands in the prefix (what `zstd --patch-from` does).
        ZSTD_CCtx_setParameter(context, ZSTD_c_windowLog, windowLogFor(size_t(prefix.size() + utf8.size())));
        ZSTD_CCtx_setParameter(context, ZSTD_c_enableLongDistanceMatching, 1);
        ZSTD_CCtx_refPrefix(context, prefix.data(), size_t(prefix.size()));
    }
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(utf8.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress2(context, frame.data(), size_t(frame.size()), utf8.data(), size_t(utf8.size()));
    if (ZSTD_isError(size))
        qFatal("zstd cannot compress %lld bytes: %s", qint64(utf8.size()), ZSTD_getErrorName(size));
    frame.resize(qsizetype(size));
    return frame;
}

std::optional<QByteArray> decompressUtf8(QByteArrayView frame, QByteArrayView prefix, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        return fail(QStringLiteral("not a zstd frame"));
    if (size > quint64(std::numeric_limits<int>::max()))
        return fail(QStringLiteral("a zstd frame claiming %1 bytes").arg(size));
    ZSTD_DCtx *context = decompressionContext();
    ZSTD_DCtx_reset(context, ZSTD_reset_session_and_parameters);
    if (!prefix.isEmpty())
        ZSTD_DCtx_refPrefix(context, prefix.data(), size_t(prefix.size()));
    QByteArray utf8(qsizetype(size), Qt::Uninitialized);
    const size_t written =
        ZSTD_decompressDCtx(context, utf8.data(), size_t(utf8.size()), frame.data(), size_t(frame.size()));
    if (ZSTD_isError(written) || written != size)
        return fail(QStringLiteral("a damaged zstd frame (%1)")
                        .arg(QString::fromLatin1(ZSTD_isError(written) ? ZSTD_getErrorName(written) : "short")));
    return utf8;
}

} // namespace ReportLens::Compression
