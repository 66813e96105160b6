#pragma once

#include "decodedtext.h"

#include <QByteArray>

namespace ReportLens {

/// Turns the bytes of a plain-text file into text.
///
/// The charset is found by ICU's detector (a byte-order mark wins) and the bytes are converted by
/// ICU with the "stop" callback, so an illegal or truncated sequence is an error, never silently
/// replaced: a report with U+FFFD in it would poison search and indicator extraction.
class TextDecoder
{
public:
    /// Converts @p bytes; @p declaredCharset (e.g. from an HTML meta tag) is tried first when given.
    static DecodeResult decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});

    /// Converts @p bytes from the named charset with ICU; @p error receives the reason on failure.
    static bool convert(const QByteArray &bytes, const char *charset, QString *text, QString *error);

    /// ICU's best guesses for @p bytes, most confident first (charset names as ICU spells them).
    static QList<QByteArray> detectCharsets(const QByteArray &bytes);

    /// True when the bytes look like binary data rather than text in any encoding.
    static bool looksBinary(const QByteArray &bytes);
    /// Multi-byte sequences in @p bytes if they are well-formed UTF-8 as far as lead and
    /// continuation bytes go, else -1 (a gate only: the strict conversion decides).
    static qsizetype multiByteUtf8Sequences(const QByteArray &bytes);
};

} // namespace ReportLens
