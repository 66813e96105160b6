#include "textdecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace ReportLens {

namespace {

struct BomInfo
{
    const char *charset;
    int length;
};

BomInfo detectBom(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {"UTF-8", 3};
    if (bytes.startsWith("\xFF\xFE"))
        return {"UTF-16LE", 2};
    if (bytes.startsWith("\xFE\xFF"))
        return {"UTF-16BE", 2};
    return {nullptr, 0};
}

// The charsets a Chinese report realistically arrives in. ICU also proposes single-byte Western
// charsets for anything; converting Chinese bytes with them "succeeds" and yields mojibake.
bool isSupportedCharset(const QByteArray &name)
{
    // UTF-16 and UTF-32 only with a byte-order mark (handled before detection): without one, the
    // detector "finds" them in binary data.
    static const QList<QByteArray> supported = {"UTF-8", "GB18030", "GBK", "GB2312", "Big5", "ISO-8859-1", "US-ASCII"};
    for (const QByteArray &s : supported)
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// GB2312 and GBK are subsets of GB18030; reading with the superset never loses a character.
QByteArray canonicalCharset(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (lower == "gb2312" || lower == "gbk" || lower == "gb_2312-80" || lower == "x-gbk" || lower == "cp936"
        || lower == "euc-cn")
        return "GB18030";
    if (lower == "utf8")
        return "UTF-8";
    return name;
}

// Big5 as ICU reads it (Windows code page 950) lacks the Hong Kong supplement (HKSCS: 㗎, 嘅, 啲
// and the like, and characters of Hong Kong place and person names): their bytes are an error or,
// in Big5's user-defined rows, private-use characters. Such a file is read again as Big5-HKSCS,
// which is Big5 and the supplement, before it is refused.
const char *supplementOf(const QByteArray &charset)
{
    return charset.compare("Big5", Qt::CaseInsensitive) == 0 ? "Big5-HKSCS" : nullptr;
}

bool hasPrivateUse(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0xE000 && c.unicode() <= 0xF8FF; });
}

QString describeIcuError(UErrorCode status)
{
    switch (status) {
    case U_TRUNCATED_CHAR_FOUND: return QStringLiteral("the text ends in the middle of a character (truncated file?)");
    case U_ILLEGAL_CHAR_FOUND:
    case U_INVALID_CHAR_FOUND: return QStringLiteral("contains a byte sequence that is not valid");
    default: return QString::fromLatin1(u_errorName(status));
    }
}

} // namespace

bool TextDecoder::convert(const QByteArray &bytes, const char *charset, QString *text, QString *error)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status)) {
        *error = QStringLiteral("unknown charset %1").arg(QString::fromLatin1(charset));
        return false;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    QString out;
    // One UTF-16 unit per byte is always enough for the charsets we accept (+1 for a final NUL).
    out.resize(bytes.size() + 1);
    const char *source = bytes.constData();
    const char *sourceLimit = source + bytes.size();
    auto *target = reinterpret_cast<UChar *>(out.data());
    UChar *targetBegin = target;
    ucnv_toUnicode(converter.get(), &target, target + out.size(), &source, sourceLimit, nullptr, true, &status);
    if (U_FAILURE(status)) {
        const qsizetype offset = source - bytes.constData();
        *error = QStringLiteral("cannot be read as %1: %2 near byte %3")
                     .arg(QString::fromLatin1(charset), describeIcuError(status))
                     .arg(offset);
        return false;
    }
    out.resize(target - targetBegin);
    *text = out;
    return true;
}

QList<QByteArray> TextDecoder::detectCharsets(const QByteArray &bytes)
{
    QList<QByteArray> names;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return names;
    // The detector only needs a sample; 64 KiB keeps detection fast on large files.
    const int sampleLength = int(std::min<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), sampleLength, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return names;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &nameStatus);
        if (U_SUCCESS(nameStatus) && name)
            names.append(QByteArray(name));
    }
    return names;
}

