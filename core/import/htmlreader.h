#pragma once

#include "decodedtext.h"

#include <QByteArray>

namespace ReportLens {

/// Extracts the readable text of a saved web page, one paragraph per line.
///
/// Qt Core has no HTML parser, and QTextDocument (Qt Gui) keeps navigation, headers and footers and
/// would resolve images; so this is a small tokenizer that keeps text and block structure only.
/// script, style, nav, header, footer, aside, form, iframe and friends are dropped with everything
/// inside them, as are elements whose class or id names site chrome. Nothing is ever fetched: the
/// reader never follows src or href attributes.
class HtmlReader
{
public:
    static DecodeResult read(const QByteArray &bytes);

    /// The charset named by a <meta charset> or http-equiv Content-Type tag, if any.
    static QByteArray declaredCharset(const QByteArray &bytes);

    /// The text of already-decoded HTML.
    static QString extractText(const QString &html);
};

} // namespace ReportLens
