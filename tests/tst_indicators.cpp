// Indicator extraction: the number parser, each class of phrasing, and a catalog
// extended by a user.

#include "extract/figuretext.h"
#include "extract/indicatorextractor.h"
#include "extract/numberparser.h"
#include "testsupport.h"
#include "util/chinesetext.h"
#include "util/scriptfolding.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace ReportLens;

namespace {

QStringList figures(std::initializer_list<const char *> described)
{
    QStringList list;
    for (const char *d : described)
        list.append(QString::fromUtf8(d));
    return list;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT
private:
private Q_SLOTS:
    // Each class of phrasing that misled the extractor, with sentences written for this test, and
    // for each a case that must still be read (the negative case). A 2024 report; no outline, so
    // the text's own words decide. Expected: every figure, as "indicator metric kind period value".
    void classesOfPhrasing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Several years are not one year's value.
        QTest::newRow("several-years") << "去年，全县经济增长连续五年保持在8%以上。" << QStringList();
        QTest::newRow("several-years-negative")
            << "去年，全县经济增长8.2%，连续五年保持较快增长。" << figures({"gdp growth actual 2023 8.2"});
        // Differences are not levels.
        QTest::newRow("difference") << "今年城镇新增就业目标比上年增加30万人。" << QStringList();
        QTest::newRow("difference-to-average") << "去年农民人均纯收入高出全省平均水平560元。" << QStringList();
        QTest::newRow("difference-negative")
            << "今年城镇新增就业目标为1230万人以上。" << figures({"new_urban_jobs level target 2024 1230"});
        // Direction words are not signs; a fall and an explicit minus are.
        QTest::newRow("direction") << "去年居民消费价格涨幅回落到2.1%。" << figures({"cpi growth actual 2023 2.1"});
        QTest::newRow("direction-rate-falls-to")
            << "去年居民消费价格涨幅下降到1.6%。" << figures({"cpi growth actual 2023 1.6"});
        QTest::newRow("direction-negative-fall")
            << "去年全市社会消费品零售总额下降3.4%。" << figures({"retail_sales growth actual 2023 -3.4"});
        QTest::newRow("direction-negative-minus")
            << "去年固定资产投资增长-5.6%。" << figures({"fixed_asset_investment growth actual 2023 -5.6"});
        // Target words mark targets outside the target paragraph; in a past clause 控制在 is an outcome.
        QTest::newRow("target-outside") << "今年的主要预期目标是：地区生产总值增长6%左右。\n将居民消费价格涨幅控制在3."
                                           "5%左右，是统筹考虑各方面因素后确定的。"
                                        << figures({"gdp growth target 2024 6", "cpi growth target 2024 3.5"});
        QTest::newRow("target-outside-negative")
            << "去年，居民消费价格涨幅控制在2.4%。" << figures({"cpi growth actual 2023 2.4"});
        QTest::newRow("past-target-quoted") << "去年确定的目标是地区生产总值增长6.5%左右。" << QStringList();
        // 从…到 over a span: the first value at the year before the span, the second at its end.
        QTest::newRow("from-to") << "五年来，地区生产总值从不到800亿元增加到超过1200亿元。"
                                 << figures({"gdp level actual 2018 800", "gdp level actual 2023 1200"});
        QTest::newRow("from-to-dated") << "全市生产总值由2018年的930亿元增加到2023年的1460亿元。"
                                       << figures({"gdp level actual 2018 930", "gdp level actual 2023 1460"});
        QTest::newRow("from-to-negative")
            << "去年地区生产总值达到1250亿元。" << figures({"gdp level actual 2023 1250"});
        // Lists with 分别, also across a wrapped line and a site's stray characters.
        QTest::newRow("list") << "去年，城乡居民人均可支配收入分别达到41200元和19800元。"
                              << figures({"disposable_income_urban level actual 2023 41200",
                                          "disposable_income_rural level actual 2023 19800"});
        QTest::newRow("list-of-names") << "去年，全市地区生产总值、固定资产投资分别增长6.1%、\n8.3%。"
                                       << figures({"gdp growth actual 2023 6.1",
                                                   "fixed_asset_investment growth actual 2023 8.3"});
        QTest::newRow("list-stray-characters")
            << "去年，地区生产总值、固定资产投资分别增长6.1%、zTB 8.3%。"
            << figures({"gdp growth actual 2023 6.1", "fixed_asset_investment growth actual 2023 8.3"});
        QTest::newRow("list-with-a-name-outside-the-catalog")
            << "去年，财政总收入和一般公共预算收入分别达到52.3亿元、31.7亿元。"
            << figures({"public_budget_revenue level actual 2023 31.7"});
        QTest::newRow("list-after-own-figures")
            << "去年，城镇居民人均可支配收入42100元，农村居民人均可支配收入21300元，分别增长5.1%和7.2%。"
            << figures({"disposable_income_urban level actual 2023 42100",
                        "disposable_income_rural level actual 2023 21300",
                        "disposable_income_urban growth actual 2023 5.1",
                        "disposable_income_rural growth actual 2023 7.2"});
        QTest::newRow("list-joined-without-fenbie")
            << "去年城镇居民人均可支配收入48100元，农村居民人均纯收入19350元，实际增长6.2%和7.4%。"
            << figures({"disposable_income_urban level actual 2023 48100",
                        "disposable_income_rural level actual 2023 19350",
                        "disposable_income_urban growth actual 2023 6.2",
                        "disposable_income_rural growth actual 2023 7.4"});
        QTest::newRow("part-after-qizhong") << "去年外贸进出口总额达到860亿元，其中出口520亿元，增长9.1%。"
                                            << figures({"foreign_trade level actual 2023 860"});
        QTest::newRow("price-base-year") << "2023年农民人均纯收入达到21300元（2020年不变价）。"
                                         << figures({"disposable_income_rural level actual 2023 21300"});
        QTest::newRow("national-revenue")
            << "去年全国财政收入达到21.7万亿元。" << figures({"public_budget_revenue level actual 2023 217000"});
        QTest::newRow("list-first-name-outside-the-catalog-with-its-figure")
            << "去年财政总收入150.7亿元，其中一般公共预算收入81.45亿元，分别增长11.2%和9.7%。"
            << figures(
                   {"public_budget_revenue level actual 2023 81.45", "public_budget_revenue growth actual 2023 9.7"});
        QTest::newRow("year-to-date-is-the-year")
            << "去年居民消费价格累计同比上涨1.3%。" << figures({"cpi growth actual 2023 1.3"});
        QTest::newRow("cumulative-negative")
            << "五年来累计新增城镇就业12.6万人。" << figures({"new_urban_jobs level actual 2019-2023 12.6"});
        QTest::newRow("list-negative-each") << "今年城乡居民人均可支配收入均增长6%左右。"
                                            << figures({"disposable_income_urban growth target 2024 6",
                                                        "disposable_income_rural growth target 2024 6"});
        // Local phrasings.
        QTest::newRow("county-output") << "去年全县生产总值完成150.2亿元。" << figures({"gdp level actual 2023 150.2"});
        QTest::newRow("district-revenue")
            << "去年区级财政收入完成12.3亿元。" << figures({"public_budget_revenue level actual 2023 12.3"});
        QTest::newRow("total-revenue-negative") << "去年财政总收入完成30亿元。" << QStringList();
        QTest::newRow("foreign-currency-kept")
            << "去年外贸进出口总额完成12.5亿美元，增长9%。"
            << figures({"foreign_trade level actual 2023 12.5 亿美元", "foreign_trade growth actual 2023 9"});
        QTest::newRow("part-of-region-negative") << "去年8个县区固定资产投资增速超过20%。" << QStringList();
        QTest::newRow("share-negative") << "去年在规上工业增加值中，制造业增加值占88.5%。" << QStringList();
        // Estimates are outcomes, marked.
        QTest::newRow("estimate") << "预计全年地区生产总值增长8%，一般公共预算收入增长5%。"
                                  << figures({"gdp growth actual 2023 8 estimated",
                                              "public_budget_revenue growth actual 2023 5 estimated"});
        QTest::newRow("estimate-negative")
            << "今年地区生产总值预期增长6%左右。" << figures({"gdp growth target 2024 6"});
        // Part of a year, a ratio, another quantity in a later clause: no annual figure of the indicator.
        QTest::newRow("part-of-year") << "今年上半年，全市社会消费品零售总额比去年同期增长6.3%。" << QStringList();
        QTest::newRow("part-of-year-months") << "1-11月，固定资产投资增长4.8%。" << QStringList();
        QTest::newRow("ratio-of-plan") << "去年粮食总产量达到260万吨，完成年度计划的103%。"
                                       << figures({"grain_output level actual 2023 260"});
        QTest::newRow("another-quantity-later") << "去年粮食产量达到185万吨，棉花产量达到12万吨，农业总产值增长4%。"
                                                << figures({"grain_output level actual 2023 185"});
        QTest::newRow("another-quantity-negative")
            << "去年粮食产量达到185万吨，增长2.1%。"
            << figures({"grain_output level actual 2023 185", "grain_output growth actual 2023 2.1"});
        QTest::newRow("two-years-together") << "这两年中，进出口总额增长百分之四十。" << QStringList();
        // Years in Chinese numerals date figures like years in digits; "到一九八九年，" is a time, not an end of 从…到.
        QTest::newRow("chinese-numeral-year")
            << "到一九八九年，全国粮食产量达到四亿零七百多万吨。" << figures({"grain_output level actual 1989 40700"});
        // A bound yields to the exact value right after it.
        QTest::newRow("bound-then-exact")
            << "去年全省生产总值突破一万亿元，达到10386.5亿元。" << figures({"gdp level actual 2023 10386.5"});
    }

