#pragma once

// What each fuzz target checks, shared with tst_fuzzregressions so that every input a fuzzer ever
// found stays a regression test. Each returns 0, or the number of the invariant it saw broken.

#include "clean/cleaner.h"
#include "model/sectiontree.h"
#include "extract/indicatorcatalog.h"
#include "extract/indicatorextractor.h"
#include "extract/numberparser.h"
#include "import/htmlreader.h"
#include "import/textdecoder.h"
#include "outline/outlineparser.h"
#include "util/chinesetext.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace ReportLens::FuzzBodies {

inline QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

/// Strict decoding never invents replacement characters: U+FFFD comes out only where the input
/// itself encodes one (EF BF BD in UTF-8, FFFD in UTF-16 after a byte-order mark).
inline int decoder(const QByteArray &bytes)
{
    const DecodeResult result = TextDecoder::decode(bytes);
    if (!result.ok() || !result.decoded.text.contains(QChar(0xFFFD)))
        return 0;
    const QString encoding = result.decoded.encoding;
    const bool literal = encoding == QStringLiteral("UTF-8") ? bytes.contains("\xEF\xBF\xBD")
        : encoding == QStringLiteral("UTF-16BE")             ? bytes.contains("\xFF\xFD")
        : encoding == QStringLiteral("UTF-16LE")             ? bytes.contains("\xFD\xFF")
                                                             : false;
    return literal ? 0 : 1;
}

inline int html(const QByteArray &bytes)
{
    (void)HtmlReader::read(bytes);
    (void)HtmlReader::extractText(text(bytes));
    return 0;
}

/// Every anchor and removed range lies inside its text.
inline int cleaner(const QByteArray &bytes)
{
    static const Cleaner cleaner;
    const QString original = text(bytes);
    const CleanText clean = cleaner.clean(original);
    for (const auto &[cleanOffset, originalOffset] : clean.anchors)
        if (cleanOffset < 0 || cleanOffset > clean.text.size() || originalOffset < 0
            || originalOffset > original.size())
            return 1;
    for (const RemovedRange &r : clean.removed)
        if (r.start < 0 || r.end < r.start || r.end > original.size())
            return 2;
    const qsizetype mapped = clean.mapFromOriginal(original.size() / 2);
    return mapped < 0 || mapped > clean.text.size() ? 3 : 0;
}

/// Every section and glossary range lies inside the text, headings inside their sections.
inline int outline(const QByteArray &bytes)
{
    static const OutlineParser parser;
    const QString t = text(bytes);
    const Outline o = parser.parse(t);
    for (const Section &s : SectionTree::flatten(o.sections))
        if (s.start < 0 || s.titleEnd < s.start || s.end < s.titleEnd || s.end > t.size())
            return 1;
    for (const GlossaryEntry &e : o.glossary)
        if (e.start < 0 || e.end > t.size())
            return 2;
    return 0;
}

/// Every number's range lies inside the text.
inline int numbers(const QByteArray &bytes)
{
    static const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
    static const NumberParser parser(catalog.units, catalog.qualifiersBefore, catalog.qualifiersAfter,
                                     catalog.magnitudes);
    const QString t = text(bytes);
    for (const ParsedNumber &n : parser.findAll(t))
        if (n.start < 0 || n.end < n.start || n.end > t.size())
            return 1;
    (void)ChineseText::chineseNumeralValue(QStringView(t).left(40));
    return 0;
}

/// Every figure's number lies inside its sentence, inside the text.
inline int extractor(const QByteArray &bytes)
{
    static const OutlineParser parser;
    static const IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
    const QString t = text(bytes);
    const Outline o = parser.parse(t);
    for (const Indicator &i : extractor.extract(t, o.sections, 2021))
        if (i.numberStart < 0 || i.numberEnd > t.size() || i.sentenceStart > i.numberStart || i.sentenceEnd > t.size())
            return 1;
    return 0;
}

} // namespace ReportLens::FuzzBodies