qsizetype TextDecoder::multiByteUtf8Sequences(const QByteArray &bytes)
{
    // Counts well-formed sequences up to the first ill-formed byte (-1 then: not UTF-8 at all).
    qsizetype count = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        const int length = c < 0x80           ? 1
            : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2
            : (c & 0xF0) == 0xE0              ? 3
            : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4
                                              : 0;
        if (length == 0 || i + length > n)
            return -1;
        for (int k = 1; k < length; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return -1;
        count += length > 1;
        i += length;
    }
    return count;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // NUL bytes never occur in text of the 8-bit charsets; UTF-16 is only accepted with a BOM.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    int controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return sample > 0 && controls * 100 > sample; // more than 1% control bytes
}

DecodeResult TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (bytes.isEmpty())
        return DecodeResult::failure(QStringLiteral("the file is empty"));

    DecodeResult result;
    const BomInfo bom = detectBom(bytes);
    if (bom.charset) {
        QString text, error;
        if (!convert(bytes.mid(bom.length), bom.charset, &text, &error))
            return DecodeResult::failure(error);
        result.decoded.text = text;
        result.decoded.encoding = QString::fromLatin1(bom.charset);
        return result;
    }

    if (looksBinary(bytes))
        return DecodeResult::failure(QStringLiteral("binary data, not a text document"));

    // Valid UTF-8 with several multi-byte sequences is UTF-8: ICU's own UTF-8 recogniser gives it
    // full confidence then, so running every other recogniser over the sample (a fifth of an
    // import's time) would only confirm it. Fewer sequences ("联通" in GBK is valid UTF-8) still
    // go through the detector.
    if (declaredCharset.isEmpty() && multiByteUtf8Sequences(bytes) >= 4) {
        QString text, error;
        if (convert(bytes, "UTF-8", &text, &error)) {
            result.decoded.text = text;
            result.decoded.encoding = QStringLiteral("UTF-8");
            return result;
        }
    }

    // A charset declared by the document itself (HTML meta tag) is trusted first.
    QList<QByteArray> candidates;
    if (!declaredCharset.isEmpty())
        candidates.append(canonicalCharset(declaredCharset));
    for (const QByteArray &name : detectCharsets(bytes))
        if (isSupportedCharset(name) && !candidates.contains(canonicalCharset(name)))
            candidates.append(canonicalCharset(name));
    if (candidates.isEmpty())
        return DecodeResult::failure(QStringLiteral("the character encoding could not be recognised"));

    // The detector's first supported guess decides; its conversion error is the one worth reporting.
    // Later guesses are tried only for declared charsets that turned out wrong.
    QString firstError;
    for (QByteArray charset : candidates) {
        QString text, error;
        bool converted = convert(bytes, charset.constData(), &text, &error);
        if (const char *supplement = supplementOf(charset);
            supplement && (!converted || text.contains(QChar(0xFFFD)) || hasPrivateUse(text))) {
            QString supplemented, ignored;
            if (convert(bytes, supplement, &supplemented, &ignored) && !supplemented.contains(QChar(0xFFFD))
                && (!converted || !hasPrivateUse(supplemented))) {
                charset = supplement;
                text = supplemented;
                converted = true;
            }
        }
        if (converted) {
            // Some converters map undefined code points to U+FFFD even in "stop" mode; a report
            // with invented replacement characters is as broken as one with illegal bytes.
            const bool ownReplacement = charset == "UTF-8" && bytes.contains("\xEF\xBF\xBD");
            if (text.contains(QChar(0xFFFD)) && !ownReplacement) {
                if (firstError.isEmpty())
                    firstError = QStringLiteral("cannot be read as %1: contains bytes that are not text in it")
                                     .arg(QString::fromLatin1(charset));
                if (declaredCharset.isEmpty())
                    break;
                continue;
            }
            result.decoded.text = text;
            result.decoded.encoding = QString::fromLatin1(charset);
            return result;
        }
        if (firstError.isEmpty())
            firstError = error;
        if (declaredCharset.isEmpty())
            break;
    }
    return DecodeResult::failure(firstError);
}

} // namespace ReportLens
