// Aligning the sections of two reports.

#include "compare/reportcomparison.h"
#include "model/sectiontree.h"
#include "compare/sectionaligner.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ReportLens;

class TestCompare : public QObject
{
    Q_OBJECT
private:
    // Titles of aligned pairs, "left ↔ right", top level only.
    QStringList alignedTopLevel(const QString &leftPath, const QString &rightPath)
    {
        const Report left = TestSupport::processFile(leftPath);
        const Report right = TestSupport::processFile(rightPath);
        const QList<Section> leftFlat = SectionTree::flatten(left.sections);
        const QList<Section> rightFlat = SectionTree::flatten(right.sections);
        QStringList pairs;
        for (const auto &[l, r] : SectionAligner().align(left.sections, right.sections))
            if (leftFlat[l].level == 1)
                pairs.append(leftFlat[l].label + leftFlat[l].title + QStringLiteral(" ↔ ") + rightFlat[r].label
                             + rightFlat[r].title);
        return pairs;
    }

    // Two report texts through the import pipeline, compared (no figures).
    ReportComparison compareTexts(const QString &left, const QString &right)
    {
        QTemporaryDir dir;
        const Report l =
            TestSupport::processFile(TestSupport::writeFile(dir, QStringLiteral("left.txt"), left.toUtf8()));
        const Report r =
            TestSupport::processFile(TestSupport::writeFile(dir, QStringLiteral("right.txt"), right.toUtf8()));
        return ReportComparison::compare(l, r, {}, {}, IndicatorCatalog());
    }

