// Outline: the complete list of numbered headings, in order and with levels; no body paragraph taken
// for a heading; run-in titles; un-numbered sub-headings, lead sentences, items and the glossary.

#include "import/importer.h"
#include "outline/outlineparser.h"
#include "store/library.h"
#include "testsupport.h"

#include <QTest>

using namespace ReportLens;

class TestOutline : public QObject
{
    Q_OBJECT
private:
    Library m_library;

    Report process(const QString &path) { return TestSupport::processFile(m_library, path); }

    static QList<Section> flat(const Report &report) { return OutlineParser::flatten(report.sections); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_library.open(QStringLiteral(":memory:"), &error), qPrintable(error));
    }

    // tests/data/outline/NAME.txt lists every 一、 and （一） heading: "level<TAB>label+title". A long
    // numbered paragraph (national-1978's （一）…（九）, measures listed under 第一，) is titled by its
    // first clause.
    void numberedHeadings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString data = QStringLiteral(REPORTLENS_TEST_DATA "/outline/");
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        QTest::newRow("seed-001") << TestSupport::seedPath(QStringLiteral("001")) << data + QStringLiteral("seed-001.txt");
        QTest::newRow("seed-003") << TestSupport::seedPath(QStringLiteral("003")) << data + QStringLiteral("seed-003.txt");
        QTest::newRow("seed-004") << TestSupport::seedPath(QStringLiteral("004")) << data + QStringLiteral("seed-004.txt");
        QTest::newRow("national-1978") << national + QStringLiteral("national-1978.txt") << data + QStringLiteral("national-1978.txt");
        QTest::newRow("national-2010") << national + QStringLiteral("national-2010.txt") << data + QStringLiteral("national-2010.txt");
        QTest::newRow("national-2024") << national + QStringLiteral("national-2024.txt") << data + QStringLiteral("national-2024.txt");
    }
    void numberedHeadings()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Report report = process(input);
        QStringList actual;
        for (const Section &s : flat(report))
            if (s.kind == Section::Kind::Numbered && (s.label.endsWith(u'、') || s.label.startsWith(u'（') || s.label.startsWith(u'(')))
                actual.append(QStringLiteral("%1\t%2%3").arg(s.level).arg(s.label, s.title));
        const QStringList wanted = TestSupport::readUtf8(expected).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(actual, wanted);
    }

    // Every heading is a heading: short, one sentence at most, and its range lies in the text.
    void noBodyParagraphTakenForAHeading_data()
    {
        QTest::addColumn<QString>("input");
        for (const QString &n : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"),
                                 QStringLiteral("004")})
            QTest::newRow(qPrintable(QStringLiteral("seed-") + n)) << TestSupport::seedPath(n);
        for (const QString &path : TestSupport::nationalPaths())
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }
    void noBodyParagraphTakenForAHeading()
    {
        QFETCH(QString, input);
        const Report report = process(input);
        for (const Section &s : flat(report)) {
            QVERIFY2(s.title.size() <= 60, qPrintable(s.title));
            QVERIFY2(!s.title.contains(u'。'), qPrintable(s.title));
            QVERIFY(s.start >= 0 && s.start < s.titleEnd && s.titleEnd <= s.end && s.end <= report.cleanText.size());
            // The heading text is where the range says it is.
            const QString heading = report.cleanText.mid(s.start, s.titleEnd - s.start);
            QVERIFY2(heading.contains(s.title), qPrintable(s.title));
        }
    }

    void runInHeadingTakesItsLeadSentence()
    {
        const Report report = process(TestSupport::seedPath(QStringLiteral("000")));
        const QList<Section> sections = flat(report);
        const auto it = std::find_if(sections.cbegin(), sections.cend(),
                                     [](const Section &s) { return s.label == QStringLiteral("（一）"); });
        QVERIFY(it != sections.cend());
        QCOMPARE(it->title, QStringLiteral("抗击新冠肺炎疫情取得重大成果"));
        QCOMPARE(it->level, 2);
        QVERIFY(report.cleanText.mid(it->titleEnd).startsWith(QStringLiteral("始终坚持人民至上")));
    }

    void unnumberedSubHeadingsAndLeadSentences()
    {
        const Report report = process(TestSupport::seedPath(QStringLiteral("003")));
        const QList<Section> sections = flat(report);
        const auto sub = std::find_if(sections.cbegin(), sections.cend(), [](const Section &s) {
            return s.title == QStringLiteral("一年来，我们攻坚克难促转型，产业发展迈出新步伐")
                   || s.title == QStringLiteral("一年来,我们攻坚克难促转型,产业发展迈出新步伐");
        });
        QVERIFY(sub != sections.cend());
        QCOMPARE(sub->kind, Section::Kind::SubHeading);
        QCOMPARE(sub->level, 2);
        const auto lead = std::find_if(sections.cbegin(), sections.cend(),
                                       [](const Section &s) { return s.title == QStringLiteral("科技城载体作用凸显"); });
        QVERIFY(lead != sections.cend());
        QCOMPARE(lead->kind, Section::Kind::LeadSentence);
        QCOMPARE(lead->level, 3);
        QVERIFY(lead->start > sub->start && lead->end <= sub->end);
    }

    void leadSentencesCarryAnArticleWithoutNumbers()
    {
        const Report report = process(TestSupport::seedPath(QStringLiteral("002")));
        QStringList titles;
        for (const Section &s : flat(report)) {
            QCOMPARE(s.kind, Section::Kind::LeadSentence);
            titles.append(s.title);
        }
        for (const QString &expected : {QStringLiteral("脱贫成果全面巩固"), QStringLiteral("乡村振兴稳步推进"),
                                        QStringLiteral("工业发展稳中有进"), QStringLiteral("营商环境持续改善"),
                                        QStringLiteral("民生福祉不断增进")})
            QVERIFY2(titles.contains(expected), qPrintable(expected));
    }

    void itemsAreNumberedInSequence()
    {
        const Report report = process(TestSupport::seedPath(QStringLiteral("004")));
        QStringList labels;
        for (const Section &s : flat(report))
            if (s.kind == Section::Kind::Item)
                labels.append(s.label);
        QCOMPARE(labels.mid(0, 5), (QStringList{QStringLiteral("一是"), QStringLiteral("二是"), QStringLiteral("三是"),
                                                QStringLiteral("四是"), QStringLiteral("五是")}));
    }

    void glossaryOfSeed003()
    {
        const Report report = process(TestSupport::seedPath(QStringLiteral("003")));
        QCOMPARE(report.glossary.size(), 18);
        QCOMPARE(report.glossary.first().term, QStringLiteral("“科技兴蒙”行动"));
        QVERIFY(report.glossary.first().definition.startsWith(QStringLiteral("自治区党委")));
        QCOMPARE(report.glossary.last().term, QStringLiteral("四风"));
        QCOMPARE(report.glossary.last().definition, QStringLiteral("形式主义、官僚主义、享乐主义和奢靡之风。"));
        const Section &last = report.sections.last();
        QCOMPARE(last.kind, Section::Kind::Glossary);
        QCOMPARE(last.title, QStringLiteral("名词解释"));
        // Glossary entries are not outline headings.
        for (const Section &s : flat(report))
            QVERIFY2(s.title != QStringLiteral("四风"), "a glossary entry became a heading");
    }

    void glossaryWithoutNumbers()
    {
        const Report report = process(TestSupport::seedPath(QStringLiteral("000")));
        QVERIFY(report.glossary.size() >= 8);
        QCOMPARE(report.glossary.first().term, QStringLiteral("六稳"));
    }

    void reportWithoutHeadingsHasAnEmptyOutline()
    {
        const Outline outline = OutlineParser().parse(QStringLiteral("这是一段没有任何标题的文字，它只是普通的叙述，并不包含编号。\n第二段也是普通叙述，没有任何结构。"));
        QVERIFY(outline.sections.isEmpty());
        QVERIFY(outline.glossary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
