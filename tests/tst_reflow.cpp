// Line breaks put back where the author had them: page furniture found by repetition, PDF lines
// joined from their geometry, hard-wrapped text rejoined, one-line reports split at their headings.

#include "clean/cleaner.h"
#include "clean/pagefurniture.h"
#include "import/importer.h"
#include "import/pdflayout.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ReportLens;

namespace {

using Layout = PdfLayout;

// A page of made-up lines: body lines 20 pt apart with a 14 pt box, 30 full-width characters
// (15 pt each) to a full line, from x = 70.
struct PageBuilder
{
    Layout::Page page{QSizeF(595, 842), {}};
    double y = 90;

    PageBuilder &line(const QString &text, double indent = 0, double width = -1, double height = 14)
    {
        const double w = width >= 0 ? width : std::min(450.0 - indent, 15.0 * double(text.size()));
        page.lines.append({text, QRectF(70 + indent, y, w, height)});
        y += height + 6;
        return *this;
    }
    PageBuilder &at(const QString &text, double x, double top, double width)
    {
        page.lines.append({text, QRectF(x, top, width, 12)});
        return *this;
    }
    PageBuilder &gap(double points)
    {
        y += points;
        return *this;
    }
};

// What a cleaner makes of a decoded PDF text: drops furniture, joins soft breaks.
QString cleanOf(const DecodedText &decoded)
{
    return Cleaner().clean(decoded.text, decoded.lines).text;
}

// Wraps every line of @p text at @p columns display columns, as text copied out of a PDF viewer or
// saved at a fixed width has it; @p indent puts two ideographic spaces before each paragraph.
// @p jitter > 0: each line ends up to that many columns short of @p columns, as a page set in a
// proportional font wraps (digits are narrower than characters) and a site then copies as text.
QString hardWrap(const QString &text, int columns, bool indent, int jitter = 0)
{
    QStringList out;
    for (const QStringView paragraph : QStringView(text).split(u'\n')) {
        const QStringView trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString line = indent ? QStringLiteral("\u3000\u3000") : QString();
        int width = indent ? 4 : 0;
        for (QChar c : trimmed) {
            const int w = LineReflow::displayWidth(QStringView(&c, 1));
            if (width + w > columns - (jitter > 0 ? int(out.size() * 7 % (jitter + 1)) : 0)) {
                out.append(line);
                line.clear();
                width = 0;
            }
            line.append(c);
            width += w;
        }
        out.append(line);
    }
    return out.join(QStringLiteral("\r\n"));
}

QStringList chapterTitles(const Report &report)
{
    QStringList titles;
    for (const Section &s : report.sections)
        titles.append(s.label + s.title);
    return titles;
}

} // namespace

