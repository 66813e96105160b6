// Reading in the window (offscreen, on a 1600×1000 screen): the outline, the find bar, figures
// corrected with the mouse, search hits, and exports to PDF that give back the report's text.

#include "import/importer.h"
#include "import/pdfreader.h"
#include "indicators/indicatormodel.h"
#include "indicators/indicatorpane.h"
#include "library/librarypane.h"
#include "document/document.h"
#include "mainwindow.h"
#include "reader/findbar.h"
#include "reader/outlinemodel.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "reader/reportprinter.h"
#include "search/searchpane.h"
#include "search/searchresultmodel.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "testsupport.h"
#include "windowtestlibrary.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QSignalSpy>
#include <QUndoStack>

using namespace ReportLens;
using namespace ReportLens::TestSupport;

class TestReader : public QObject
{
    Q_OBJECT
private:
    WindowTestLibrary m_fixture;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.open()); }

    void outlineClickScrollsTheReader()
    {
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_fixture.xinchengId);
        QVERIFY(window.windowTitle().contains(QStringLiteral("ReportLens")));
        QCOMPARE(window.currentReportId(), m_fixture.xinchengId);
        // The library shows which report is open.
        QCOMPARE(window.libraryPane()->treeView()->currentIndex().data(Qt::UserRole + 1).toLongLong(),
                 m_fixture.xinchengId);
        ReaderView *reader = window.readerPane()->reader();
        reader->verticalScrollBar()->setValue(0);
        QTreeView *outline = window.outlineView();
        const QModelIndex third = outline->model()->index(2, 0); // 三、全面加强政府自身建设
        QVERIFY(third.data().toString().startsWith(QStringLiteral("三、")));
        outline->scrollTo(third);
        QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, outline->visualRect(third).center());
        QTRY_VERIFY(reader->verticalScrollBar()->value() > 0);
        const qsizetype start = third.data(OutlineModel::StartRole).toLongLong();
        QVERIFY(std::abs(reader->topPosition() - start) < 40);
        QVERIFY(reader->cursorRect(reader->textCursor()).top() < 40);
    }
    // Reading, the outline follows the text to exactly one section, and Ctrl+Home goes back to
    // the start (where no section is current yet).
    void outlineFollowsToOneSection()
    {
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_fixture.xinchengId);
        ReaderView *reader = window.readerPane()->reader();
        QTreeView *outline = window.outlineView();
        QScrollBar *bar = reader->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QStringList followed;
        for (int step = 1; step <= 10; ++step) {
            bar->setValue(bar->maximum() * step / 10);
            const QModelIndex expected = window.readerPane()->outlineModel()->indexAt(reader->topPosition() + 1);
            QCOMPARE(outline->currentIndex(), expected);
            QCOMPARE(outline->selectionModel()->selectedRows().size(), expected.isValid() ? 1 : 0);
            if (expected.isValid() && !followed.contains(expected.data().toString()))
                followed.append(expected.data().toString());
        }
        QVERIFY2(followed.size() >= 3, qPrintable(followed.join(u'|')));
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(bar->value(), 0);
        QCOMPARE(outline->selectionModel()->selectedRows().size(), outline->currentIndex().isValid() ? 1 : 0);
        QVERIFY(!outline->currentIndex().isValid() || outline->currentIndex().row() == 0);
        QTest::keyClick(reader, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(outline->currentIndex(), window.readerPane()->outlineModel()->indexAt(reader->topPosition() + 1));
    }
    // The find bar says where the user is among the matches, keeps each report's query, and
    // Escape in the text closes it.
    void findBarStatePerReport()
    {
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = m_fixture.nationalReports();
        window.openReport(national[0]);
        ReaderPane *pane = window.readerPane();
        pane->reader()->verticalScrollBar()->setValue(0); // the search starts where the user reads
        FindBar *bar = pane->findBar();
        bar->activate();
        bar->lineEdit()->setText(QStringLiteral("高质量发展")); // as an input method commits it
        const int total = int(pane->report().cleanText.count(QStringLiteral("高质量发展")));
        QVERIFY(total >= 3);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(total));
        bar->findNext();
        bar->findNext();
        QCOMPARE(bar->countText(), QStringLiteral("3 of %1").arg(total));
        bar->findPrevious();
        QCOMPARE(bar->countText(), QStringLiteral("2 of %1").arg(total));
        // Another report: no query of its own, the bar closes; back again, the query is there.
        window.openReport(m_fixture.xinchengId);
        QVERIFY(bar->isHidden());
        QVERIFY(bar->lineEdit()->text().isEmpty());
        window.openReport(national[0]);
        QVERIFY(!bar->isHidden());
        QCOMPARE(bar->lineEdit()->text(), QStringLiteral("高质量发展"));
        QVERIFY2(bar->countText().endsWith(QStringLiteral(" of %1").arg(total)), qPrintable(bar->countText()));
        bar->lineEdit()->setText(QStringLiteral("不存在的词"));
        QCOMPARE(bar->countText(), QStringLiteral("Not found"));
        bar->lineEdit()->setText(QStringLiteral("高质量发展"));
        pane->reader()->setFocus();
        QTest::keyClick(pane->reader(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        window.openReport(m_fixture.xinchengId);
        window.openReport(national[0]);
        QVERIFY(bar->isHidden()); // closed is closed
    }
    // A click on a figure shows its sentence in the reader; a double-click opens the editor
    // there and then (the table is not reset under it), and the edit is one undo step.
    void figureIsCorrectedWithTheMouse()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_fixture.xinchengId);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("indicatorDock"));
        dock->show();
        dock->raise();
        QTableView *table = window.indicatorPane()->view();
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
        const QModelIndex value = table->model()->index(0, IndicatorModel::ValueColumn);
        const QPoint at = table->visualRect(value).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        const qsizetype start = value.data(IndicatorModel::StartRole).toLongLong();
        QTRY_VERIFY(window.readerPane()->reader()->textCursor().selectionStart() == start);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QCOMPARE(editor->parentWidget(), table->viewport()); // the table's own editor
        editor->setText(QStringLiteral("123.4"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(0, IndicatorModel::ValueColumn).data(Qt::EditRole).toString(),
                     QStringLiteral("123.4"));
        window.document()->undoStack()->undo();
        QTRY_VERIFY(table->model()->index(0, IndicatorModel::ValueColumn).data(Qt::EditRole).toString()
                    != QStringLiteral("123.4"));
    }
    void searchHitOpensTheReader()
    {
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_fixture.xinchengId);
        SearchPane *search = window.searchPane();
        search->queryEdit()->setText(QStringLiteral("新质生产力"));
        QSignalSpy searched(search, &SearchPane::searched);
        search->search(); // found on a worker
        QVERIFY(searched.wait(10000));
        QTreeView *results = search->resultView();
        QVERIFY(results->model()->rowCount() >= 1);
        const QModelIndex report = results->model()->index(0, 0);
        const QModelIndex hit = results->model()->index(0, 0, report);
        QVERIFY(hit.isValid());
        results->scrollTo(hit);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
        const qint64 expected = hit.data(SearchResultModel::ReportIdRole).toLongLong();
        QTRY_COMPARE(window.currentReportId(), expected);
        const QTextCursor cursor = window.readerPane()->reader()->textCursor();
        QCOMPARE(cursor.selectedText(), QStringLiteral("新质生产力"));

        // Report groups in the order chosen: most hits first, or by year either way.
        search->queryEdit()->setText(QStringLiteral("发展"));
        const auto groups = [&] {
            QList<std::pair<int, int>> hitsAndYears;
            for (int r = 0; r < results->model()->rowCount(); ++r) {
                const qint64 id = results->model()->index(r, 0).data(SearchResultModel::ReportIdRole).toLongLong();
                hitsAndYears.append({int(SearchIndex(m_fixture.library).hitsIn(id, QStringLiteral("发展")).size()),
                                     ReportStore(m_fixture.library).load(id)->meta.year.value});
            }
            return hitsAndYears;
        };
        search->orderBox()->setCurrentIndex(search->orderBox()->findData(QStringLiteral("hits")));
        search->search();
        QVERIFY(searched.wait(10000));
        QList<std::pair<int, int>> shown = groups();
        QCOMPARE(shown.size(), 3);
        QVERIFY(shown[0].first >= shown[1].first && shown[1].first >= shown[2].first);
        search->orderBox()->setCurrentIndex(search->orderBox()->findData(QStringLiteral("newest")));
        QVERIFY(searched.wait(10000));
        shown = groups();
        QVERIFY(shown[0].second >= shown[1].second && shown[1].second >= shown[2].second);
        search->orderBox()->setCurrentIndex(search->orderBox()->findData(QStringLiteral("oldest")));
        QVERIFY(searched.wait(10000));
        shown = groups();
        QVERIFY(shown[0].second <= shown[1].second && shown[1].second <= shown[2].second);
        QVERIFY(shown.first().second < shown.last().second);
    }
    void pdfExportCarriesHighlightsAndNotes()
    {
        const std::optional<Report> report = ReportStore(m_fixture.library).load(m_fixture.xinchengId);
        QVERIFY(report);
        Annotation a;
        a.reportId = m_fixture.xinchengId;
        const qsizetype at = report->cleanText.indexOf(QStringLiteral("科技城载体作用凸显"));
        a.anchor = Anchor::fromRange(report->cleanText, at, at + 9);
        a.note = QStringLiteral("导出测试笔记");
        a.tags = {QStringLiteral("测试标签")};
        const QString path = m_fixture.dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(ReportPrinter::exportPdf(*report, {a}, path, &error), qPrintable(error));
        const DecodeResult read = PdfReader::read(TestSupport::readBytes(path));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QString text = read.decoded.text;
        text.remove(u'\n');
        QVERIFY(text.contains(QStringLiteral("科技城载体作用凸显[1]")));
        QVERIFY(text.contains(QStringLiteral("[1] 导出测试笔记（测试标签）")));
        QVERIFY(read.decoded.pageStarts.size() > 3);
    }
    // An exported PDF gives back the report's text, as pdftotext reads it: every character as
    // written (no Kangxi radicals for 工, 大, 力), in Simplified and Traditional reports, with the
    // report's name as the PDF's title.
    void exportedPdfGivesBackTheText()
    {
        QTemporaryDir dir;
        Library library;
        QString error;
        QVERIFY(library.open(dir.filePath(QStringLiteral("export.sqlite")), &error));
        const QString local = TestSupport::sharedDir() + QStringLiteral("/corpus/local/");
        const QStringList files = {TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2024.txt"),
                                   TestSupport::seedPath(QStringLiteral("001")),
                                   TestSupport::seedPath(QStringLiteral("003")),
                                   local + QStringLiteral("武漢市2014年政府工作報告.txt"),
                                   local + QStringLiteral("2009年山東省人民政府工作報告.txt")};
        const auto squeeze = [](QString text) {
            text.remove(QRegularExpression(QStringLiteral("\\s+")));
            return text;
        };
        for (const QString &file : files) {
            const qint64 id = Importer(library).importFile(file).reportId;
            QVERIFY2(id > 0, qPrintable(file));
            const std::optional<Report> report = ReportStore(library).load(id);
            const QString path = dir.filePath(QStringLiteral("%1.pdf").arg(id));
            QVERIFY2(ReportPrinter::exportPdf(*report, {}, path, &error), qPrintable(error));
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"),
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
            QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
                     "pdftotext (poppler-utils) must be installed");
            // Pages end with their number (QTextDocument::print): take it off each page.
            QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
            for (int p = 0; p < pages.size(); ++p) {
                QString page = pages[p].trimmed();
                if (page.endsWith(QString::number(p + 1)))
                    page.chop(QString::number(p + 1).size());
                pages[p] = page;
            }
            const QString got = squeeze(pages.join(QString()));
            const QString expected = squeeze(report->cleanText);
            if (got != expected) {
                qsizetype at = 0;
                while (at < got.size() && at < expected.size() && got[at] == expected[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("%1: differs at %2: “%3” where the report has “%4”")
                                     .arg(QFileInfo(file).fileName())
                                     .arg(at)
                                     .arg(got.mid(at, 20), expected.mid(at, 20))));
            }
            QProcess pdfinfo;
            pdfinfo.start(QStringLiteral("pdfinfo"), {path});
            QVERIFY(pdfinfo.waitForFinished(60000));
            const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
            const ReportMetadata &m = report->meta;
            QVERIFY2(
                info.contains(QStringLiteral("Title:") + QString(6, u' ')
                              + displayTitle(m.region.value, m.year.isSet() ? m.year.value : 0, m.title.value))
                    || info.contains(displayTitle(m.region.value, m.year.isSet() ? m.year.value : 0, m.title.value)),
                qPrintable(info));
            qInfo("%s: %lld characters, PDF %lld KB", qPrintable(QFileInfo(file).fileName()),
                  qlonglong(report->cleanText.size()), qlonglong(QFileInfo(path).size() / 1024));
        }
        // A file that cannot be written is refused with the reason, and nothing is left behind.
        const std::optional<Report> any = ReportStore(library).load(ReportStore(library).list().first().id);
        QVERIFY(!ReportPrinter::exportPdf(*any, {}, dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/folder")));
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
