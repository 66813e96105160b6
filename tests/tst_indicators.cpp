// Indicator extraction: the number parser, each class of phrasing, and a catalog
// extended by a user.

#include "extract/indicatorextractor.h"
#include "extract/numberparser.h"
#include "store/indicatorstore.h"
#include "store/reportstore.h"
#include "store/library.h"
#include "testsupport.h"
#include "util/chinesetext.h"

#include <QTest>

#include <cmath>

using namespace ReportLens;

namespace {

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT
private:
    Library m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_library.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("percent") << "增长5.5%" << 5.5 << -1.0 << "%" << "";
        QTest::newRow("full-width") << "增长７．３％" << 7.3 << -1.0 << "％" << "";
        QTest::newRow("range-fullwidth-dash") << "增长6.5%－7%" << 6.5 << 7.0 << "%" << "";
        QTest::newRow("range-hyphen") << "增长6-6.5%左右" << 6.0 << 6.5 << "%" << "左右";
        QTest::newRow("hedge-after") << "控制在4.5%以内" << 4.5 << -1.0 << "%" << "以内";
        QTest::newRow("hedge-before") << "超过126万亿元" << 126.0 << -1.0 << "万亿元" << "超过";
        QTest::newRow("thousands") << "收入达到1,244元" << 1244.0 << -1.0 << "元" << "";
        QTest::newRow("chinese-numerals") << "新增就业一千二百万人" << 1200.0 << -1.0 << "万人" << "";
        QTest::newRow("liang") << "两万亩" << 20000.0 << -1.0 << "亩" << "";
        QTest::newRow("percent-in-words") << "增长百分之十一点八" << 11.8 << -1.0 << "%" << "";
        QTest::newRow("jin") << "达到2.8亿斤" << 2.8 << -1.0 << "亿斤" << "";
        // Magnitudes before a unit in any combination (a unit list cannot spell them all out).
        QTest::newRow("magnitudes-trillion-jin") << "粮食产量1.39万亿斤" << 1.39 << -1.0 << "万亿斤" << "";
        QTest::newRow("magnitudes-ten-million-yuan") << "投资5千万元" << 5.0 << -1.0 << "千万元" << "";
        QTest::newRow("magnitudes-hundred-million-kilograms") << "粮食总产量４５６４亿公斤" << 4564.0 << -1.0 << "亿公斤" << "";
        QTest::newRow("magnitudes-trillion-dollars") << "进出口总额突破6万亿美元" << 6.0 << -1.0 << "万亿美元" << "突破";
        QTest::newRow("magnitudes-hedged") << "粮食产量1.3多万亿斤" << 1.3 << -1.0 << "万亿斤" << "多";
        QTest::newRow("magnitude-alone") << "粮食产量超万亿斤" << 1e12 << -1.0 << "斤" << "";
        QTest::newRow("chinese-numerals-hedged") << "粮食产量达到四亿零七百多万吨" << 40700.0 << -1.0 << "万吨" << "多";
        QTest::newRow("chinese-numerals-hedged-plain-unit") << "人均收入三千多元" << 3000.0 << -1.0 << "元" << "多";
        QTest::newRow("magnitude-then-hedge") << "财政收入5万多亿元" << 5.0 << -1.0 << "万亿元" << "多";
        QTest::newRow("magnitudes-then-hedge") << "投资3千多万元" << 3.0 << -1.0 << "千万元" << "多";
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
        QTest::newRow("trillion-jin-to-10k-tonnes") << "去年粮食产量1.39万亿斤。" << "grain_output" << 1.39 << "万亿斤" << 69500.0;
        QTest::newRow("100m-kilograms-to-10k-tonnes") << "去年粮食总产量4564亿公斤。" << "grain_output" << 4564.0 << "亿公斤" << 45640.0;
        QTest::newRow("10m-yuan-to-100m-yuan") << "去年一般公共预算收入8千万元。" << "public_budget_revenue" << 8.0 << "千万元" << 0.8;
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
        QCOMPARE(figures.first().metric, QStringLiteral("level"));
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
            QCOMPARE(f.metric, QStringLiteral("growth"));
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
            if (f.indicatorId == QStringLiteral("gdp") && f.metric == QStringLiteral("growth"))
                growth.append(f);
        QCOMPARE(growth.size(), 1);
        QCOMPARE(growth.first().value, 6.1);
        QCOMPARE(growth.first().periodStart, period);
        QCOMPARE(growth.first().kind, QStringLiteral("actual"));
    }

    void newAliasIsRecognisedWithoutCode()
    {
        const QString text = QStringLiteral("各位代表：\n过去一年，全盟经济总量达到1088亿元，增长6.2%。");
        Library library;
        QString error;
        QVERIFY(library.open(QStringLiteral(":memory:"), &error));
        IndicatorStore store(library);
        auto gdpFigures = [&] {
            QList<Indicator> figures;
            for (const Indicator &f : IndicatorExtractor(store.catalog()).extract(text, {}, 2021))
                if (f.indicatorId == QStringLiteral("gdp"))
                    figures.append(f);
            return figures;
        };
        QVERIFY(gdpFigures().isEmpty());
        QVERIFY2(store.addAlias(QStringLiteral("gdp"), QStringLiteral("经济总量"), {}, &error), qPrintable(error));
        const QList<Indicator> figures = gdpFigures();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures[0].metric, QStringLiteral("level"));
        QCOMPARE(figures[0].value, 1088.0);
        QCOMPARE(figures[0].periodStart, 2020);
        QCOMPARE(figures[1].metric, QStringLiteral("growth"));
        QCOMPARE(figures[1].value, 6.2);
        QVERIFY(!store.addAlias(QStringLiteral("no_such_indicator"), QStringLiteral("某某"), {}, &error));
    }

    void figuresAreStoredWithTheirSection()
    {
        Library library;
        QString error;
        QVERIFY(library.open(QStringLiteral(":memory:"), &error));
        const ImportResult result = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("001")));
        QCOMPARE(result.status, ImportResult::Status::Imported);
        const QList<IndicatorRow> rows = IndicatorStore(library).rows(result.reportId);
        QCOMPARE(rows.size(), 19);
        const std::optional<Report> report = ReportStore(library).load(result.reportId);
        for (const IndicatorRow &row : rows) {
            const Indicator &i = row.indicator;
            QVERIFY(i.numberStart >= i.sentenceStart && i.numberEnd <= i.sentenceEnd);
            QCOMPARE(report->cleanText.mid(i.sentenceStart, i.sentenceEnd - i.sentenceStart), i.quote);
            QVERIFY(ChineseText::toHalfWidthDigits(report->cleanText.mid(i.numberStart, i.numberEnd - i.numberStart))
                        .contains(QString::number(std::abs(i.value))));
        }
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
