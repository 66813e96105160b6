// The window as a user drives it (offscreen, on a 1600×1000 screen): the library pane and its
// selection, shortcuts, names of reports, undo and redo, reloading a changed report, what is
// remembered from one start to the next, and a library shared with the command line.

#include "annotations/annotationbrowser.h"
#include "annotations/annotationmodel.h"
#include "compare/compareview.h"
#include "import/importer.h"
#include "library/importcontroller.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "document/document.h"
#include <QStatusBar>
#include <QUndoStack>
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testsupport.h"
#include "windowtestlibrary.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace ReportLens;
using namespace ReportLens::TestSupport;

namespace {
const QString Sentence =
    QStringLiteral("科技城入驻企业达230家,实现营业收入27.4亿元,总部经济和数字产业已成为助推高质量发展的新引擎。");

int annotationRows(Library &library)
{
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT count(*) FROM annotations"));
    q.next();
    return q.value(0).toInt();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    WindowTestLibrary m_fixture;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.open()); }

    void libraryPaneFollowsTheOpenReport()
    {
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_fixture.xinchengId);
        LibraryPane *pane = window.libraryPane();
        const auto currentIn = [](QAbstractItemView *view) {
            return view->currentIndex().siblingAtColumn(0).data(Qt::UserRole + 1).toLongLong();
        };
        QCOMPARE(currentIn(pane->treeView()), m_fixture.xinchengId);
        // A filter that hides it, then one that shows it again: the report is selected again.
        pane->filterEdit()->setText(QStringLiteral("没有这个地区"));
        QCOMPARE(pane->treeView()->model()->rowCount(), 0);
        pane->filterEdit()->setText(QStringLiteral("新城区"));
        QCOMPARE(currentIn(pane->treeView()), m_fixture.xinchengId);
        // The table catches up when its tab is chosen, and follows the report through a sort.
        auto *tabs = pane->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(pane->tableView());
        QCOMPARE(currentIn(pane->tableView()), m_fixture.xinchengId);
        pane->filterEdit()->clear();
        QCOMPARE(currentIn(pane->tableView()), m_fixture.xinchengId);
        pane->tableView()->sortByColumn(LibraryModel::YearColumn, Qt::DescendingOrder);
        QCOMPARE(currentIn(pane->tableView()), m_fixture.xinchengId);
        QCOMPARE(pane->selectedReports(), QList<qint64>{m_fixture.xinchengId});
        QCOMPARE(pane->reportCount(), ReportStore(m_fixture.library).count());
    }
    // Ctrl+click adds a report to the selection in either view (opening it does not reset the
    // selection), and the selected reports are compared: three, not adjacent.
    void ctrlClickSelectsReportsToCompare()
    {
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibraryPane *pane = window.libraryPane();
        auto *tabs = pane->findChild<QTabWidget *>();
        for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(pane->treeView()),
                                        static_cast<QAbstractItemView *>(pane->tableView())}) {
            tabs->setCurrentWidget(view);
            QList<QPersistentModelIndex> reports; // every row that is a report, in view order
            QList<QModelIndex> pending{QModelIndex()};
            while (!pending.isEmpty()) {
                const QModelIndex parent = pending.takeFirst();
                for (int r = 0; r < view->model()->rowCount(parent); ++r) {
                    const QModelIndex index = view->model()->index(r, 0, parent);
                    if (index.data(Qt::UserRole + 1).isValid())
                        reports.append(index);
                    pending.append(index);
                }
            }
            QCOMPARE(reports.size(), 3);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(reports[0]).center());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              view->visualRect(reports[2]).center());
            QCOMPARE(pane->selectedReports().size(), 2);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              view->visualRect(reports[1]).center());
            QCOMPARE(pane->selectedReports().size(), 3);
            window.compareReports(pane->selectedReports());
            QCOMPARE(window.compareView()->panes().size(), 3);
        }
    }
    // A window geometry saved on a larger display opens within this one.
    void restoredGeometryFitsTheScreen()
    {
        {
            MainWindow window(m_fixture.library);
            window.setGeometry(-300, -200, 5000, 3500);
            Settings::windowGeometry.setValue(window.saveGeometry());
        }
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        const QRect g = window.geometry();
        QVERIFY2(available.contains(g),
                 qPrintable(QStringLiteral("%1x%2+%3+%4 on %5x%6+%7+%8")
                                .arg(g.width())
                                .arg(g.height())
                                .arg(g.x())
                                .arg(g.y())
                                .arg(available.width())
                                .arg(available.height())
                                .arg(available.x())
                                .arg(available.y())));
        Settings::windowGeometry.setValue(QByteArray());
    }
    // No two actions of the window answer to the same key, and no action lists a key twice
    // (Qt fires neither of an ambiguous pair); Redo answers to Ctrl+Shift+Z and Ctrl+Y.
    void everyShortcutIsUnique()
    {
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHash<QKeySequence, QString> owner;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut) // answers only in its own widget
                continue;
            const QList<QKeySequence> keys = action->shortcuts();
            for (qsizetype k = 0; k < keys.size(); ++k) {
                QVERIFY2(!keys.mid(k + 1).contains(keys[k]), qPrintable(action->text() + u' ' + keys[k].toString()));
                QVERIFY2(!owner.contains(keys[k]),
                         qPrintable(keys[k].toString() + QStringLiteral(": ") + owner.value(keys[k])
                                    + QStringLiteral(" and ") + action->text()));
                owner.insert(keys[k], action->text());
            }
        }
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QCOMPARE(owner.value(QKeySequence(Qt::CTRL | Qt::Key_Y)),
                 owner.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }
    // Help → Keyboard Shortcuts lists every menu command with keys (read from the menus) and the
    // reader's own keys; the first-start hint stays closed once closed.
    void shortcutsAreListedAndTheWelcomeHintIsDismissed()
    {
        Settings::welcomeDismissed.setValue(false);
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ShortcutsDialog dialog(window.menuBar(), &window);
        auto *table = dialog.findChild<QTableWidget *>();
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.append(table->item(r, 0)->text() + u'=' + table->item(r, 1)->text());
        int withKeys = 0;
        for (QAction *action : window.menuBar()->findChildren<QAction *>())
            withKeys += action->shortcuts().isEmpty() || action->menu() ? 0 : 1;
        QVERIFY2(table->rowCount() >= withKeys + 4, qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.filter(QStringLiteral("Redo=")).value(0).contains(QStringLiteral("Ctrl+Y")),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(rows.filter(QStringLiteral("1 … 5")).size() == 1);

        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcome"));
        QVERIFY(welcome->isVisible());
        for (auto *button : welcome->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Got It"))
                button->click();
        QVERIFY(!welcome->isVisible());
        MainWindow again(m_fixture.library);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QWidget *>(QStringLiteral("welcome"))->isVisible());
    }
    // A report is named with region and year wherever the window names it; side by side, the
    // window's title names every compared report.
    void reportsAreNamedApart()
    {
        QCOMPARE(displayTitle(QStringLiteral("全国"), 2024, QStringLiteral("政府工作报告")),
                 QStringLiteral("全国 2024年 政府工作报告"));
        QCOMPARE(displayTitle(QStringLiteral("衡阳市"), 2020, QStringLiteral("2020年衡阳市人民政府工作报告")),
                 QStringLiteral("2020年衡阳市人民政府工作报告"));
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = m_fixture.nationalReports();
        QCOMPARE(national.size(), 2);
        window.compareReports(national);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("2022年"))
                     && window.windowTitle().contains(QStringLiteral("2024年")),
                 qPrintable(window.windowTitle()));
        window.openReport(national.first());
        window.views()->setCurrentIndex(0);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("全国 ")), qPrintable(window.windowTitle()));
    }
    void highlightUndoRedo()
    {
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_fixture.xinchengId);
        ReaderView *reader = window.readerPane()->reader();
        const qsizetype at = reader->report().cleanText.indexOf(Sentence);
        QVERIFY(at > 0);
        QTextCursor cursor = reader->textCursor();
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + Sentence.size()), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        // The reader's selection is the document's.
        QCOMPARE(window.document()->selection().start, at);
        QCOMPARE(window.document()->selection().end, at + Sentence.size());
        const int before = annotationRows(m_fixture.library);
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_2); // colour 2
        QCOMPARE(annotationRows(m_fixture.library), before + 1);
        const QList<Annotation> stored = AnnotationStore(m_fixture.library).annotations(m_fixture.xinchengId);
        QCOMPARE(stored.last().anchor.quote, Sentence);
        QCOMPARE(stored.last().color, 1);
        QVERIFY(reader->extraSelections().size() > 0);
        // The annotation browser lists it.
        QTRY_COMPARE(window.annotationBrowser()->model()->rowCount(), before + 1);

        // By keyboard, as a user does it.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotationRows(m_fixture.library), before);
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(annotationRows(m_fixture.library), before + 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotationRows(m_fixture.library), before);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(annotationRows(m_fixture.library), before + 1);
        QCOMPARE(AnnotationStore(m_fixture.library).annotations(m_fixture.xinchengId).last().anchor.quote, Sentence);
    }
    void reloadedReportKeepsOrFlagsHighlights()
    {
        MainWindow window(m_fixture.library);
        window.openReport(m_fixture.xinchengId);
        const QList<Annotation> annotations = AnnotationStore(m_fixture.library).annotations(m_fixture.xinchengId);
        QVERIFY(!annotations.isEmpty());
        const qint64 id = annotations.last().id;
        const QString original = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        QString inserted = original;
        inserted.insert(original.indexOf(QStringLiteral("一年来,我们攻坚克难促转型")),
                        QStringLiteral("这是新插入的一段说明文字,用来检验批注能否随原句移动。\n\n    "));
        WindowTestLibrary::writeFile(m_fixture.xinchengPath, inserted);
        // Read on a worker; the window says so when it is done, as one undo step.
        QSignalSpy reloaded(window.document(), &Document::reimportFinished);
        const int steps = window.document()->undoStack()->count();
        window.reloadReportFromFile(m_fixture.xinchengId, m_fixture.xinchengPath);
        QVERIFY(reloaded.wait(30000));
        QCOMPARE(reloaded.last().at(2).toString(), QString());
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Reloaded")));
        std::optional<Annotation> moved = AnnotationStore(m_fixture.library).annotation(id);
        QCOMPARE(moved->status, Annotation::Status::Anchored);
        const QString text = window.readerPane()->report().cleanText;
        QCOMPARE(text.mid(moved->anchor.start, moved->anchor.end - moved->anchor.start), Sentence);

        QString deleted = inserted;
        deleted.remove(Sentence);
        WindowTestLibrary::writeFile(m_fixture.xinchengPath, deleted);
        window.reloadReportFromFile(m_fixture.xinchengId, m_fixture.xinchengPath);
        QVERIFY(reloaded.wait(30000));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("need review")));
        QCOMPARE(AnnotationStore(m_fixture.library).annotation(id)->status, Annotation::Status::NeedsReview);
        // Listed as such in the annotation browser.
        QSignalSpy browserLoaded(window.annotationBrowser(), &AnnotationBrowser::loaded);
        window.annotationBrowser()->reload();
        QVERIFY(browserLoaded.wait(10000));
        bool listed = false;
        for (int row = 0; row < window.annotationBrowser()->model()->rowCount(); ++row) {
            const QModelIndex index = window.annotationBrowser()->model()->index(row, 0);
            listed = listed
                || (index.data(AnnotationModel::AnnotationIdRole).toLongLong() == id
                    && index.data(AnnotationModel::NeedsReviewRole).toBool());
        }
        QVERIFY(listed);
        WindowTestLibrary::writeFile(m_fixture.xinchengPath, original);
    }
    // The report read last comes back at start, where it was left; the status bar says where the
    // reader is and what is in view.
    void reopensTheLastReportAndSaysWhereTheReaderIs()
    {
        qint64 opened = 0;
        qsizetype top = 0;
        {
            MainWindow window(m_fixture.library);
            window.resize(1600, 1000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const ReportSummary &s : ReportStore(m_fixture.library).list())
                if (s.year == 2024)
                    opened = s.id;
            window.openReport(opened);
            QScrollBar *bar = window.readerPane()->reader()->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            top = window.readerPane()->reader()->topPosition();
            const QString status = window.findChild<QLabel *>(QStringLiteral("readingStatus"))->text();
            QVERIFY2(status.startsWith(window.readerPane()->currentSectionTitle()) && status.contains(u'%')
                         && status.contains(QStringLiteral("figure")) && status.contains(QStringLiteral("annotation")),
                     qPrintable(status));
            QVERIFY(window.findChild<QLabel *>(QStringLiteral("libraryStatus"))
                        ->text()
                        .startsWith(QStringLiteral("3 report")));
            window.close();
        }
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentReportId(), opened);
        QTRY_VERIFY2(std::abs(window.readerPane()->reader()->topPosition() - top) < 80,
                     qPrintable(QStringLiteral("%1 %2").arg(window.readerPane()->reader()->topPosition()).arg(top)));
        QCOMPARE(Settings::recentReports.value().first().toLongLong(), opened);
    }
    void windowAndCommandLineShareALibrary()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        Library library;
        QString error;
        QVERIFY(library.open(db, &error));
        const qint64 id = Importer(library).importFile(TestSupport::seedPath(QStringLiteral("003"))).reportId;
        MainWindow window(library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(id);
        QSignalSpy errors(window.document(), &Document::errorOccurred);

        QProcess import;
        import.start(QStringLiteral(REPORTLENS_CLI),
                     {QStringLiteral("--db"), db, QStringLiteral("import"),
                      TestSupport::sharedDir() + QStringLiteral("/corpus/national")});
        QVERIFY(import.waitForStarted());
        // Highlight while the other process writes: waits for its lock, never fails.
        ReaderView *reader = window.readerPane()->reader();
        const QString text = reader->report().cleanText;
        int highlights = 0;
        while (import.state() == QProcess::Running && highlights < 20) {
            QTextCursor cursor = reader->textCursor();
            cursor.setPosition(100 + highlights * 40);
            cursor.setPosition(120 + highlights * 40, QTextCursor::KeepAnchor);
            reader->setTextCursor(cursor);
            QVERIFY(window.readerPane()->highlightSelection(highlights % 5));
            ++highlights;
            QTest::qWait(20);
        }
        // It may already have finished while the loop waited (waitForFinished is false then).
        QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(120000));
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        QCOMPARE(import.exitCode(), 0);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(AnnotationStore(library).annotations(id).size(), highlights);
        // The window notices the reports the other process added.
        QTRY_COMPARE_WITH_TIMEOUT(window.libraryPane()->reportCount(), 39, 10000);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("libraryStatus"))
                        ->text()
                        .startsWith(QStringLiteral("39 report")));
        QCOMPARE(library.integrityCheck(), QStringLiteral("ok"));
        qInfo("%d highlights made while the command line imported 38 reports", highlights);
    }
    void importRunsInTheBackground()
    {
        QTemporaryDir dir;
        Library library;
        QString error;
        QVERIFY(library.open(dir.filePath(QStringLiteral("import.sqlite")), &error));
        MainWindow window(library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.importController(), &ImportController::finished);
        // Ticks of a timer on the UI thread: the event loop keeps running during the import.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(5);
        window.importPaths({TestSupport::sharedDir() + QStringLiteral("/corpus/national")});
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), 38);
        QVERIFY(ticks > 10);
        QTRY_COMPARE(window.libraryPane()->reportCount(), 38);
        qInfo("longest event-loop stall during the import of 38 reports: %lld ms",
              window.importController()->longestStallMs());

        // "Open with ReportLens" on a report the library has: it is shown, not imported again.
        const QString national2022 = TestSupport::sharedDir() + QStringLiteral("/corpus/national/national-2022.txt");
        const QList<qint64> all = finished.first().at(4).value<QList<qint64>>();
        QCOMPARE(all.size(), 38);
        window.openReport(all.first());
        finished.clear();
        window.openFiles({national2022});
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toInt(), 1); // a duplicate
        const qint64 shown = finished.first().at(4).value<QList<qint64>>().value(0);
        QVERIFY(shown > 0 && shown != all.first());
        QTRY_COMPARE(window.currentReportId(), shown);
        QCOMPARE(window.readerPane()->report().meta.year.value, 2022);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
