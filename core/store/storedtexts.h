#pragma once

#include "dialect.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

/// How each engine keeps a report's two texts. SQLite: the clean text
/// compressed (zstd) and the decoded original as what differs from the clean text (zstd with the
/// clean text as prefix: mostly the same text, it costs a fiftieth of it). PostgreSQL: both as
/// text, which the server compresses itself (lz4, team library format 4).
namespace ReportLens::StoredTexts {

inline const Spelling CleanColumn{QStringLiteral("clean_zstd"), QStringLiteral("clean_text")};
inline const Spelling OriginalColumn{QStringLiteral("original_delta"), QStringLiteral("original_text")};

/// The values to store in CleanColumn and OriginalColumn.
struct Values
{
    QVariant clean;
    QVariant original;
};
/// Made where there is time to spare: an import compresses on its worker threads, so that the
/// thread that writes to the library only writes.
Values stored(Engine engine, const QString &clean, const QString &original);

/// The clean text from its stored value; @p utf8, when given, receives it as UTF-8 (what the
/// original is read against). Nothing when the value is damaged, with the reason in @p error.
std::optional<QString> clean(Engine engine, const QVariant &stored, QByteArray *utf8, QString *error);
/// The original from its stored value and the clean text's UTF-8 (SQLite).
std::optional<QString> original(Engine engine, const QVariant &stored, const QByteArray &cleanUtf8, QString *error);

} // namespace ReportLens::StoredTexts
