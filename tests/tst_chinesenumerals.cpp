// Chinese numerals: the one reading that years, plan numbers, item numbers, outline labels and the
// figures' numbers share (ChineseText::chineseNumeralValue).

#include "util/chinesetext.h"

#include <QTest>

using namespace ReportLens;

class TestChineseNumerals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("numerals");
        QTest::addColumn<double>("value");
        QTest::newRow("one-digit") << QStringLiteral("七") << 7.0;
        QTest::newRow("zero") << QStringLiteral("零") << 0.0;
        QTest::newRow("liang-is-two") << QStringLiteral("两") << 2.0;
        QTest::newRow("bare-ten") << QStringLiteral("十") << 10.0;
        QTest::newRow("ten-and-two") << QStringLiteral("十二") << 12.0;
        QTest::newRow("plan-number") << QStringLiteral("十四") << 14.0;
        QTest::newRow("tens") << QStringLiteral("二十五") << 25.0;
        QTest::newRow("hundreds") << QStringLiteral("一千二百") << 1200.0;
        QTest::newRow("zero-inside") << QStringLiteral("一千零五") << 1005.0;
        QTest::newRow("year-positional") << QStringLiteral("一九八四") << 1984.0;
        QTest::newRow("year-with-ling-circle") << QStringLiteral("二〇二三") << 2023.0;
        QTest::newRow("year-with-white-circle") << QStringLiteral("二○二一") << 2021.0;
        QTest::newRow("wan") << QStringLiteral("两万") << 20000.0;
        QTest::newRow("bare-wan") << QStringLiteral("万") << 10000.0;
        QTest::newRow("wan-yi") << QStringLiteral("万亿") << 1e12;
        QTest::newRow("yi-and-wan") << QStringLiteral("四亿零七百万") << 407000000.0;
        QTest::newRow("hundreds-of-wan") << QStringLiteral("一千二百万") << 12000000.0;
    }

    void values()
    {
        QFETCH(QString, numerals);
        QFETCH(double, value);
        const std::optional<double> parsed = ChineseText::chineseNumeralValue(numerals);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
    }

    void notNumerals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("统一");
        QTest::newRow("arabic") << QStringLiteral("12");
        QTest::newRow("numeral-then-measure-word") << QStringLiteral("三个");
    }

    void notNumerals()
    {
        QFETCH(QString, text);
        QVERIFY(!ChineseText::chineseNumeralValue(text).has_value());
        QCOMPARE(ChineseText::parseChineseNumber(text), -1);
    }

    void intReading_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::newRow("item-number") << QStringLiteral("三") << 3;
        QTest::newRow("plan-number") << QStringLiteral("十三") << 13;
        QTest::newRow("year") << QStringLiteral("二〇二四") << 2024;
        QTest::newRow("too-large") << QStringLiteral("一百亿") << -1;
        QTest::newRow("positional-too-large") << QStringLiteral("一二三四五六七八九一二") << -1;
    }

    void intReading()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(ChineseText::parseChineseNumber(text), value);
    }

    void parseNumberTakesDigitsOrNumerals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::newRow("ascii") << QStringLiteral("2024") << 2024;
        QTest::newRow("full-width") << QStringLiteral("２０２４") << 2024;
        QTest::newRow("numerals") << QStringLiteral("二〇二四") << 2024;
        QTest::newRow("month") << QStringLiteral("十二") << 12;
        QTest::newRow("neither") << QStringLiteral("年") << -1;
    }

    void parseNumberTakesDigitsOrNumerals()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(ChineseText::parseNumber(text), value);
    }
};

QTEST_GUILESS_MAIN(TestChineseNumerals)
#include "tst_chinesenumerals.moc"
