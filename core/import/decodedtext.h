#pragma once

#include "clean/textline.h"

#include <QList>
#include <QString>

namespace ReportLens {

/// The text of one source file, before cleaning.
struct DecodedText
{
    QString text;
    QString encoding; ///< The charset the bytes were read as ("UTF-8", "GB18030", "PDF", ...).
    QList<qsizetype> pageStarts; ///< For PDFs: offset in text where each page begins.

    LineHints lines; ///< From readers that see the layout (PDF).
    QList<ImportRepair> repairs; ///< What the reader had to repair (columns, furniture, …).
};

/// The outcome of reading a file: text, or a reason a person can act on.
struct DecodeResult
{
    DecodedText decoded;
    QString error; ///< Empty on success. Never names the file: the caller prefixes the path.

    bool ok() const { return error.isEmpty(); }
    static DecodeResult failure(const QString &reason)
    {
        DecodeResult r;
        r.error = reason;
        return r;
    }
};

} // namespace ReportLens