class TestReflow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    Report process(const QByteArray &bytes, const QString &name)
    {
        QString error;
        Report report = TestSupport::processBytes(bytes, name, &error);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(name), qPrintable(error));
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>();
        QString error;
        QVERIFY2(m_library->open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
    }

    void furnitureByRepetition_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("footers");
        QTest::addColumn<bool>("furniture");
        const QStringList pages{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
        auto each = [&](const QString &pattern) {
            QStringList lines;
            for (const QString &n : pages)
                lines.append(QString(pattern).replace(QStringLiteral("%n"), n));
            return lines;
        };
        QTest::newRow("title-header-em-dash-number")
            << each(QStringLiteral("2024年政府工作报告")) << each(QStringLiteral("— %n —")) << true;
        QTest::newRow("hyphen-number") << QStringList(4, QString()) << each(QStringLiteral("- %n -")) << true;
        QTest::newRow("fullwidth-minus-number") << QStringList(4, QString()) << each(QStringLiteral("－%n－")) << true;
        QTest::newRow("page-of-pages") << QStringList(4, QString()) << each(QStringLiteral("第 %n 页 共 16 页"))
                                       << true;
        QTest::newRow("slash-pages") << QStringList(4, QString()) << each(QStringLiteral("%n/16")) << true;
        QTest::newRow("bare-number") << QStringList(4, QString()) << each(QStringLiteral("%n")) << true;
        QTest::newRow("browser-date-and-address")
            << QStringList(4, QStringLiteral("2024/3/5 10:35  政府工作报告"))
            << each(QStringLiteral("file:///home/user/report.html  %n/4")) << true;
        QTest::newRow("different-lines-are-text")
            << QStringList{QStringLiteral("一、发展成就"), QStringLiteral("二、主要任务"),
                           QStringLiteral("三、政府建设"), QStringLiteral("四、结语")}
            << QStringList{QStringLiteral("稳中求进。"), QStringLiteral("改革开放。"), QStringLiteral("民生改善。"),
                           QStringLiteral("生态保护。")}
            << false;
    }
    void furnitureByRepetition()
    {
        QFETCH(QStringList, headers);
        QFETCH(QStringList, footers);
        QFETCH(bool, furniture);
        // Body lines: 30 successive lines of 30 characters of a real report per page.
        const QString body = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003"))).remove(u'\n');
        QList<PageFurniture::Page> pages;
        for (qsizetype p = 0; p < headers.size(); ++p) {
            PageFurniture::Page page;
            if (!headers[p].isEmpty())
                page.append({headers[p], 0.05, 0.07});
            for (int i = 0; i < 30; ++i)
                page.append({body.mid((p * 30 + i) * 30, 30), 0.1 + i * 0.025, 0.12 + i * 0.025});
            page.append({footers[p], 0.93, 0.95});
            pages.append(page);
        }
        const QList<PageFurniture::Mark> marks = PageFurniture::find(pages);
        int expected = 0;
        for (qsizetype p = 0; p < headers.size(); ++p)
            expected += (headers[p].isEmpty() ? 0 : 1) + 1;
        QCOMPARE(marks.size(), furniture ? expected : 0);
        for (const PageFurniture::Mark &mark : marks) {
            const PageFurniture::Page &page = pages[mark.page];
            QVERIFY2(mark.line == 0 || mark.line == page.size() - 1, qPrintable(page[mark.line].text));
        }
    }

    void sentenceAcrossPageBreakJoined()
    {
        // "…基本医" ends page 1 at the right edge; "疗等…" opens page 2 under a running header:
        // the page number and header go, the sentence is one again. Full lines reach x = 520.
        PageBuilder one, two;
        one.at(QStringLiteral("2024年政府工作报告"), 230, 40, 130);
        one.line(QStringLiteral("一、工作回顾"), 180, 90);
        one.line(QStringLiteral("过去一年，我们推进改革，发展经济，改善民生，"), 30, 420);
        one.line(QStringLiteral("完善社会保障制度，健全基本医"), 0, 450);
        one.at(QStringLiteral("— 1 —"), 280, 800, 40);
        two.at(QStringLiteral("2024年政府工作报告"), 230, 40, 130);
        two.line(QStringLiteral("疗等制度。"), 0, 75);
        // A clause that ends at the right edge goes on in the next line: the targets stay together.
        two.line(QStringLiteral("今年发展主要预期目标是：国内生产总值增长5%左右；"), 30, 420);
        two.line(QStringLiteral("城镇新增就业1200万人以上，城镇调查失业率5.5%左右。"), 0, 380);
        two.line(QStringLiteral("各位代表！"), 30, 75);
        two.at(QStringLiteral("— 2 —"), 280, 800, 40);
        const DecodedText decoded = Layout::assemble({one.page, two.page});
        const QString clean = cleanOf(decoded);
        const QStringList paragraphs = clean.split(u'\n');
        QVERIFY2(paragraphs.size() == 4, qPrintable(clean));
        QCOMPARE(paragraphs[0], QStringLiteral("一、工作回顾"));
        QCOMPARE(paragraphs[1],
                 QStringLiteral("过去一年，我们推进改革，发展经济，改善民生，完善社会保障制度，健全基本医疗等制度。"));
        QCOMPARE(
            paragraphs[2],
            QStringLiteral(
                "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右。"));
        QCOMPARE(paragraphs[3], QStringLiteral("各位代表！"));
        QCOMPARE(decoded.lines.furniture.size(), 4);
    }

    void headingNeverGluedToBody()
    {
        // The heading is set justified across the whole line: only its number tells it from text.
        PageBuilder page;
        page.line(QStringLiteral("现在，我代表本届人民政府向大会报告工作，请予审议，并请提出意见。"), 0, 450);
        page.line(QStringLiteral("一、本届人民政府工作回顾"), 0, 450);
        page.line(QStringLiteral("五年来，我们攻坚克难，砥砺前行，经济社会发展取得"), 30, 420);
        page.line(QStringLiteral("成效显著。"), 0, 75);
        const QStringList paragraphs = cleanOf(Layout::assemble({page.page})).split(u'\n');
        QCOMPARE(paragraphs.size(), 3);
        QCOMPARE(paragraphs[1], QStringLiteral("一、本届人民政府工作回顾"));
    }

    void coverKeepsTitleDatelineAndSpeaker()
    {
        PageBuilder cover;
        cover.page.lines = {
            {QStringLiteral("2024年国务院"), QRectF(200, 200, 200, 30)},
            {QStringLiteral("政府工作报告"), QRectF(210, 236, 180, 30)},
            {QStringLiteral("——2024年3月5日在第十四届全国人民代表大会第二次会议上"), QRectF(100, 320, 400, 16)},
            {QStringLiteral("国务院总理 李强"), QRectF(240, 350, 120, 16)},
        };
        PageBuilder body;
        for (int i = 0; i < 8; ++i)
            body.line(QStringLiteral("正文段落的文字，正文段落的文字，正文段落的文字。").left(i % 4 == 0 ? 28 : 30),
                      i % 4 == 0 ? 30 : 0, i % 4 == 0 ? 420 : 450);
        const QStringList paragraphs = cleanOf(Layout::assemble({cover.page, body.page})).split(u'\n');
        QCOMPARE(paragraphs.value(0), QStringLiteral("2024年国务院政府工作报告"));
        QCOMPARE(paragraphs.value(1), QStringLiteral("——2024年3月5日在第十四届全国人民代表大会第二次会议上"));
        QCOMPARE(paragraphs.value(2), QStringLiteral("国务院总理 李强"));
    }

    void columnsReadOneAfterTheOther()
    {
        // Two columns of 12 lines; each column one paragraph. Lines side by side must not mix.
        Layout::Page page{QSizeF(595, 842), {}};
        for (int i = 0; i < 12; ++i) {
            const bool last = i == 11;
            page.lines.append(
                {QStringLiteral("左%1左左左左左左左左左左左左").arg(i, 2, 10, QLatin1Char('0')).left(last ? 5 : 14)
                     + (last ? QStringLiteral("。") : QString()),
                 QRectF(60, 100 + i * 20, last ? 90 : 210, 14)});
            page.lines.append(
                {QStringLiteral("右%1右右右右右右右右右右右右").arg(i, 2, 10, QLatin1Char('0')).left(last ? 5 : 14)
                     + (last ? QStringLiteral("。") : QString()),
                 QRectF(320, 100 + i * 20, last ? 90 : 210, 14)});
        }
        const DecodedText decoded = Layout::assemble({page});
        const QStringList paragraphs = cleanOf(decoded).split(u'\n');
        QCOMPARE(paragraphs.size(), 2);
        QVERIFY(paragraphs[0].startsWith(QStringLiteral("左00")));
        QVERIFY(!paragraphs[0].contains(u'右'));
        QVERIFY(paragraphs[1].startsWith(QStringLiteral("右00")));
        QVERIFY(!paragraphs[1].contains(u'左'));
        QVERIFY(std::any_of(decoded.repairs.cbegin(), decoded.repairs.cend(),
                            [](const ImportRepair &r) { return r.kind == QStringLiteral("columns"); }));
    }

    // A wrapped text and its unwrapped original store the same clean text.
    void hardWrappedTextRejoined_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("indent");
        QTest::addColumn<int>("jitter");
        for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                    QStringLiteral("003"), QStringLiteral("004")})
            QTest::addRow("seed-%s-70-indented", qPrintable(seed)) << TestSupport::seedPath(seed) << 70 << true << 0;
        for (const QString &year : {QStringLiteral("1980"), QStringLiteral("2010"), QStringLiteral("2024")}) {
            const QString path =
                TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-%1.txt").arg(year);
            QTest::addRow("national-%s-70-indented", qPrintable(year)) << path << 70 << true << 0;
            QTest::addRow("national-%s-80-flush", qPrintable(year)) << path << 80 << false << 0;
            QTest::addRow("national-%s-76-ragged", qPrintable(year)) << path << 76 << false << 12;
        }
        QTest::addRow("seed-000-72-ragged") << TestSupport::seedPath(QStringLiteral("000")) << 72 << false << 12;
    }
    void hardWrappedTextRejoined()
    {
        QFETCH(QString, path);
        QFETCH(int, columns);
        QFETCH(bool, indent);
        QFETCH(int, jitter);
        const QString original = TestSupport::readUtf8(path);
        const Report expected = process(original.toUtf8(), QStringLiteral("original.txt"));
        // The report's text as a PDF would hold it, wrapped (site chrome is not what is wrapped).
        const QByteArray wrapped =
            TestSupport::encode(hardWrap(expected.cleanText, columns, indent, jitter), "GB18030");
        const Report report = process(wrapped, QStringLiteral("wrapped.txt"));
        QCOMPARE(report.encoding, QStringLiteral("GB18030"));
        const QStringList want = expected.cleanText.split(u'\n');
        const QStringList got = report.cleanText.split(u'\n');
        QStringList broken;
        for (const QString &paragraph : want)
            if (indent ? !got.contains(paragraph) : !report.cleanText.contains(paragraph))
                broken.append(paragraph);
        QVERIFY2(broken.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 paragraphs differ, first: %3")
                                .arg(broken.size())
                                .arg(want.size())
                                .arg(broken.value(0).left(80))));
        // Without indents a paragraph whose last line happens to be full runs on into the next;
        // with them the text is the same to the character.
        if (indent)
            QCOMPARE(report.cleanText, expected.cleanText);
        QVERIFY(std::any_of(report.repairs.cbegin(), report.repairs.cend(),
                            [](const ImportRepair &r) { return r.kind == QStringLiteral("reflow"); }));
    }

    // Texts that were not wrapped are left exactly as they are: no line is joined, split or dropped.
    void unwrappedTextsUntouched()
    {
        QStringList paths = TestSupport::nationalPaths();
        for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                    QStringLiteral("003"), QStringLiteral("004")})
            paths.append(TestSupport::seedPath(seed));
        for (const QString &path : paths) {
            const Report report = process(TestSupport::readBytes(path), path);
            for (const ImportRepair &repair : report.repairs) // national-1954 is written in Traditional characters
                QVERIFY2(repair.kind == QStringLiteral("traditional"),
                         qPrintable(path + QStringLiteral(": ") + repair.detail));
        }
    }

    // The report's details say what was repaired, after a round trip through the library.
    void repairsAreStored()
    {
        const QString original = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        const Report expected = process(original.toUtf8(), QStringLiteral("original.txt"));
        const QString path =
            TestSupport::writeFile(m_dir, QStringLiteral("wrapped-003.txt"),
                                   TestSupport::encode(hardWrap(expected.cleanText, 70, true), "GB18030"));
        const ImportResult result = Importer(*m_library).importFile(path);
        QCOMPARE(result.status, ImportResult::Status::Imported);
        const std::optional<Report> stored = ReportStore(*m_library).load(result.reportId);
        QVERIFY(stored);
        QCOMPARE(stored->repairs.size(), 1);
        QCOMPARE(stored->repairs.first().kind, QStringLiteral("reflow"));
        QVERIFY(stored->repairs.first().count > 100);
        QCOMPARE(stored->script, QStringLiteral("simplified"));
        QCOMPARE(stored->cleanText, expected.cleanText);
    }

    void singleLineReportKeepsItsOutline_data()
    {
        QTest::addColumn<QString>("year");
        QTest::newRow("national-2024") << QStringLiteral("2024");
        QTest::newRow("national-2018") << QStringLiteral("2018");
        QTest::newRow("national-1980") << QStringLiteral("1980");
    }
    void singleLineReportKeepsItsOutline()
    {
        QFETCH(QString, year);
        const QString original = TestSupport::readUtf8(TestSupport::sharedDir()
                                                       + QStringLiteral("/corpus/national/national-%1.txt").arg(year));
        const Report expected = process(original.toUtf8(), QStringLiteral("original.txt"));
        QString oneLine = original;
        oneLine.remove(u'\n').remove(u'\r');
        const Report report = process(oneLine.toUtf8(), QStringLiteral("one-line.txt"));
        QVERIFY(!report.cleanText.isEmpty());
        // Every chapter, in order, with its number; where the title ran straight into the body
        // (no punctuation after a title) the title may take the body's first words along.
        const QStringList want = chapterTitles(expected), got = chapterTitles(report);
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const qsizetype common = std::min(got[i].size(), want[i].size());
            QVERIFY2(common >= 4 && got[i].left(common) == want[i].left(common),
                     qPrintable(got[i] + QStringLiteral(" ≠ ") + want[i]));
        }
        QCOMPARE(report.meta.year.value, expected.meta.year.value);
        QCOMPARE(report.meta.speaker.value, expected.meta.speaker.value);
        QCOMPARE(report.meta.meetingDate.value, expected.meta.meetingDate.value);
        QVERIFY(std::any_of(report.repairs.cbegin(), report.repairs.cend(),
                            [](const ImportRepair &r) { return r.kind == QStringLiteral("paragraphs"); }));
    }
};

QTEST_GUILESS_MAIN(TestReflow)
#include "tst_reflow.moc"
