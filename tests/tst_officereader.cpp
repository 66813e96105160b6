// Word and OpenDocument import: .docx and .odt read natively, .doc, .wps and .rtf converted with
// LibreOffice, and every kind of broken or foreign package refused with its reason, the library
// left as it was. The fixtures in data/office/ are made by data/office/make.sh with pandoc and
// LibreOffice; packages that no tool writes on purpose (a zip bomb, a part missing) are built here.

#include "import/docxnumbering.h"
#include "import/importer.h"
#include "import/officeconverter.h"
#include "import/officereader.h"
#include "officepackages.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "librarystate.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportLens;
using namespace ReportLens::OfficePackages;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(REPORTLENS_TEST_DATA "/office/") + name;
}

/// Sets $REPORTLENS_SOFFICE for one test and puts back what was there.
class SofficeOverride
{
public:
    explicit SofficeOverride(const QString &program)
        : m_wasSet(qEnvironmentVariableIsSet("REPORTLENS_SOFFICE"))
        , m_old(qgetenv("REPORTLENS_SOFFICE"))
    {
        qputenv("REPORTLENS_SOFFICE", program.toLocal8Bit());
    }
    ~SofficeOverride()
    {
        if (m_wasSet)
            qputenv("REPORTLENS_SOFFICE", m_old);
        else
            qunsetenv("REPORTLENS_SOFFICE");
    }

private:
    bool m_wasSet;
    QByteArray m_old;
};

// The sentences of a clean text, each ending in its full stop (or the end of its line).
QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    static const QRegularExpression sentence(QStringLiteral("[^。！？\\n]+[。！？]?"));
    for (auto it = sentence.globalMatch(text); it.hasNext();) {
        const QString s = it.next().captured().trimmed();
        if (!s.isEmpty())
            sentences.append(s);
    }
    return sentences;
}

} // namespace

class TestOfficeReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Library m_library;

    Report process(const QString &path, QString *error)
    {
        return TestSupport::processBytes(TestSupport::readBytes(path), path, error, ReportStore(m_library).regions());
    }

    Report seedText() { return TestSupport::processFile(TestSupport::seedPath(QStringLiteral("003"))); }

    // The report of @p path reads as seed 003's text file does: every sentence verbatim, the
    // numbered headings on lines of their own, the same metadata.
    void compareWithSeedText(const Report &report)
    {
        const Report text = seedText();
        for (const QString &sentence : sentencesOf(text.cleanText))
            QVERIFY2(report.cleanText.contains(sentence), qPrintable(sentence));
        const QStringList lines = report.cleanText.split(u'\n');
        static const QRegularExpression heading(QStringLiteral("^[一二三四五六七八九十]+、"));
        int headings = 0;
        for (const QString &line : text.cleanText.split(u'\n'))
            if (heading.match(line).hasMatch()) {
                QVERIFY2(lines.contains(line), qPrintable(line));
                ++headings;
            }
        QVERIFY(headings >= 3);
        QCOMPARE(report.cleanText, text.cleanText);
        QCOMPARE(report.meta.region.value, text.meta.region.value);
        QCOMPARE(report.meta.year.value, text.meta.year.value);
        QCOMPARE(report.meta.speaker.value, text.meta.speaker.value);
        QCOMPARE(report.sections.size(), text.sections.size());
        QCOMPARE(report.glossary.size(), text.glossary.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        const ImportResult seed = Importer(m_library).importFile(TestSupport::seedPath(QStringLiteral("001")));
        QCOMPARE(seed.status, ImportResult::Status::Imported);
    }

    void officeSuffixesAreImported()
    {
        const QStringList suffixes = Importer::supportedSuffixes();
        for (const char *suffix : {"docx", "odt", "doc", "wps"})
            QVERIFY2(suffixes.contains(QLatin1String(suffix)), suffix);
        QList<ImportResult> failures;
        const QStringList found = Importer::expandPaths({QStringLiteral(REPORTLENS_TEST_DATA "/office")}, &failures);
        QVERIFY(failures.isEmpty());
        QVERIFY(found.contains(fixture(QStringLiteral("seed-003.docx"))));
        QVERIFY(found.contains(fixture(QStringLiteral("seed-003.odt"))));
        QVERIFY(found.contains(fixture(QStringLiteral("seed-003.doc"))));
        QVERIFY(!found.contains(fixture(QStringLiteral("spreadsheet.xlsx"))));
    }

    void seedImportsAsItsTextDoes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("pandoc-docx") << QStringLiteral("seed-003.docx") << QStringLiteral("docx");
        QTest::newRow("libreoffice-odt") << QStringLiteral("seed-003.odt") << QStringLiteral("odt");
        QTest::newRow("pandoc-odt-indented-xml") << QStringLiteral("seed-003-pandoc.odt") << QStringLiteral("odt");
    }
    void seedImportsAsItsTextDoes()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QString error;
        const Report report = process(fixture(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.format, format);
        QCOMPARE(report.encoding, format.toUpper());
        QVERIFY(report.repairs.isEmpty()); // read as it is: nothing converted
        compareWithSeedText(report);
    }

    void tablesBreaksAndRevisionsReadAsReportText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        const QStringList common = {
            QStringLiteral("一、2022年工作回顾"),
            QStringLiteral("各位代表：现在，我代表区人民政府向大会报告工作。"),
            QStringLiteral("这是同一段里的换行。"), // w:br / text:line-break
            QStringLiteral("主要指标如下表："),
            QStringLiteral("指标\t2022年\t增长"), // a table row of short cells is one line
            QStringLiteral("地区生产总值\t665亿元\t2%"),
            QStringLiteral("一般公共预算收入\t33.28亿元\t0.5%"),
            QStringLiteral("左栏第一段。"), // a layout table: one line per paragraph, cell after cell
            QStringLiteral("左栏第二段。"),
            QStringLiteral("右栏只有一段。"),
            QStringLiteral("我们坚持人民至上，插入的文字全区经济保持平稳。"), // no footnote, no deletion
        };
        // Word numbers the list itself; the label is read from numbering.xml.
        QTest::newRow("pandoc-docx") << QStringLiteral("features.docx")
                                     << common
                + QStringList{QStringLiteral("1.\t第一项任务。"), QStringLiteral("2.\t第二项任务。")};
        // LibreOffice's list labels are drawn from list styles, not written in content.xml.
        QTest::newRow("libreoffice-odt") << QStringLiteral(
            "features.odt") << common + QStringList{QStringLiteral("第一项任务。"), QStringLiteral("第二项任务。")};
    }
    void tablesBreaksAndRevisionsReadAsReportText()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const DecodeResult result = OfficeReader::read(TestSupport::readBytes(fixture(file)), file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.decoded.text.split(u'\n'), expected);
    }

    void wordMarkup()
    {
        // Word's own list numbering, in Chinese, set by a heading style (styleId "1", as Chinese
        // Word names 标题 1) and by w:numPr; a second level restarts under each first-level heading.
        const QByteArray numbering =
            "<w:abstractNum w:abstractNumId=\"0\">"
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/>"
            "<w:suff w:val=\"nothing\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
            "w:val=\"（%2）\"/>"
            "<w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
            "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText "
            "w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
            "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"9\"/><w:numFmt "
            "w:val=\"decimalEnclosedCircle\"/>"
            "<w:lvlText w:val=\"%1\"/><w:suff w:val=\"space\"/></w:lvl></w:abstractNum>"
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>";
        const QByteArray styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:pPr><w:numPr><w:numId "
                                  "w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                                  "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:basedOn "
                                  "w:val=\"1\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        auto p = [](const QByteArray &properties, const QByteArray &runs) {
            return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
        };
        auto r = [](const QByteArray &text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; };
        const QByteArray level2 = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>";
        const QByteArray body = p("<w:pStyle w:val=\"1\"/>", r("2022年工作回顾")) + p({}, r("正文。"))
            + p(level2, r("稳增长")) + p("<w:pStyle w:val=\"2\"/>", r("促改革"))
            + p("<w:pStyle w:val=\"1\"/>", r("2023年工作安排")) + p(level2, r("扩内需"))
            + p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>", r("项目符号段落。"))
            + p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>", r("带圈数字。"))
            // tabs, breaks, hyphens; hidden text; a field's code (PAGE) left out, its result kept
            + p({},
                "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:softHyphen/><w:t>D</w:t>"
                "<w:noBreakHyphen/><w:t>E</w:t></w:r>"
                "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的文字</w:t></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>5</w:t></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            // tracked changes, a footnote reference, a hyperlink, a text box in a drawing
            + p({},
                r("保留")
                    + "<w:del w:id=\"1\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
                      "<w:ins w:id=\"2\"><w:r><w:t>插入</w:t></w:r></w:ins>"
                      "<w:moveFrom w:id=\"3\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                      "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                      "<w:hyperlink w:history=\"1\"><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
                      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
                      "<w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
                      "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>"
                      "</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
            // an empty paragraph adds no line; a generated table of contents is left out, another content control kept
            + p({}, {})
            + "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
              "<w:sdtContent>"
            + p({}, r("目录 一、2022年工作回顾 1")) + "</w:sdtContent></w:sdt>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"正文\"/></w:sdtPr><w:sdtContent>" + p({}, r("控件里的段落。"))
            + "</w:sdtContent></w:sdt>"
            // a table with an empty row and a nested table
            + "<w:tbl><w:tr><w:tc>" + p({}, r("甲")) + "</w:tc><w:tc>" + p({}, {}) + "</w:tc><w:tc>" + p({}, r("乙"))
            + "</w:tc></w:tr><w:tr><w:tc>" + p({}, {}) + "</w:tc></w:tr>" + "<w:tr><w:tc><w:tbl><w:tr><w:tc>"
            + p({}, r("内")) + "</w:tc><w:tc>" + p({}, r("表")) + "</w:tc></w:tr></w:tbl>" + p({}, r("外"))
            + "</w:tc></w:tr></w:tbl>";
        const DecodeResult result =
            OfficeReader::read(makeDocx(body, numbering, styles), QStringLiteral("report.docx"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList expected = {QStringLiteral("一、2022年工作回顾"),
                                      QStringLiteral("正文。"),
                                      QStringLiteral("（一）稳增长"),
                                      QStringLiteral("（二）促改革"),
                                      QStringLiteral("二、2023年工作安排"),
                                      QStringLiteral("（一）扩内需"),
                                      QStringLiteral("项目符号段落。"),
                                      QStringLiteral("⑨ 带圈数字。"),
                                      QStringLiteral("A\tB"),
                                      QStringLiteral("CD-E5"),
                                      QStringLiteral("保留插入链接"),
                                      QStringLiteral("控件里的段落。"),
                                      QStringLiteral("甲\t乙"),
                                      QStringLiteral("内\t表"),
                                      QStringLiteral("外")};
        QCOMPARE(result.decoded.text.split(u'\n'), expected);
    }

    void chineseListNumbers_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chinese-1") << 1 << QStringLiteral("chineseCounting") << QStringLiteral("一");
        QTest::newRow("chinese-10") << 10 << QStringLiteral("chineseCounting") << QStringLiteral("十");
        QTest::newRow("chinese-11") << 11 << QStringLiteral("chineseCountingThousand") << QStringLiteral("十一");
        QTest::newRow("chinese-20") << 20 << QStringLiteral("chineseCounting") << QStringLiteral("二十");
        QTest::newRow("chinese-101") << 101 << QStringLiteral("chineseCountingThousand") << QStringLiteral("一百零一");
        QTest::newRow("chinese-110") << 110 << QStringLiteral("chineseCountingThousand") << QStringLiteral("一百一十");
        QTest::newRow("legal-3") << 3 << QStringLiteral("chineseLegalSimplified") << QStringLiteral("叁");
        QTest::newRow("heavenly-stem-2") << 2 << QStringLiteral("ideographTraditional") << QStringLiteral("乙");
        QTest::newRow("roman-14") << 14 << QStringLiteral("upperRoman") << QStringLiteral("XIV");
        QTest::newRow("letter-28") << 28 << QStringLiteral("lowerLetter") << QStringLiteral("bb");
        QTest::newRow("full-width-12") << 12 << QStringLiteral("decimalFullWidth") << QStringLiteral("１２");
        QTest::newRow("paren-3") << 3 << QStringLiteral("decimalEnclosedParen") << QStringLiteral("⑶");
        QTest::newRow("unknown-format") << 7 << QStringLiteral("hebrew1") << QStringLiteral("7");
    }
    void chineseListNumbers()
    {
        QFETCH(int, value);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(DocxNumbering::format(value, format), expected);
    }

    void openDocumentMarkup()
    {
        const QByteArray body =
            "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
            "<text:tracked-changes><text:changed-region><text:deletion><text:p>删除的段落</text:p></text:deletion>"
            "</text:changed-region></text:tracked-changes>"
            "<text:table-of-content><text:index-body><text:p>目录 一、工作回顾 "
            "1</text:p></text:index-body></text:table-of-content>"
            "<text:h text:outline-level=\"1\">\n    一、工作回顾\n  </text:h>"
            "<text:p>  A  <text:s text:c=\"3\"/>B<text:tab/>C<text:line-break/>  D"
            "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注</text:p></"
            "text:note-body></text:note>"
            "<office:annotation><dc:creator>x</dc:creator><text:p>批注</text:p></office:annotation>"
            "<text:span>E</text:span><text:a>F</text:a><draw:frame><draw:text-box><text:p>文本框</text:p></"
            "draw:text-box></draw:frame>"
            "<text:page-number>5</text:page-number></text:p>"
            "<text:p/><text:p>   </text:p>"
            "<text:section><text:list><text:list-item><text:p>列表项</text:p><text:list><text:list-item><text:p>子项</"
            "text:p>"
            "</text:list-item></text:list></text:list-item></text:list></text:section>"
            "<table:table><table:table-column/><table:table-header-rows><table:table-row>"
            "<table:table-cell><text:p>指标</text:p></table:table-cell><table:table-cell><text:p>数值</text:p></"
            "table:table-cell>"
            "</table:table-row></table:table-header-rows><table:table-row>"
            "<table:table-cell table:number-columns-spanned=\"2\"><text:p>合并</text:p></table:table-cell>"
            "<table:covered-table-cell><text:p>被覆盖</text:p></table:covered-table-cell></table:table-row></"
            "table:table>";
        const DecodeResult result = OfficeReader::read(makeOdt(body), QStringLiteral("report.odt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList expected = {QStringLiteral("一、工作回顾"), QStringLiteral("A    B\tC"),
                                      QStringLiteral("DEF5"),         QStringLiteral("列表项"),
                                      QStringLiteral("子项"),         QStringLiteral("指标\t数值"),
                                      QStringLiteral("合并")};
        QCOMPARE(result.decoded.text.split(u'\n'), expected);
    }

    void convertedWithLibreOffice_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("detail");
        QTest::newRow("doc") << QStringLiteral("seed-003.doc") << QStringLiteral("seed-003.doc")
                             << QStringLiteral("doc")
                             << QStringLiteral("converted from Word 97–2003 (.doc) with LibreOffice");
        // WPS Office saves .wps files in the Word 97–2003 format.
        QTest::newRow("wps") << QStringLiteral("seed-003.doc") << QStringLiteral("seed-003.wps")
                             << QStringLiteral("wps")
                             << QStringLiteral("converted from WPS Office (.wps) with LibreOffice");
        QTest::newRow("rtf") << QStringLiteral("seed-003.rtf") << QStringLiteral("seed-003.rtf")
                             << QStringLiteral("rtf")
                             << QStringLiteral("converted from Rich Text Format (.rtf) with LibreOffice");
    }
    void convertedWithLibreOffice()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(QString, detail);
        if (OfficeConverter::program().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const QString path = TestSupport::writeFile(m_dir, name, TestSupport::readBytes(fixture(file)));
        QString error;
        const Report report = process(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.format, format);
        QCOMPARE(report.encoding, format.toUpper());
        compareWithSeedText(report);
        // The conversion is recorded with the report (the pipeline passes a reader's repairs on).
        const auto converted = std::find_if(report.repairs.cbegin(), report.repairs.cend(), [](const ImportRepair &r) {
            return r.kind == QStringLiteral("converted");
        });
        QVERIFY(converted != report.repairs.cend());
        QCOMPARE(converted->detail, detail);
        if (QLatin1String(QTest::currentDataTag()) != QLatin1String("doc"))
            return; // the rest converts the same text again
        const QString before = TestSupport::libraryState(m_library);
        const ImportResult imported = Importer(m_library).importFile(path);
        QVERIFY2(imported.status == ImportResult::Status::Imported, qPrintable(imported.message));
        const std::optional<Report> stored = ReportStore(m_library).load(imported.reportId);
        QVERIFY(stored);
        QCOMPARE(stored->format, format);
        QCOMPARE(stored->cleanText, report.cleanText);
        QVERIFY(TestSupport::libraryState(m_library) != before);
    }

    void convertedListsKeepTheirNumbers()
    {
        if (OfficeConverter::program().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        const DecodeResult result = OfficeReader::read(TestSupport::readBytes(fixture(QStringLiteral("features.doc"))),
                                                       QStringLiteral("features.doc"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QStringList lines = result.decoded.text.split(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("地区生产总值\t665亿元\t2%")), qPrintable(result.decoded.text));
        // LibreOffice saved pandoc's list into the .doc as two lists, and shows "1." before both items.
        QVERIFY2(lines.contains(QStringLiteral("1.\t第一项任务。")), qPrintable(result.decoded.text));
        QVERIFY2(lines.contains(QStringLiteral("1.\t第二项任务。")), qPrintable(result.decoded.text));
        QVERIFY(!result.decoded.text.contains(QStringLiteral("删除的文字")));
        QCOMPARE(result.decoded.encoding, QStringLiteral("DOC"));
    }

    // Without LibreOffice, a .doc is refused with what it is and what to do, and nothing is stored.
    void withoutLibreOfficeTheReasonSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("named");
        QTest::newRow("doc") << QStringLiteral("seed-003.doc") << QStringLiteral("report.doc")
                             << QStringLiteral("Word 97–2003 document (.doc)");
        QTest::newRow("wps") << QStringLiteral("seed-003.doc") << QStringLiteral("report.wps")
                             << QStringLiteral("WPS Office document (.wps)");
        QTest::newRow("rtf") << QStringLiteral("seed-003.rtf") << QStringLiteral("report.rtf")
                             << QStringLiteral("(.rtf)");
        // A Word file renamed .txt is still known by its content.
        QTest::newRow("doc-named-txt") << QStringLiteral("seed-003.doc") << QStringLiteral("report-doc.txt")
                                       << QStringLiteral("(.doc)");
    }
    void withoutLibreOfficeTheReasonSaysWhatToDo()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, named);
        const SofficeOverride notInstalled(QStringLiteral("/nonexistent/soffice"));
        QVERIFY(OfficeConverter::program().isEmpty());
        const QString path = TestSupport::writeFile(m_dir, name, TestSupport::readBytes(fixture(file)));
        const QString before = TestSupport::libraryState(m_library);
        const QList<ImportResult> results = Importer(m_library).importPaths({path});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, ImportResult::Status::Failed);
        const QString &message = results.first().message;
        QVERIFY2(message.contains(named) && message.contains(QStringLiteral("LibreOffice"))
                     && message.contains(QStringLiteral("install libreoffice-writer"))
                     && message.contains(QStringLiteral(".docx")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("binary")) && !message.contains(name), qPrintable(message));
        QCOMPARE(TestSupport::libraryState(m_library), before);
    }

    void aFailedConversionIsExplained()
    {
        // An soffice that loads nothing, as LibreOffice does with a file it cannot read: it prints
        // an error and exits with 0.
        const QString fake =
            TestSupport::writeFile(m_dir, QStringLiteral("fake-soffice"),
                                   "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 0\n");
        QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const SofficeOverride broken(fake);
        const DecodeResult result = OfficeReader::read(TestSupport::readBytes(fixture(QStringLiteral("seed-003.doc"))),
                                                       QStringLiteral("report.doc"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("Word 97–2003 document (.doc) could not be read"))
                     && result.error.contains(QStringLiteral("source file could not be loaded")),
                 qPrintable(result.error));
    }

    void brokenAndForeignFilesAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray docx = TestSupport::readBytes(fixture(QStringLiteral("seed-003.docx")));
        QTest::newRow("truncated-docx") << QStringLiteral("truncated.docx") << docx.left(docx.size() / 2)
                                        << QStringLiteral("Word document (.docx) is damaged or truncated");
        // Bytes of word/document.xml's compressed data overwritten: the zip opens, the part does not unpack.
        QByteArray damaged = docx;
        const qsizetype data = damaged.indexOf("word/document.xml") + 200;
        for (qsizetype i = data; i < data + 64; ++i)
            damaged[i] = char(damaged[i] ^ 0x5A);
        QTest::newRow("damaged-docx") << QStringLiteral("damaged.docx") << damaged
                                      << QStringLiteral("damaged: word/document.xml cannot be unpacked");
        QTest::newRow("docx-without-document") << QStringLiteral("empty.docx")
                                               << makeZip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                                           {QStringLiteral("word/styles.xml"), "<w:styles/>"}})
                                               << QStringLiteral("word/document.xml is missing");
        QTest::newRow("docx-main-part-missing")
            << QStringLiteral("nomain.docx")
            << makeZip({{QStringLiteral("_rels/.rels"),
                         "<Relationships><Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"}})
            << QStringLiteral("word/document.xml is missing");
        QTest::newRow("malformed-xml") << QStringLiteral("malformed.docx")
                                       << makeZip({{QStringLiteral("word/document.xml"),
                                                    "<w:document><w:body><w:p><w:r><w:t>半"}})
                                       << QStringLiteral("not well-formed XML");
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 256);
        QTest::newRow("docx-not-a-zip") << QStringLiteral("noise.docx") << noise << QStringLiteral("not a zip package");
        QTest::newRow("odt-without-content")
            << QStringLiteral("empty.odt")
            << makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"}})
            << QStringLiteral("content.xml is missing");
        const QByteArray xlsx = TestSupport::readBytes(fixture(QStringLiteral("spreadsheet.xlsx")));
        QTest::newRow("xlsx") << QStringLiteral("table.xlsx") << xlsx
                              << QStringLiteral("Excel spreadsheet (.xlsx), not a text document");
        QTest::newRow("xlsx-named-docx") << QStringLiteral("table.docx") << xlsx
                                         << QStringLiteral("Excel spreadsheet (.xlsx)");
        QTest::newRow("ods") << QStringLiteral("table.odt")
                             << makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                                         {QStringLiteral("content.xml"), "<x/>"}})
                             << QStringLiteral("OpenDocument spreadsheet (.ods)");
        QTest::newRow("zip-archive") << QStringLiteral("reports.zip")
                                     << makeZip({{QStringLiteral("report.txt"), "各位代表：现在我代表政府报告工作。"}})
                                     << QStringLiteral("zip archive, not a text document");
        QTest::newRow("xls") << QStringLiteral("table.xls") << makeCompoundFile({QStringLiteral("Workbook")})
                             << QStringLiteral("Excel spreadsheet (.xls)");
        // 80 MB of paragraphs deflate to well under a megabyte.
        QByteArray huge;
        huge.reserve(80 * 1024 * 1024);
        while (huge.size() < 80 * 1024 * 1024)
            huge += "<w:p><w:r><w:t>各位代表：现在我代表政府报告工作。</w:t></w:r></w:p>";
        QTest::newRow("zip-bomb") << QStringLiteral("bomb.docx") << makeDocx(huge) << QStringLiteral("zip bomb");
    }
    void brokenAndForeignFilesAreRefusedClearly()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = TestSupport::writeFile(m_dir, name, bytes);
        const QString before = TestSupport::libraryState(m_library);
        const QList<ImportResult> results = Importer(m_library).importPaths({path});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, ImportResult::Status::Failed);
        QCOMPARE(results.first().path, path);
        const QString &message = results.first().message;
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("binary")), qPrintable(message));
        QCOMPARE(TestSupport::libraryState(m_library), before);
    }

    void passwordProtectedDocumentsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("doc-saved-with-password")
            << QStringLiteral("password.doc") << TestSupport::readBytes(fixture(QStringLiteral("password.doc")));
        QTest::newRow("encrypted-docx") << QStringLiteral("password.docx")
                                        << makeCompoundFile(
                                               {QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")});
        QTest::newRow("encrypted-odt")
            << QStringLiteral("password.odt")
            << makeOdt("<text:p>密文</text:p>",
                       "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                       "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                       "</manifest:file-entry></manifest:manifest>");
    }
    void passwordProtectedDocumentsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        // Known before any conversion: no LibreOffice needed to say so.
        const SofficeOverride notInstalled(QStringLiteral("/nonexistent/soffice"));
        const QString path = TestSupport::writeFile(m_dir, name, bytes);
        const QString before = TestSupport::libraryState(m_library);
        const ImportResult result = Importer(m_library).importFile(path);
        QCOMPARE(result.status, ImportResult::Status::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("password protected")), qPrintable(result.message));
        QCOMPARE(TestSupport::libraryState(m_library), before);
    }

    void aWordNameDoesNotHideWhatIsInside()
    {
        // Sites serve web pages and RTF as .doc: those are read as what they are.
        const QString seed = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        QString page = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
        for (const QString &line : seed.split(u'\n'))
            if (!line.trimmed().isEmpty())
                page += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
        page += QStringLiteral("</body></html>");
        QString error;
        const Report html = TestSupport::processBytes(page.toUtf8(), QStringLiteral("report.doc"), &error,
                                                      ReportStore(m_library).regions());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(html.format, QStringLiteral("html"));
        QCOMPARE(html.cleanText, seedText().cleanText);
        QVERIFY(OfficeReader::detect(TestSupport::readBytes(fixture(QStringLiteral("seed-003.rtf"))),
                                     QStringLiteral("report.doc"))
                == OfficeReader::Format::Rtf);
        QVERIFY(OfficeReader::detect(TestSupport::readBytes(fixture(QStringLiteral("seed-003.docx"))),
                                     QStringLiteral("report.doc"))
                == OfficeReader::Format::Docx);
        QVERIFY(OfficeReader::detect(TestSupport::readBytes(fixture(QStringLiteral("seed-003.odt"))),
                                     QStringLiteral("report"))
                == OfficeReader::Format::Odt);
        QVERIFY(!OfficeReader::detect(QStringLiteral("各位代表：现在我代表政府报告工作。").toUtf8(),
                                      QStringLiteral("report.txt")));
    }
};

QTEST_MAIN(TestOfficeReader)
#include "tst_officereader.moc"
