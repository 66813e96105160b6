// Outline: the complete list of numbered headings, in order and with levels; no body paragraph taken
// for a heading; run-in titles; un-numbered sub-headings, lead sentences, items and the glossary.

#include "import/importer.h"
#include "model/sectiontree.h"
#include "outline/outlineparser.h"
#include "testsupport.h"

#include <QTest>

using namespace ReportLens;

class TestOutline : public QObject
{
    Q_OBJECT
private:
    Report process(const QString &path) { return TestSupport::processFile(path); }

    static QList<Section> flat(const Report &report) { return SectionTree::flatten(report.sections); }

private Q_SLOTS:
    // tests/data/outline/NAME.txt lists every 一、 and （一） heading: "level<TAB>label+title". A long
    // numbered paragraph (national-1978's （一）…（九）, measures listed under 第一，) is titled by its
    // first clause.
    void numberedHeadings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString data = QStringLiteral(REPORTLENS_TEST_DATA "/outline/");
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        QTest::newRow("seed-001") << TestSupport::seedPath(QStringLiteral("001"))
                                  << data + QStringLiteral("seed-001.txt");
        QTest::newRow("seed-003") << TestSupport::seedPath(QStringLiteral("003"))
                                  << data + QStringLiteral("seed-003.txt");
        QTest::newRow("seed-004") << TestSupport::seedPath(QStringLiteral("004"))
                                  << data + QStringLiteral("seed-004.txt");
        QTest::newRow("national-1978") << national + QStringLiteral("national-1978.txt")
                                       << data + QStringLiteral("national-1978.txt");
        QTest::newRow("national-2010") << national + QStringLiteral("national-2010.txt")
                                       << data + QStringLiteral("national-2010.txt");
        QTest::newRow("national-2024") << national + QStringLiteral("national-2024.txt")
                                       << data + QStringLiteral("national-2024.txt");
    }
    void numberedHeadings()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Report report = process(input);
        QStringList actual;
        for (const Section &s : flat(report))
            if (s.kind == Section::Kind::Numbered
                && (s.label.endsWith(u'、') || s.label.startsWith(u'（') || s.label.startsWith(u'(')))
                actual.append(QStringLiteral("%1\t%2%3").arg(s.level).arg(s.label, s.title));
        const QStringList wanted = TestSupport::readUtf8(expected).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(actual, wanted);
    }

    // Every heading is a heading: short, one sentence at most, and its range lies in the text.
    void noBodyParagraphTakenForAHeading_data()
    {
        QTest::addColumn<QString>("input");
        for (const QString &n : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                 QStringLiteral("003"), QStringLiteral("004")})
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
        const auto lead = std::find_if(sections.cbegin(), sections.cend(), [](const Section &s) {
            return s.title == QStringLiteral("科技城载体作用凸显");
        });
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
        QCOMPARE(labels.mid(0, 5),
                 (QStringList{QStringLiteral("一是"), QStringLiteral("二是"), QStringLiteral("三是"),
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

    // No numbered heading is empty of its own body, and every one has a title: the body is what
    // lies between the end of its heading text and the end of its section (children included).
    void everyNumberedHeadingHasATitleAndABody_data() { noBodyParagraphTakenForAHeading_data(); }
    void everyNumberedHeadingHasATitleAndABody()
    {
        QFETCH(QString, input);
        const Report report = process(input);
        for (const Section &s : flat(report)) {
            if (s.kind != Section::Kind::Numbered)
                continue;
            const QString heading = s.label + s.title;
            QVERIFY2(!s.title.trimmed().isEmpty(), qPrintable(QStringLiteral("no title: ") + heading));
            const QStringView body = QStringView(report.cleanText).mid(s.titleEnd, s.end - s.titleEnd);
            QVERIFY2(std::any_of(body.cbegin(), body.cend(), [](QChar c) { return c.isLetterOrNumber(); }),
                     qPrintable(QStringLiteral("empty: ") + heading));
        }
    }

    // national-2022: the sentence after "（二）着力稳市场主体保就业…" introduces the part; it is
    // not a sibling heading that takes the part's measures away.
    void aPartOwnsTheMeasuresAfterItsIntroduction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("firstMeasure");
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        const QString y2022 = national + QStringLiteral("national-2022.txt");
        QTest::newRow("2022-part-2") << y2022 << QStringLiteral("（二）")
                                     << QStringLiteral("实施新的组合式税费支持政策");
        QTest::newRow("2022-part-4") << y2022 << QStringLiteral("（四）") << QStringLiteral("提升科技创新能力");
        QTest::newRow("2022-part-5") << y2022 << QStringLiteral("（五）") << QStringLiteral("推动消费持续恢复");
        QTest::newRow("2022-part-6") << y2022 << QStringLiteral("（六）")
                                     << QStringLiteral("加强粮食等重要农产品稳产保供");
        QTest::newRow("2022-part-8") << y2022 << QStringLiteral("（八）") << QStringLiteral("加强生态环境综合治理");
        QTest::newRow("2010-part-4") << national + QStringLiteral("national-2010.txt") << QStringLiteral("（四）")
                                     << QStringLiteral("优先发展教育事业");
    }
    void aPartOwnsTheMeasuresAfterItsIntroduction()
    {
        QFETCH(QString, input);
        QFETCH(QString, label);
        QFETCH(QString, firstMeasure);
        const Report report = process(input);
        const QList<Section> sections = flat(report);
        // The last part with this label: the work plan, not the review.
        const auto part =
            std::find_if(sections.crbegin(), sections.crend(), [&](const Section &s) { return s.label == label; });
        QVERIFY(part != sections.crend());
        QCOMPARE(part->level, 2);
        const auto measure =
            std::find_if(sections.cbegin(), sections.cend(), [&](const Section &s) { return s.title == firstMeasure; });
        QVERIFY(measure != sections.cend());
        QVERIFY2(measure->start > part->start && measure->end <= part->end, qPrintable(firstMeasure));
        QCOMPARE(measure->level, 3);
        for (const Section &s : sections)
            QVERIFY2(!(s.kind == Section::Kind::SubHeading && s.start > part->start && s.start < part->end),
                     qPrintable(QStringLiteral("a sub-heading inside the part: ") + s.title));
    }

    // national-2008 lists the problems the government faces as four paragraphs opening with ——; the
    // lead sentence after the dash may be longer than one opening a paragraph (outline.json
    // lead.dashMaxLength, 30; at lead.maxLength, 20, the first of them, 21 characters, was lost).
    void dashLedParagraphsAreLeadSentences_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("2008-problems-21-characters") << QStringLiteral("经济运行中一些突出问题和深层次矛盾依然存在");
        QTest::newRow("2008-problems-18-characters") << QStringLiteral("涉及群众切身利益的问题有待进一步解决");
        QTest::newRow("2008-problems-20-characters") << QStringLiteral("国际经济环境变化不确定因素和潜在风险增加");
        QTest::newRow("2008-problems-13-characters") << QStringLiteral("政府自身建设和管理需要加强");
    }
    void dashLedParagraphsAreLeadSentences()
    {
        QFETCH(QString, title);
        const Report report = process(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2008.txt"));
        const QList<Section> sections = flat(report);
        const auto lead =
            std::find_if(sections.cbegin(), sections.cend(), [&](const Section &s) { return s.title == title; });
        QVERIFY2(lead != sections.cend(), qPrintable(title));
        QCOMPARE(lead->kind, Section::Kind::LeadSentence);
        QCOMPARE(lead->label, QStringLiteral("——"));
    }

    // national-1960: the chapter lines hold only 一 … 四; each is titled by its first sentence.
    void aBareChapterNumberIsTitledByItsFirstSentence_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("title");
        QTest::newRow("1960-chapter-1") << QStringLiteral("一")
                                        << QStringLiteral("一九五六年到一九六七年全国农业发展纲要，是中共中央政治局根据"
                                                          "毛泽东同志的倡议提出的，在一九五六年一月以草案形式公布");
        QTest::newRow("1960-chapter-2") << QStringLiteral("二")
                                        << QStringLiteral("下面我首先说一下农业发展纲要在过去四年中执行的情况");
        QTest::newRow("1960-chapter-3") << QStringLiteral("三")
                                        << QStringLiteral("人民公社制度是我们提前实现农业发展纲要的根本保障");
        QTest::newRow("1960-chapter-4") << QStringLiteral(
            "四") << QStringLiteral("各位代表，全国农业发展纲要草案，反映了我国农村在社会主义的道路上向前发展的过程");
    }
    void aBareChapterNumberIsTitledByItsFirstSentence()
    {
        QFETCH(QString, label);
        QFETCH(QString, title);
        const Report report = process(TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-1960.txt"));
        const auto chapter = std::find_if(report.sections.cbegin(), report.sections.cend(),
                                          [&](const Section &s) { return s.label == label; });
        QVERIFY(chapter != report.sections.cend());
        QCOMPARE(chapter->kind, Section::Kind::Numbered);
        QCOMPARE(chapter->level, 1);
        QCOMPARE(chapter->title, title);
        // The heading text runs from the number over the sentence that titles it.
        QVERIFY(report.cleanText.mid(chapter->start, chapter->titleEnd - chapter->start).endsWith(title + u'。'));
    }

    // Made-up reports for the two ways a numbered line can be left without a body.
    void numberedLinesWithoutABody_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("headings");
        const QString head = QStringLiteral("各位代表：\n一、今年的工作\n");
        const QString after = QStringLiteral(
            "我们要把这些工作做实做细，确保取得实效，让人民群众得到实惠。\n二、明年的工作\n明年的工作要继续推进。\n");
        QTest::newRow("semicolon-enumeration")
            << head
                + QStringLiteral(
                    "要集中力量抓好以下几件事：\n（一）深化改革，激发活力；\n（二）扩大开放；\n（三）改善民生。\n")
                + QStringLiteral("二、明年的工作\n明年的工作要继续推进。\n")
            << QStringList{QStringLiteral("一、今年的工作"), QStringLiteral("二、明年的工作")};
        QTest::newRow("one-sentence-measures")
            << head
                + QStringLiteral(
                    "（一）稳定粮食生产，确保粮食产量稳中有增。\n（二）加快产业升级，推动制造业高质量发展。\n")
                + after
            << QStringList{QStringLiteral("一、今年的工作"), QStringLiteral("（一）稳定粮食生产"),
                           QStringLiteral("（二）加快产业升级，推动制造业高质量发展"),
                           QStringLiteral("二、明年的工作")};
        QTest::newRow("one-clause-line-before-its-sibling")
            << head
                + QStringLiteral(
                    "（一）要使粮食生产同人口的增长比较适应。\n（二）加快产业升级，推动制造业高质量发展。\n")
                + after
            << QStringList{QStringLiteral("一、今年的工作"), QStringLiteral("（二）加快产业升级，推动制造业高质量发展"),
                           QStringLiteral("二、明年的工作")};
    }
    void numberedLinesWithoutABody()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, headings);
        QStringList actual;
        for (const Section &s : SectionTree::flatten(OutlineParser().parse(text).sections))
            if (s.kind == Section::Kind::Numbered)
                actual.append(s.label + s.title);
        QCOMPARE(actual, headings);
    }

    // Many headings in one report: every one is found (the parser once compared every paragraph with
    // every heading found).
    void manyHeadingsAreAllFound()
    {
        QString text = QStringLiteral("各位代表：\n");
        const QString digits = QStringLiteral("一二三四五六七八九");
        qsizetype expected = 0;
        for (int chapter = 1; chapter <= 99; ++chapter) {
            const QString number = (chapter >= 20 ? QString(digits[chapter / 10 - 1]) : QString())
                + (chapter >= 10 ? QStringLiteral("十") : QString())
                + (chapter % 10 ? QString(digits[chapter % 10 - 1]) : QString());
            text += number + QStringLiteral("、第%1章\n").arg(chapter);
            ++expected;
            for (int measure = 1; measure <= 99; ++measure, ++expected)
                text += QStringLiteral("%1. 落实第%2项措施。全年工作取得新进展。\n").arg(measure).arg(measure);
        }
        const QList<Section> sections = SectionTree::flatten(OutlineParser().parse(text).sections);
        QCOMPARE(sections.size(), expected);
        QCOMPARE(sections.last().label, QStringLiteral("99."));
    }

    void reportWithoutHeadingsHasAnEmptyOutline()
    {
        const Outline outline = OutlineParser().parse(QStringLiteral(
            "这是一段没有任何标题的文字，它只是普通的叙述，并不包含编号。\n第二段也是普通叙述，没有任何结构。"));
        QVERIFY(outline.sections.isEmpty());
        QVERIFY(outline.glossary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