    // "kind: from → to", one per regrouping.
    static QStringList regroupings(const ReportComparison &c)
    {
        QStringList out;
        for (const ReportComparison::Regrouping &g : c.regrouped)
            out.append(regroupingWord(g.kind) + QStringLiteral(": ") + pathList(g.from) + QStringLiteral(" → ")
                       + pathList(g.to));
        return out;
    }

private Q_SLOTS:
    void cityAgainstNation()
    {
        const QStringList pairs =
            alignedTopLevel(TestSupport::seedPath(QStringLiteral("001")),
                            TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt"));
        QCOMPARE(pairs.value(0), QStringLiteral("一、2019年工作回顾 ↔ 一、2021年工作回顾"));
        QCOMPARE(pairs.value(1), QStringLiteral("二、2020年工作安排 ↔ 三、2022年政府工作任务"));
    }

    void districtAgainstCounty()
    {
        const QStringList pairs =
            alignedTopLevel(TestSupport::seedPath(QStringLiteral("003")), TestSupport::seedPath(QStringLiteral("004")));
        QCOMPARE(pairs,
                 (QStringList{QStringLiteral("一、2022年工作回顾 ↔ 一、本届人民政府工作回顾"),
                              QStringLiteral("二、2023年工作安排 ↔ 三、2022年政府工作安排"),
                              QStringLiteral("三、全面加强政府自身建设 ↔ 四、加强政府自身建设")}));
    }

    void yearAgainstYear()
    {
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        const QStringList pairs = alignedTopLevel(national + QStringLiteral("national-2022.txt"),
                                                  national + QStringLiteral("national-2024.txt"));
        QCOMPARE(pairs.value(0), QStringLiteral("一、2021年工作回顾 ↔ 一、2023年工作回顾"));
        QCOMPARE(pairs.value(1),
                 QStringLiteral("二、2022年经济社会发展总体要求和政策取向 ↔ 二、2024年经济社会发展总体要求和政策取向"));
        QCOMPARE(pairs.value(2), QStringLiteral("三、2022年政府工作任务 ↔ 三、2024年政府工作任务"));
    }

    void childrenAlignInsideTheirParents()
    {
        const Report left =
            TestSupport::processFile(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt"));
        const Report right =
            TestSupport::processFile(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt"));
        const QList<Section> l = SectionTree::flatten(left.sections), r = SectionTree::flatten(right.sections);
        const auto pairs = SectionAligner().align(left.sections, right.sections);
        QVERIFY(pairs.size() > 5);
        for (qsizetype i = 1; i < pairs.size(); ++i) {
            QCOMPARE(l[pairs[i].first].level, r[pairs[i].second].level);
            QVERIFY(pairs[i - 1].first < pairs[i].first || l[pairs[i].first].level != l[pairs[i - 1].first].level);
        }
    }

    // A section split in two, two merged into one, one under a new heading: told by where their
    // sentences went, and not listed as removed or added.
    void splitMergedAndRenamedSections()
    {
        const QString a1 = QStringLiteral("全年新开工重大项目一千二百个，完成固定资产投资增长百分之八。");
        const QString a2 = QStringLiteral("城乡居民收入稳步增长，新增就业岗位十二万个以上。");
        const QString b1 = QStringLiteral("粮食总产量连续十年保持稳定，高标准农田建设全面推进。");
        const QString b2 = QStringLiteral("农村人居环境整治三年行动圆满完成，美丽乡村覆盖全域。");
        const QString c1 = QStringLiteral("生态环境质量持续改善，空气优良天数比例达到九成。");
        const QString left = QStringLiteral("2023年某市政府工作报告\n一、过去一年工作回顾\n（一）稳增长与惠民生\n%1%2\n"
                                            "（二）粮食生产\n%3\n（三）美丽乡村\n%4\n（四）生态建设\n%5\n")
                                 .arg(a1, a2, b1, b2, c1);
        const QString right =
            QStringLiteral(
                "2024年某市政府工作报告\n一、过去一年工作回顾\n（一）扩大有效投资\n%1\n（二）增进民生福祉\n%2\n"
                "（三）全面推进乡村振兴\n%3%4\n（四）绿水青山\n%5\n")
                .arg(a1, a2, b1, b2, c1);
        const ReportComparison c = compareTexts(left, right);
        const QStringList regrouped = regroupings(c);
        const QString review = QStringLiteral("一、过去一年工作回顾 › ");
        QCOMPARE(
            regrouped,
            (QStringList{
                QStringLiteral("split: %1（一）稳增长与惠民生 → %1（一）扩大有效投资 + %1（二）增进民生福祉")
                    .arg(review),
                QStringLiteral("renamed: %1（四）生态建设 → %1（四）绿水青山").arg(review),
                QStringLiteral("merged: %1（二）粮食生产 + %1（三）美丽乡村 → %1（三）全面推进乡村振兴").arg(review)}));
        QVERIFY2(c.added.isEmpty(), qPrintable(pathList(c.added)));
        QVERIFY2(c.removed.isEmpty(), qPrintable(pathList(c.removed)));
        QVERIFY(c.toMarkdown().contains(QStringLiteral("## Sections split, merged or renamed\n- split: ")));
    }

    // A report reposted in Traditional characters (made with opencc s2tw) is the same report:
    // compared in the Simplified folding, its sentences are the same and it brings no new terms
    // but the few words Taiwan usage writes differently; terms are shown as written.
    void traditionalRepostIsTheSameReport()
    {
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        const Report simplified = TestSupport::processFile(national + QStringLiteral("national-2022.txt"));
        const Report traditional =
            TestSupport::processFile(QStringLiteral(REPORTLENS_TEST_DATA "/fidelity/national-2022.s2tw.utf8.txt"));
        const ReportComparison c = ReportComparison::compare(simplified, traditional, {}, {}, IndicatorCatalog());
        const qsizetype sentences = c.text.sameCount() + c.text.editedCount() + c.text.droppedCount();
        QVERIFY2(c.text.sameCount() * 10 >= sentences * 9,
                 qPrintable(QStringLiteral("%1 of %2 the same").arg(c.text.sameCount()).arg(sentences)));
        const ReportComparison otherYear = ReportComparison::compare(
            simplified, TestSupport::processFile(national + QStringLiteral("national-2024.txt")), {}, {},
            IndicatorCatalog());
        QVERIFY2(c.terms.added.size() * 20 < otherYear.terms.added.size(),
                 qPrintable(QStringLiteral("%1 new terms against %2 for another year")
                                .arg(c.terms.added.size())
                                .arg(otherYear.terms.added.size())));
        for (const TermDiff::Term &t : c.terms.added)
            QCOMPARE(traditional.cleanText.mid(t.places.first().start, t.text.size()), t.text);
    }

    // A top-level part is measured by its own text, its sub-parts aside.
    void aRenamedPartWithSubParts()
    {
        const QString s1 = QStringLiteral("坚持依法全面履行政府职能，加快建设法治政府和服务型政府。");
        const QString s2 = QStringLiteral("严格落实中央八项规定精神，持之以恒纠治四风，坚决反对形式主义官僚主义。");
        const QString t1 = QStringLiteral("自觉接受人大法律监督和政协民主监督，认真办理人大代表建议和政协委员提案。"
                                          "深化政务公开，推进重大行政决策合法性审查全覆盖，规范行政执法行为。"
                                          "加强审计监督和统计监督，坚决查处侵害群众利益的不正之风和腐败问题。");
        const QString left =
            QStringLiteral(
                "2023年某市政府工作报告\n一、过去一年工作回顾\n全市经济平稳运行。\n二、加强政府自身建设\n%1%2\n"
                "（一）依法行政\n%3\n")
                .arg(s1, s2, t1);
        const QString right =
            QStringLiteral(
                "2024年某市政府工作报告\n一、过去一年工作回顾\n全市经济平稳运行。\n二、奋力建设人民满意的好班子\n%1%2\n"
                "（一）依法行政\n%3\n")
                .arg(s1, s2, t1);
        const ReportComparison c = compareTexts(left, right);
        const QStringList regrouped = regroupings(c);
        QVERIFY2(regrouped.contains(QStringLiteral("renamed: 二、加强政府自身建设 → 二、奋力建设人民满意的好班子")),
                 qPrintable(regrouped.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
