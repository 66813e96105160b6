// What changed between two texts: sentences matched wherever they stand, changed words inside a
// matched pair; constructed pairs with the exact marks expected, and the national reports of 2022
// and 2024.

#include "compare/textdiff.h"
#include "testsupport.h"

#include <QTest>

using namespace ReportLens;

namespace {
QStringList marked(const QString &text, const QList<TextDiff::Range> &marks)
{
    QStringList out;
    for (const TextDiff::Range &r : marks)
        out.append(text.mid(r.start, r.end - r.start));
    return out;
}

bool covered(const QList<TextDiff::Range> &marks, qsizetype start, qsizetype end)
{
    return std::any_of(marks.cbegin(), marks.cend(),
                       [&](const TextDiff::Range &r) { return r.start <= start && end <= r.end; });
}
} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentencesEndAfterClosingQuotesAndAtLineBreaks()
    {
        const QString text = QStringLiteral("第一句。第二句！“引述的话。”第三句\n  第四句；");
        QCOMPARE(marked(text, TextDiff::sentences(text)),
                 (QStringList{QStringLiteral("第一句。"), QStringLiteral("第二句！"), QStringLiteral("“引述的话。”"),
                              QStringLiteral("第三句"), QStringLiteral("第四句；")}));
    }

    void movedSentencesAreTheSame()
    {
        const QString a = QStringLiteral("全年经济运行总体平稳。就业形势保持稳定。粮食产量再创新高。");
        const QString b = QStringLiteral("粮食产量再创新高。全年经济运行总体平稳。就业形势保持稳定！");
        const TextDiff::Result r = TextDiff::compare(a, b);
        QCOMPARE(r.sameCount(), 3); // punctuation aside: ！ for 。 is no change
        QVERIFY(r.leftMarks.isEmpty());
        QVERIFY(r.rightMarks.isEmpty());
        QCOMPARE(r.left[2].counterpart, 0);
    }

    void anInsertedClauseIsMarkedAsItsWords()
    {
        const QString a = QStringLiteral("今年发展主要预期目标是：国内生产总值增长5%左右，居民消费价格涨幅3%左右。");
        const QString b = QStringLiteral(
            "今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上，居民消费价格涨幅3%左右。");
        const TextDiff::Result r = TextDiff::compare(a, b);
        QCOMPARE(r.editedCount(), 1);
        QVERIFY(marked(a, r.leftMarks).isEmpty());
        QCOMPARE(marked(b, r.rightMarks), QStringList{QStringLiteral("城镇新增就业1200万人以上")});
    }

    void aChangedTargetIsMarkedOnBothSides()
    {
        const QString a = QStringLiteral("居民消费价格涨幅3%左右。");
        const QString b = QStringLiteral("居民消费价格涨幅2%左右。");
        const TextDiff::Result r = TextDiff::compare(a, b);
        QCOMPARE(r.editedCount(), 1);
        QCOMPARE(marked(a, r.leftMarks), QStringList{QStringLiteral("3")});
        QCOMPARE(marked(b, r.rightMarks), QStringList{QStringLiteral("2")});
    }

    void newAndDroppedSentences()
    {
        const QString a = QStringLiteral("坚持稳中求进工作总基调。统筹疫情防控和经济社会发展。");
        const QString b = QStringLiteral("坚持稳中求进工作总基调。大力推进现代化产业体系建设，加快发展新质生产力。");
        const TextDiff::Result r = TextDiff::compare(a, b);
        QCOMPARE(r.sameCount(), 1);
        QCOMPARE(marked(a, r.leftMarks), QStringList{QStringLiteral("统筹疫情防控和经济社会发展。")});
        QCOMPARE(marked(b, r.rightMarks),
                 QStringList{QStringLiteral("大力推进现代化产业体系建设，加快发展新质生产力。")});
        QCOMPARE(r.droppedCount(), 1);
        QCOMPARE(r.newCount(), 1);
    }

    // A section split in two, or two merged: the sentences are the same wherever they now stand.
    void aSplitSectionKeepsItsSentences()
    {
        const QString a = QStringLiteral("（一）扩大内需和对外开放\n扩大国内需求。推进高水平对外开放。");
        const QString b =
            QStringLiteral("（一）扩大国内需求\n扩大国内需求。\n（二）推进高水平对外开放\n推进高水平对外开放。");
        const TextDiff::Result r = TextDiff::compare(a, b);
        QCOMPARE(r.sameCount(), 2);
        QCOMPARE(r.droppedCount(), 1); // the old heading
        QCOMPARE(r.newCount(), 2); // the two new headings
    }

    void aRepeatedSentencePairsInOrder()
    {
        const QString a = QStringLiteral("抓好落实。其他工作。抓好落实。");
        const QString b = QStringLiteral("抓好落实。抓好落实。");
        const TextDiff::Result r = TextDiff::compare(a, b);
        QCOMPARE(r.left[0].counterpart, 0);
        QCOMPARE(r.left[2].counterpart, 1);
        QCOMPARE(marked(a, r.leftMarks), QStringList{QStringLiteral("其他工作。")});
    }

    // The national reports of 2022 and 2024: most of the text is rewritten, yet sentences are
    // paired, and 新质生产力 (first in 2024) is marked new wherever it stands.
    void nationalReports2022And2024()
    {
        const QString a =
            TestSupport::readUtf8(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt"));
        const QString b =
            TestSupport::readUtf8(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt"));
        const TextDiff::Result r = TextDiff::compare(a, b);
        QVERIFY(r.sameCount() + r.editedCount() > 50);
        QVERIFY(r.newCount() > 100);
        int found = 0;
        for (qsizetype at = b.indexOf(QStringLiteral("新质生产力")); at >= 0;
             at = b.indexOf(QStringLiteral("新质生产力"), at + 1)) {
            QVERIFY2(covered(r.rightMarks, at, at + 5), qPrintable(b.mid(at - 20, 45)));
            ++found;
        }
        QCOMPARE(found, 1);
        QVERIFY(a.indexOf(QStringLiteral("新质生产力")) < 0);
        qInfo("2022 → 2024: %lld sentences the same, %lld edited, %lld dropped, %lld new", qlonglong(r.sameCount()),
              qlonglong(r.editedCount()), qlonglong(r.droppedCount()), qlonglong(r.newCount()));
    }
};

QTEST_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
