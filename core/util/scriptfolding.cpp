#include "scriptfolding.h"

#include "chinesetext.h"

#include <QElapsedTimer>

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>

#include <atomic>
#include <memory>
#include <vector>

namespace ReportLens::ScriptFolding {

namespace {

std::atomic<double> s_buildMilliseconds{-1};

// Characters GB2312 encodes: the Simplified national set. Its few Traditional forms (後, 於, 著,
// 乾, 徵, …) are there because Simplified text uses them too, for names and set phrases.
std::unique_ptr<icu::UnicodeSet> gb2312Set()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB2312", &status), &ucnv_close);
    auto set = std::make_unique<icu::UnicodeSet>();
    if (U_FAILURE(status))
        return nullptr;
    ucnv_getUnicodeSet(converter.get(), set->toUSet(), UCNV_ROUNDTRIP_SET, &status);
    return U_SUCCESS(status) ? std::move(set) : nullptr;
}

struct Table
{
    std::vector<char16_t> map;

    Table()
        : map(0x10000)
    {
        QElapsedTimer timer;
        timer.start();
        for (char32_t c = 0; c < 0x10000; ++c)
            map[c] = char16_t(c);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transliterator(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        const std::unique_ptr<icu::UnicodeSet> simplifiedSet = gb2312Set();
        // Without ICU's data nothing folds: Traditional text is then analysed as written.
        if (U_FAILURE(status) || !transliterator || !simplifiedSet) {
            s_buildMilliseconds = double(timer.nsecsElapsed()) / 1e6;
            return;
        }
        // Only the characters the transliterator may change (its source set: some 3,500, where
        // trying all 28,000 Han characters of the BMP took ten times as long).
        icu::UnicodeSet sources;
        transliterator->getSourceSet(sources);
        for (int32_t range = 0; range < sources.getRangeCount(); ++range) {
            for (UChar32 c = sources.getRangeStart(range); c <= sources.getRangeEnd(range) && c < 0x10000; ++c) {
                if (U16_IS_SURROGATE(c) || simplifiedSet->contains(c))
                    continue;
                UErrorCode scriptStatus = U_ZERO_ERROR;
                if (uscript_getScript(c, &scriptStatus) != USCRIPT_HAN)
                    continue;
                // One character at a time: each rule of Traditional-Simplified maps a character,
                // and a character alone cannot take part in any context a longer text would give it.
                icu::UnicodeString one(c);
                transliterator->transliterate(one);
                if (one.length() != 1 || U16_IS_SURROGATE(one.charAt(0)) || one.charAt(0) == c)
                    continue; // one to many, or out of the BMP: offsets would move
                map[c] = one.charAt(0);
            }
        }
        // Idempotent, so that folding folded text changes nothing: follow the rare chain (a
        // Simplified form that is itself a source) to its end, and drop a cycle.
        for (char32_t c = 0; c < 0x10000; ++c) {
            char16_t target = map[c];
            for (int step = 0; step < 4 && map[target] != target; ++step)
                target = map[target];
            map[c] = map[target] == target ? target : char16_t(c);
        }
        s_buildMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    }
};

const Table &instance()
{
    static const Table table; // built on first use, once, thread-safe (C++11 static init)
    return table;
}

} // namespace

const char16_t *table()
{
    return instance().map.data();
}

char16_t fold(char16_t c)
{
    return table()[c];
}

QString fold(const QString &text)
{
    const char16_t *map = table();
    const auto *begin = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    qsizetype first = 0;
    while (first < size && map[begin[first]] == begin[first])
        ++first;
    if (first == size)
        return text;
    QString folded = text;
    auto *out = reinterpret_cast<char16_t *>(folded.data());
    for (qsizetype i = first; i < size; ++i)
        out[i] = map[out[i]];
    return folded;
}

bool changes(QStringView text)
{
    const char16_t *map = table();
    for (QChar c : text)
        if (map[c.unicode()] != c.unicode())
            return true;
    return false;
}

ScriptCounts count(QStringView text)
{
    const char16_t *map = table();
    ScriptCounts counts;
    for (QChar c : text) {
        if (!ChineseText::isHan(c))
            continue;
        ++counts.han;
        if (map[c.unicode()] != c.unicode())
            ++counts.folding;
    }
    return counts;
}

QString detectScript(QStringView text)
{
    // Measured (tests/tst_traditional.cpp): in the 13 Traditional excerpts of the local corpus
    // 30–40% of the Han characters fold, in the 27 Simplified ones and in every national report
    // since 1958 none do, in 1957's (written as the simplification began) 0.7%. 3% leaves a wide
    // margin on both sides; ten characters at least, so that a short Simplified text quoting a
    // Traditional name is not taken for Traditional.
    const ScriptCounts counts = count(text);
    const bool traditional = counts.folding >= 10 && counts.folding * 100 >= counts.han * 3;
    return traditional ? QStringLiteral("traditional") : QStringLiteral("simplified");
}

double buildMilliseconds()
{
    return s_buildMilliseconds;
}

} // namespace ReportLens::ScriptFolding
