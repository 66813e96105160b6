#include "storedtexts.h"

#include "sqlsupport.h"
#include "util/compression.h"

namespace ReportLens::StoredTexts {

Values stored(Engine engine, const QString &clean, const QString &original)
{
    if (engine == Engine::PostgreSQL)
        return {Sql::notNull(clean), Sql::notNull(original)};
    const QByteArray cleanUtf8 = clean.toUtf8();
    return {Compression::compressUtf8(cleanUtf8), Compression::compressText(original, cleanUtf8)};
}

std::optional<QString> clean(Engine engine, const QVariant &stored, QByteArray *utf8, QString *error)
{
    if (engine == Engine::PostgreSQL)
        return stored.toString();
    std::optional<QByteArray> bytes = Compression::decompressUtf8(stored.toByteArray(), {}, error);
    if (!bytes)
        return std::nullopt;
    QString text = QString::fromUtf8(*bytes);
    if (utf8)
        *utf8 = *std::move(bytes);
    return text;
}

std::optional<QString> original(Engine engine, const QVariant &stored, const QByteArray &cleanUtf8, QString *error)
{
    if (engine == Engine::PostgreSQL)
        return stored.toString();
    return Compression::decompressText(stored.toByteArray(), cleanUtf8, error);
}

} // namespace ReportLens::StoredTexts