    void classesOfPhrasing()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
        QStringList found;
        for (const Indicator &f : extractor.extract(ScriptFolding::fold(text), {}, 2024)) {
            const QString period = f.periodStart == f.periodEnd
                ? QString::number(f.periodStart)
                : QStringLiteral("%1-%2").arg(f.periodStart).arg(f.periodEnd);
            QString d = QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(f.indicatorId, metricName(f.metric), figureKindName(f.kind), period)
                            .arg(f.valueInCatalogUnit.value_or(f.value));
            if (f.metric == Metric::Level && !f.valueInCatalogUnit)
                d += u' ' + f.unit;
            if (f.estimated)
                d += QStringLiteral(" estimated");
            found.append(d);
        }
        found.sort();
        expected.sort();
        QVERIFY2(found == expected,
                 qPrintable(QStringLiteral("found: %1\nexpected: %2")
                                .arg(found.join(QStringLiteral(" | ")), expected.join(QStringLiteral(" | ")))));
    }

    // Traditional characters read exactly as Simplified once folded, as the import folds them.
    void traditionalReadsAsSimplified()
    {
        const IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
        const QString simplified = QStringLiteral(
            "去年，全市地区生产总值达到1234.5亿元，增长6.5%；城乡居民人均可支配收入分别增长5.2%和7.1%。");
        const QString traditional = QStringLiteral(
            "去年，全市地區生產總值達到1234.5億元，增長6.5%；城鄉居民人均可支配收入分別增長5.2%和7.1%。");
        auto describe = [&](const QString &text) {
            QStringList list;
            for (const Indicator &f : extractor.extract(ScriptFolding::fold(text), {}, 2024))
                list.append(QStringLiteral("%1 %2 %3 %4")
                                .arg(f.indicatorId, metricName(f.metric), figureKindName(f.kind))
                                .arg(f.valueInCatalogUnit.value_or(f.value)));
            return list;
        };
        QCOMPARE(describe(traditional).size(), 4);
        QCOMPARE(describe(traditional), describe(simplified));
    }

    // Every figure says how sure the extractor is and why.
    void figuresCarryConfidence()
    {
        const IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
        const QList<Indicator> stated = extractor.extract(QStringLiteral("2023年，地区生产总值增长5.2%。"), {}, 2024);
        QCOMPARE(stated.size(), 1);
        QCOMPARE(stated[0].confidence, Indicator::Confidence::High);
        QCOMPARE(stated[0].rule, QStringLiteral("year-stated"));
        const QList<Indicator> guessed = extractor.extract(QStringLiteral("地区生产总值增长5.2%。"), {}, 2024);
        QCOMPARE(guessed.size(), 1);
        QCOMPARE(guessed[0].confidence, Indicator::Confidence::Low);
        const QList<Indicator> estimated =
            extractor.extract(QStringLiteral("预计全年地区生产总值增长5.2%。"), {}, 2024);
        QCOMPARE(estimated.size(), 1);
        QCOMPARE(estimated[0].confidence, Indicator::Confidence::Medium);
        QVERIFY(estimated[0].estimated);
    }

    // Figures as a Chinese reader writes them: the hedge where the language puts it, no exponent,
    // a range with both percent signs, differences in 个百分点 or in the catalog unit scaled.
    void figureText_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before") << "去年国内生产总值超过126万亿元。"
                                << "超过126万亿元";
        QTest::newRow("after-percent") << "今年国内生产总值增长5.5%左右。"
                                       << "5.5%左右";
        QTest::newRow("after-unit") << "今年城镇新增就业1100万人以上。"
                                    << "1100万人以上";
        QTest::newRow("between") << "去年城镇新增就业1000多万人。"
                                 << "1000多万人";
        QTest::newRow("range") << "今年国内生产总值增长6%－6.5%。"
                               << "6%–6.5%";
        QTest::newRow("magnitudes") << "去年粮食产量1.39万亿斤。"
                                    << "1.39万亿斤";
        QTest::newRow("fall") << "去年社会消费品零售总额下降3.4%。"
                              << "−3.4%";
        QTest::newRow("decimals") << "去年农民人均纯收入达到5153.2元。"
                                  << "5153.2元";
    }

    void figureText()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        const QList<Indicator> figures =
            IndicatorExtractor(IndicatorCatalog::loadDefault()).extract(sentence, {}, 2024);
        QVERIFY(!figures.isEmpty());
        QCOMPARE(FigureText::value(figures.first()), expected);
    }

    void figureTextDifferences()
    {
        Indicator a, b;
        a.metric = b.metric = Metric::Growth;
        a.value = 8.1;
        b.value = 5.2;
        QCOMPARE(FigureText::difference(a, b, QStringLiteral("%")), QStringLiteral("−2.9个百分点"));
        a.metric = b.metric = Metric::Level;
        a.valueInCatalogUnit = 1143670;
        b.valueInCatalogUnit = 1260582;
        QCOMPARE(FigureText::difference(a, b, QStringLiteral("亿元")), QStringLiteral("+11.6912万亿元"));
        a.valueInCatalogUnit = 41200;
        b.valueInCatalogUnit = 43500;
        QCOMPARE(FigureText::difference(a, b, QStringLiteral("元")), QStringLiteral("+2300元"));
        b.valueInCatalogUnit.reset(); // kept in 亿美元: no difference pretended
        QCOMPARE(FigureText::difference(a, b, QStringLiteral("亿元")), QString());
        QCOMPARE(FigureText::number(1.39e12), QStringLiteral("1390000000000"));
        QCOMPARE(FigureText::number(0.56730), QStringLiteral("0.5673"));
    }

    // Every figure of the seeds, the national reports and the local excerpts: its hedge stands
    // where Chinese puts it, its unit is there, and no number is written with an exponent.
    void everyCorpusFigureReadsAsWritten()
    {
        const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
        QStringList paths = TestSupport::nationalPaths();
        for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                    QStringLiteral("003"), QStringLiteral("004")})
            paths.append(TestSupport::seedPath(seed));
        const QDir local(TestSupport::sharedDir() + QStringLiteral("/corpus/local"));
        for (const QString &name : local.entryList({QStringLiteral("*.txt")}, QDir::Files))
            paths.append(local.filePath(name));
        int checked = 0;
        for (const QString &path : paths)
            for (const Indicator &f : TestSupport::processFile(path).indicators) {
                const QString text = FigureText::value(f);
                QVERIFY2(!text.contains(u'e') && !text.isEmpty(), qPrintable(path + u' ' + text));
                QVERIFY2(text.contains(f.unit), qPrintable(text));
                if (f.qualifier == QStringLiteral("多") || f.qualifier == QStringLiteral("余"))
                    QVERIFY2(text.endsWith(f.qualifier + f.unit), qPrintable(text)); // 1000多万人
                else if (catalog.qualifiersBefore.contains(f.qualifier))
                    QVERIFY2(text.startsWith(f.qualifier), qPrintable(text));
                else if (catalog.qualifiersAfter.contains(f.qualifier))
                    QVERIFY2(text.endsWith(f.unit + f.qualifier), qPrintable(text));
                ++checked;
            }
        QVERIFY2(checked > 500, qPrintable(QString::number(checked)));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("percent") << "增长5.5%" << 5.5 << -1.0 << "%"
                                 << "";
        QTest::newRow("full-width") << "增长７．３％" << 7.3 << -1.0 << "％"
                                    << "";
        QTest::newRow("range-fullwidth-dash") << "增长6.5%－7%" << 6.5 << 7.0 << "%"
                                              << "";
        QTest::newRow("range-hyphen") << "增长6-6.5%左右" << 6.0 << 6.5 << "%"
                                      << "左右";
        QTest::newRow("hedge-after") << "控制在4.5%以内" << 4.5 << -1.0 << "%"
                                     << "以内";
        QTest::newRow("hedge-before") << "超过126万亿元" << 126.0 << -1.0 << "万亿元"
                                      << "超过";
        QTest::newRow("thousands") << "收入达到1,244元" << 1244.0 << -1.0 << "元"
                                   << "";
        QTest::newRow("chinese-numerals") << "新增就业一千二百万人" << 1200.0 << -1.0 << "万人"
                                          << "";
        QTest::newRow("liang") << "两万亩" << 20000.0 << -1.0 << "亩"
                               << "";
        QTest::newRow("percent-in-words") << "增长百分之十一点八" << 11.8 << -1.0 << "%"
                                          << "";
        QTest::newRow("jin") << "达到2.8亿斤" << 2.8 << -1.0 << "亿斤"
                             << "";
        // Magnitudes before a unit in any combination (a unit list cannot spell them all out).
        QTest::newRow("magnitudes-trillion-jin") << "粮食产量1.39万亿斤" << 1.39 << -1.0 << "万亿斤"
                                                 << "";
        QTest::newRow("magnitudes-ten-million-yuan") << "投资5千万元" << 5.0 << -1.0 << "千万元"
                                                     << "";
        QTest::newRow("magnitudes-hundred-million-kilograms")
            << "粮食总产量４５６４亿公斤" << 4564.0 << -1.0 << "亿公斤"
            << "";
        QTest::newRow("magnitudes-trillion-dollars") << "进出口总额突破6万亿美元" << 6.0 << -1.0 << "万亿美元"
                                                     << "突破";
        QTest::newRow("magnitudes-hedged") << "粮食产量1.3多万亿斤" << 1.3 << -1.0 << "万亿斤"
                                           << "多";
        QTest::newRow("magnitude-alone") << "粮食产量超万亿斤" << 1e12 << -1.0 << "斤"
                                         << "";
        QTest::newRow("chinese-numerals-hedged") << "粮食产量达到四亿零七百多万吨" << 40700.0 << -1.0 << "万吨"
                                                 << "多";
        QTest::newRow("chinese-numerals-hedged-plain-unit") << "人均收入三千多元" << 3000.0 << -1.0 << "元"
                                                            << "多";
        QTest::newRow("magnitude-then-hedge") << "财政收入5万多亿元" << 5.0 << -1.0 << "万亿元"
                                              << "多";
        QTest::newRow("magnitudes-then-hedge") << "投资3千多万元" << 3.0 << -1.0 << "千万元"
                                               << "多";
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(double, high);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
        const NumberParser parser(catalog.units, catalog.qualifiersBefore, catalog.qualifiersAfter, catalog.magnitudes);
        const QList<ParsedNumber> numbers = parser.findAll(text);
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(numbers.first().value, value);
        QCOMPARE(numbers.first().high.value_or(-1.0), high);
        QCOMPARE(numbers.first().unit, unit);
        QCOMPARE(numbers.first().qualifier, qualifier);
    }

    // A figure in a unit with magnitudes converts to the catalog unit as its base unit times them.
    void unitsWithMagnitudesConvert_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("inCatalogUnit");
        QTest::newRow("trillion-jin-to-10k-tonnes") << "去年粮食产量1.39万亿斤。"
                                                    << "grain_output" << 1.39 << "万亿斤" << 69500.0;
        QTest::newRow("100m-kilograms-to-10k-tonnes") << "去年粮食总产量4564亿公斤。"
                                                      << "grain_output" << 4564.0 << "亿公斤" << 45640.0;
        QTest::newRow("10m-yuan-to-100m-yuan") << "去年一般公共预算收入8千万元。"
                                               << "public_budget_revenue" << 8.0 << "千万元" << 0.8;
    }
    void unitsWithMagnitudesConvert()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, indicator);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, inCatalogUnit);
        const IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
        const QList<Indicator> figures = extractor.extract(QStringLiteral("各位代表：\n") + sentence, {}, 2024);
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().indicatorId, indicator);
        QCOMPARE(figures.first().metric, Metric::Level);
        QCOMPARE(figures.first().value, value);
        QCOMPARE(figures.first().unit, unit);
        QVERIFY(figures.first().valueInCatalogUnit.has_value());
        QVERIFY2(qFuzzyCompare(*figures.first().valueInCatalogUnit, inCatalogUnit),
                 qPrintable(QString::number(*figures.first().valueInCatalogUnit)));
    }

    // The worst shape for the extractor: one sentence of 20,000 figures. Every figure is found, and
    // each is quoted with the text around it rather than with the whole "sentence".
    void aSentenceOfManyFiguresYieldsEveryFigure()
    {
        const int count = 20000;
        QString text = QStringLiteral("各位代表：\n");
        for (int i = 0; i < count; ++i)
            text += QStringLiteral("地区生产总值增长%1.%2%，").arg(1 + i / 10).arg(i % 10);
        text += QStringLiteral("经济运行稳中有进。");
        const QList<Indicator> figures = IndicatorExtractor(IndicatorCatalog::loadDefault()).extract(text, {}, 2024);
        QCOMPARE(figures.size(), count);
        for (const Indicator &f : figures) {
            QCOMPARE(f.metric, Metric::Growth);
            QVERIFY(f.quote.size() <= 1000 && f.sentenceEnd - f.sentenceStart == f.quote.size());
            QVERIFY(f.sentenceStart <= f.numberStart && f.numberEnd <= f.sentenceEnd);
        }
        QCOMPARE(figures.last().value, 2000.9);
    }

    // A range has two ends: a line of dashed numbers is read pair by pair, not as one nested range.
    void aLongChainOfRangesIsReadPairByPair()
    {
        const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
        const NumberParser parser(catalog.units, catalog.qualifiersBefore, catalog.qualifiersAfter, catalog.magnitudes);
        const QList<ParsedNumber> numbers = parser.findAll(QStringLiteral("1-").repeated(200000));
        QCOMPARE(numbers.size(), 100000);
        QCOMPARE(numbers.last().high.value_or(0), 1.0);
    }

    void wordsThatAreNotNumbers()
    {
        const IndicatorCatalog catalog = IndicatorCatalog::loadDefault();
        const NumberParser parser(catalog.units, catalog.qualifiersBefore, catalog.qualifiersAfter);
        QVERIFY(parser.findAll(QStringLiteral("一是统一思想，十四五时期，两个确立")).isEmpty());
    }

    void distractorsAreNotTheIndicator()
    {
        IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
        const QString text = QStringLiteral(
            "过去一年，单位国内生产总值能耗下降3.5%，服务业增加值占国内生产总值比重达到52%，广义货币M2增长8.7%，"
            "财政赤字占国内生产总值的3%，消费对经济增长的贡献率达到65%。");
        QVERIFY(extractor.extract(text, {}, 2020).isEmpty());
    }

    // A year no report could mean (a misread digit) does not date a figure; the sentence's other
    // cues do, as they would without it.
    void implausibleYearsDateNothing_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<int>("period");
        QTest::newRow("plausible") << "2019" << 2019;
        QTest::newRow("centuries ahead") << "7997" << 2020;
        QTest::newRow("before 1900") << "1019" << 2020;
    }
    void implausibleYearsDateNothing()
    {
        QFETCH(QString, year);
        QFETCH(int, period);
        IndicatorExtractor extractor(IndicatorCatalog::loadDefault());
        const QString text = QStringLiteral("各位代表：\n一、去年工作回顾\n%1年，地区生产总值增长6.1%。").arg(year);
        QList<Indicator> growth;
        for (const Indicator &f : extractor.extract(text, {}, 2021))
            if (f.indicatorId == QStringLiteral("gdp") && f.metric == Metric::Growth)
                growth.append(f);
        QCOMPARE(growth.size(), 1);
        QCOMPARE(growth.first().value, 6.1);
        QCOMPARE(growth.first().periodStart, period);
        QCOMPARE(growth.first().kind, FigureKind::Actual);
    }

    // The names the library, the JSON outputs, the catalog and the gold files keep; any other text
    // names no metric or kind.
    void metricAndKindNames()
    {
        for (const Metric metric : {Metric::Level, Metric::Growth, Metric::Rate})
            QCOMPARE(metricFromName(metricName(metric)), std::optional<Metric>(metric));
        for (const FigureKind kind : {FigureKind::Actual, FigureKind::Target, FigureKind::Plan})
            QCOMPARE(figureKindFromName(figureKindName(kind)), std::optional<FigureKind>(kind));
        QCOMPARE(metricNames({Metric::Level, Metric::Growth, Metric::Rate}),
                 (QStringList{QStringLiteral("level"), QStringLiteral("growth"), QStringLiteral("rate")}));
        QCOMPARE(figureKindName(FigureKind::Target), QStringLiteral("target"));
        QVERIFY(!metricFromName(u"Growth").has_value());
        QVERIFY(!figureKindFromName(u"").has_value());
        QCOMPARE(metricsFromNames({QStringLiteral("rate"), QStringLiteral("share"), QStringLiteral("level")}),
                 (QList<Metric>{Metric::Rate, Metric::Level}));
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
