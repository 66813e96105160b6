// Every corpus report laid out as governments publish it — A4, a cover page with title, dateline and
// speaker, justified paragraphs with a two-character first-line indent, a running header and
// "— n —" page numbers — by Qt's text layout engine into a PDF, then imported: its outline must be
// exactly the outline of its text file, and no page furniture may be left in the text.

#include "import/importer.h"
#include "model/sectiontree.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QTextLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace ReportLens;

namespace {

const QString RunningHeader = QStringLiteral("政府工作报告（印刷版）");

// The head of a report (title, dateline, speaker) is what comes before the salutation.
qsizetype salutationLine(const QStringList &lines)
{
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 15); ++i)
        if (lines[i].startsWith(QStringLiteral("各位代表")))
            return i;
    return 0;
}

// Renders @p text to a PDF at @p path; returns the number of pages.
int renderPdf(const QString &text, const QString &path)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed().toString());
    const qsizetype bodyStart = salutationLine(lines);

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(25, 30, 25, 30), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter painter(&writer);
    const QRectF page(0, 0, writer.width(), writer.height());
    const QFont body(QStringLiteral("Noto Sans CJK SC"), 12);

    // Cover: each head line centred on its own, the first (the title) large.
    for (qsizetype i = 0; i < bodyStart; ++i) {
        QFont font = body;
        font.setPointSize(i == 0 ? 26 : 14);
        painter.setFont(font);
        const double y = page.height() * (i == 0 ? 0.25 : 0.45 + 0.05 * double(i));
        painter.drawText(QRectF(0, y, page.width(), page.height() * 0.12), Qt::AlignHCenter | Qt::TextWordWrap,
                         lines[i]);
    }
    if (bodyStart > 0)
        writer.newPage();

    QTextDocument document;
    document.setDefaultFont(body);
    document.setDocumentMargin(0);
    // Lay out in device pixels so that a page of the document is a page of the writer.
    document.setPageSize(QSizeF(page.width(), page.height() * 0.86));
    QTextCursor cursor(&document);
    static const QRegularExpression heading(QStringLiteral("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"));
    QFont scaledBody = body;
    scaledBody.setPixelSize(int(12.0 / 72 * writer.resolution()));
    // Shaped in the CJK font, the digits of a Latin run ("C919") take glyphs that Qt's PDF writer
    // cannot map back to text, and the text layer loses them.
    scaledBody.setStyleStrategy(QFont::PreferNoShaping);
    QTextCharFormat plain;
    plain.setFont(scaledBody);
    for (qsizetype i = bodyStart; i < lines.size(); ++i) {
        QTextBlockFormat block;
        const bool isHeading = heading.match(lines[i]).hasMatch() && lines[i].size() <= 40;
        block.setAlignment(Qt::AlignJustify);
        block.setTextIndent(isHeading ? 0 : 2 * scaledBody.pixelSize());
        block.setBottomMargin(scaledBody.pixelSize() * 0.4);
        QTextCharFormat format = plain;
        format.setFontWeight(isHeading ? QFont::Bold : QFont::Normal);
        if (i > bodyStart)
            cursor.insertBlock(block, format);
        else
            cursor.setBlockFormat(block);
        cursor.insertText(lines[i], format);
    }
    // Each laid-out line is drawn on its own page only: painting the document with a clip would
    // put the lines of a block that runs over a page break into both pages' content, where a
    // text extractor finds them (clipping hides, it does not remove).
    const double pageHeight = document.pageSize().height();
    const int pages = document.pageCount();
    QList<QList<std::pair<QTextBlock, int>>> linesOfPage(pages);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QPointF origin = document.documentLayout()->blockBoundingRect(block).topLeft();
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const int p = std::clamp(int((origin.y() + block.layout()->lineAt(i).y()) / pageHeight), 0, pages - 1);
            linesOfPage[p].append({block, i});
        }
    }
    QFont furniture = body;
    furniture.setPointSize(9);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (const auto &[block, i] : linesOfPage[p]) {
            const QPointF origin = document.documentLayout()->blockBoundingRect(block).topLeft();
            block.layout()->lineAt(i).draw(&painter, origin + QPointF(0, page.height() * 0.07 - p * pageHeight));
        }
        painter.setFont(furniture);
        painter.drawText(QRectF(0, 0, page.width(), page.height() * 0.04), Qt::AlignHCenter | Qt::AlignBottom,
                         RunningHeader);
        painter.drawText(QRectF(0, page.height() * 0.95, page.width(), page.height() * 0.05),
                         Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("— %1 —").arg(p + (bodyStart > 0 ? 2 : 1)));
    }
    return pages + (bodyStart > 0 ? 1 : 0);
}

QStringList outlineOf(const Report &report)
{
    QStringList rows;
    for (const Section &s : SectionTree::flatten(report.sections))
        rows.append(QStringLiteral("%1 %2 %3%4")
                        .arg(s.level)
                        .arg(sectionKindName(s.kind), s.label, TestSupport::simplifiedForComparison(s.title)));
    return rows;
}

} // namespace

class TestPdfImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("REPORTLENS_KEEP_PDF")); // to look at the PDFs
    }

    void outlineEqualsTextFile_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &seed : {QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
                                    QStringLiteral("003"), QStringLiteral("004")})
            QTest::newRow(qPrintable(QStringLiteral("seed-") + seed)) << TestSupport::seedPath(seed);
        for (const QString &path : TestSupport::nationalPaths())
            QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
    }
    void outlineEqualsTextFile()
    {
        QFETCH(QString, path);
        const Report text = TestSupport::processFile(path);
        const QString pdf = m_dir.filePath(QFileInfo(path).baseName() + QStringLiteral(".pdf"));
        QVERIFY(renderPdf(text.cleanText, pdf) >= 2);
        const Report report = TestSupport::processFile(pdf);
        QCOMPARE(report.format, QStringLiteral("pdf"));
        QVERIFY2(!report.cleanText.contains(RunningHeader), "running header left in the text");
        static const QRegularExpression pageNumber(QStringLiteral("— \\d+ —"));
        QVERIFY2(!report.cleanText.contains(pageNumber), "page number left in the text");
        const QStringList want = outlineOf(text), got = outlineOf(report);
        for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i)
            QCOMPARE(got.value(i), want.value(i));
        // A PDF font may map a glyph shared by 户 and 戶 to either: compared in Simplified characters.
        QCOMPARE(TestSupport::simplifiedForComparison(report.meta.title.value),
                 TestSupport::simplifiedForComparison(text.meta.title.value));
        QCOMPARE(report.meta.speaker.value, text.meta.speaker.value);
        QCOMPARE(report.meta.meetingDate.value, text.meta.meetingDate.value);
    }
};

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
