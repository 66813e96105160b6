// Metadata detected from the text: the seeds' README table and the national corpus's file names.

#include "import/importer.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace ReportLens;

class TestMetadata : public QObject
{
    Q_OBJECT
private:
    Report process(const QString &path) { return TestSupport::processFile(path); }

private Q_SLOTS:
    // Expected values from ../shared/seeds/README.md.
    void seeds_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("session");
        QTest::newRow("000-yuquan-district-2021") << "000"
                                                  << "呼和浩特市玉泉区"
                                                  << "district" << 2021 << "2021-02-07"
                                                  << "区长"
                                                  << "云鉴"
                                                  << "第十七届人民代表大会第四次会议";
        QTest::newRow("001-hohhot-city-2020") << "001"
                                              << "呼和浩特市"
                                              << "city" << 2020 << "2020-04-22"
                                              << "市长"
                                              << "张佰成"
                                              << "第十五届人民代表大会第三次会议";
        QTest::newRow("003-xincheng-district-2023") << "003"
                                                    << "呼和浩特市新城区"
                                                    << "district" << 2023 << "2023-01-05"
                                                    << "代区长"
                                                    << "殷树刚"
                                                    << "第十八届人民代表大会第二次会议";
        QTest::newRow("004-xinghe-county-2022") << "004"
                                                << "乌兰察布市兴和县"
                                                << "county" << 2022 << "2022-01-06"
                                                << "代县长"
                                                << "李锴栋"
                                                << "第十六届人民代表大会第一次会议";
    }
    void seeds()
    {
        QFETCH(QString, seed);
        QFETCH(QString, region);
        QFETCH(QString, level);
        QFETCH(int, year);
        QFETCH(QString, date);
        QFETCH(QString, role);
        QFETCH(QString, speaker);
        QFETCH(QString, session);
        const ReportMetadata m = process(TestSupport::seedPath(seed)).meta;
        QCOMPARE(m.region.value, region);
        QCOMPARE(m.region.source, FieldSource::Detected);
        QCOMPARE(adminLevelName(m.level.value), level);
        QCOMPARE(m.year.value, year);
        QCOMPARE(m.meetingDate.value.toString(Qt::ISODate), date);
        QCOMPARE(m.speakerRole.value, role);
        QCOMPARE(m.speaker.value, speaker);
        QCOMPARE(m.session.value, session);
        QVERIFY(m.title.value.contains(QStringLiteral("政府工作报告")));
    }

    void seedTitles()
    {
        QCOMPARE(process(TestSupport::seedPath(QStringLiteral("000"))).meta.title.value,
                 QStringLiteral("政府工作报告"));
        QCOMPARE(process(TestSupport::seedPath(QStringLiteral("001"))).meta.title.value,
                 QStringLiteral("2020年呼和浩特市人民政府工作报告"));
        QCOMPARE(process(TestSupport::seedPath(QStringLiteral("003"))).meta.title.value,
                 QStringLiteral("2023年呼和浩特市新城区政府工作报告"));
        QCOMPARE(process(TestSupport::seedPath(QStringLiteral("004"))).meta.title.value,
                 QStringLiteral("2022年兴和县人民政府工作报告"));
    }

    // Seed 002 is a news article: no header, so no year, date or speaker is claimed.
    void newsArticleClaimsNothingItDoesNotState()
    {
        const ReportMetadata m = process(TestSupport::seedPath(QStringLiteral("002"))).meta;
        QCOMPARE(m.title.value, QStringLiteral("玉泉区:实干为锚 担当作帆 乘风破浪谱新篇"));
        QVERIFY(m.region.value.endsWith(QStringLiteral("玉泉区")));
        QCOMPARE(m.level.value, AdminLevel::District);
        QVERIFY(!m.year.isSet());
        QVERIFY(!m.meetingDate.isSet());
        QVERIFY(!m.speaker.isSet());
    }

    void national_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : TestSupport::nationalPaths())
            QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
        QVERIFY(TestSupport::nationalPaths().size() >= 38);
    }
    void national()
    {
        QFETCH(QString, path);
        const int year = QFileInfo(path).baseName().section(u'-', 1).toInt();
        const ReportMetadata m = process(path).meta;
        QCOMPARE(m.region.value, QStringLiteral("全国"));
        QCOMPARE(m.level.value, AdminLevel::National);
        QCOMPARE(m.year.value, year);
        QCOMPARE(m.title.value, QStringLiteral("政府工作报告"));
    }

    // A misread digit makes an impossible year; the next source of the year decides instead.
    void implausibleYearsAreNotTaken_data()
    {
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("review");
        QTest::addColumn<int>("year");
        QTest::newRow("dateline in the future") << "——2086年3月5日在"
                                                << "一、2021年工作回顾" << 2022;
        QTest::newRow("dateline before 1949") << "——1022年3月5日在"
                                              << "一、2021年工作回顾" << 2022;
        QTest::newRow("review in the future too") << "——2086年3月5日在"
                                                  << "一、2985年工作回顾" << 0;
        QTest::newRow("a plausible dateline stands") << "——2022年3月5日在"
                                                     << "一、2985年工作回顾" << 2022;
    }
    void implausibleYearsAreNotTaken()
    {
        QFETCH(QString, dateline);
        QFETCH(QString, review);
        QFETCH(int, year);
        QString text =
            TestSupport::readUtf8(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt"));
        QVERIFY(text.contains(QStringLiteral("——2022年3月5日在"))
                && text.contains(QStringLiteral("一、2021年工作回顾")));
        text.replace(QStringLiteral("——2022年3月5日在"), dateline)
            .replace(QStringLiteral("一、2021年工作回顾"), review);
        QString error;
        // A file name without a year, so that only the text can give one.
        const Report report = TestSupport::processBytes(text.toUtf8(), QStringLiteral("报告.txt"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.meta.year.isSet(), year > 0);
        if (year > 0)
            QCOMPARE(report.meta.year.value, year);
        QCOMPARE(report.meta.meetingDate.isSet(), dateline.contains(QStringLiteral("2022")));
    }

    void nationalDatelineAndPremier_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("session");
        QTest::newRow("2022") << "national-2022.txt"
                              << "2022-03-05"
                              << "李克强"
                              << "第十三届全国人民代表大会第五次会议";
        QTest::newRow("2024") << "national-2024.txt"
                              << "2024-03-05"
                              << "李强"
                              << "第十四届全国人民代表大会第二次会议";
    }
    void nationalDatelineAndPremier()
    {
        QFETCH(QString, file);
        QFETCH(QString, date);
        QFETCH(QString, speaker);
        QFETCH(QString, session);
        const ReportMetadata m = process(TestSupport::sharedDir() + QStringLiteral("/corpus/national/") + file).meta;
        QCOMPARE(m.meetingDate.value.toString(Qt::ISODate), date);
        QCOMPARE(m.speaker.value, speaker);
        QCOMPARE(m.speakerRole.value, QStringLiteral("国务院总理"));
        QCOMPARE(m.session.value, session);
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
