// Aligning the sections of two reports.

#include "compare/sectionaligner.h"
#include "outline/outlineparser.h"
#include "store/library.h"
#include "testsupport.h"

#include <QTest>

using namespace ReportLens;

class TestCompare : public QObject
{
    Q_OBJECT
private:
    Library m_library;

    // Titles of aligned pairs, "left ↔ right", top level only.
    QStringList alignedTopLevel(const QString &leftPath, const QString &rightPath)
    {
        const Report left = TestSupport::processFile(m_library, leftPath);
        const Report right = TestSupport::processFile(m_library, rightPath);
        const QList<Section> leftFlat = OutlineParser::flatten(left.sections);
        const QList<Section> rightFlat = OutlineParser::flatten(right.sections);
        QStringList pairs;
        for (const auto &[l, r] : SectionAligner().align(left.sections, right.sections))
            if (leftFlat[l].level == 1)
                pairs.append(leftFlat[l].label + leftFlat[l].title + QStringLiteral(" ↔ ") + rightFlat[r].label + rightFlat[r].title);
        return pairs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_library.open(QStringLiteral(":memory:"), &error));
    }

    void cityAgainstNation()
    {
        const QStringList pairs = alignedTopLevel(TestSupport::seedPath(QStringLiteral("001")),
                                                  TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt"));
        QCOMPARE(pairs.value(0), QStringLiteral("一、2019年工作回顾 ↔ 一、2021年工作回顾"));
        QCOMPARE(pairs.value(1), QStringLiteral("二、2020年工作安排 ↔ 三、2022年政府工作任务"));
    }

    void districtAgainstCounty()
    {
        const QStringList pairs = alignedTopLevel(TestSupport::seedPath(QStringLiteral("003")), TestSupport::seedPath(QStringLiteral("004")));
        QCOMPARE(pairs, (QStringList{QStringLiteral("一、2022年工作回顾 ↔ 一、本届人民政府工作回顾"),
                                     QStringLiteral("二、2023年工作安排 ↔ 三、2022年政府工作安排"),
                                     QStringLiteral("三、全面加强政府自身建设 ↔ 四、加强政府自身建设")}));
    }

    void yearAgainstYear()
    {
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        const QStringList pairs = alignedTopLevel(national + QStringLiteral("national-2022.txt"), national + QStringLiteral("national-2024.txt"));
        QCOMPARE(pairs.value(0), QStringLiteral("一、2021年工作回顾 ↔ 一、2023年工作回顾"));
        QCOMPARE(pairs.value(1), QStringLiteral("二、2022年经济社会发展总体要求和政策取向 ↔ 二、2024年经济社会发展总体要求和政策取向"));
        QCOMPARE(pairs.value(2), QStringLiteral("三、2022年政府工作任务 ↔ 三、2024年政府工作任务"));
    }

    void childrenAlignInsideTheirParents()
    {
        const Report left = TestSupport::processFile(m_library, TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt"));
        const Report right = TestSupport::processFile(m_library, TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt"));
        const QList<Section> l = OutlineParser::flatten(left.sections), r = OutlineParser::flatten(right.sections);
        const auto pairs = SectionAligner().align(left.sections, right.sections);
        QVERIFY(pairs.size() > 5);
        for (qsizetype i = 1; i < pairs.size(); ++i) {
            QCOMPARE(l[pairs[i].first].level, r[pairs[i].second].level);
            QVERIFY(pairs[i - 1].first < pairs[i].first || l[pairs[i].first].level != l[pairs[i - 1].first].level);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
