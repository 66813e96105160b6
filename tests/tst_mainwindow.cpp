// The window as a user drives it (offscreen): open a report, navigate the outline, highlight and
// undo, reload a changed report, compare side by side, search, import in the background.

#include "annotations/annotationbrowser.h"
#include "annotations/annotationmodel.h"
#include "compare/compareview.h"
#include "compare/textdiff.h"
#include "import/importer.h"
#include "indicators/indicatormodel.h"
#include "indicators/indicatorpane.h"
#include "library/importcontroller.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "librarydocument.h"
#include "mainwindow.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "reader/findbar.h"
#include "reader/outlinemodel.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "reader/reportprinter.h"
#include "search/searchpane.h"
#include "import/pdfreader.h"
#include "search/searchresultmodel.h"
#include "store/searchindex.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDockWidget>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QLineEdit>
#include <QTextBlock>
#include <QProcess>
#include <QPrinter>
#include <QStandardPaths>
#include <QTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <limits>

using namespace ReportLens;

namespace {
const QString Sentence = QStringLiteral("科技城入驻企业达230家,实现营业收入27.4亿元,总部经济和数字产业已成为助推高质量发展的新引擎。");

// Lines of text wholly inside the reader's viewport, as laid out.
int visibleLines(const ReaderView *reader)
{
    const QRectF view(0, reader->verticalScrollBar()->value(), reader->viewport()->width(), reader->viewport()->height());
    int lines = 0;
    for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
        const QRectF box = reader->document()->documentLayout()->blockBoundingRect(block);
        if (box.bottom() < view.top() || box.top() > view.bottom())
            continue;
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            if (view.contains(block.layout()->lineAt(i).rect().translated(box.topLeft())))
                ++lines;
    }
    return lines;
}

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
    QTemporaryDir m_dir;
    Library m_library;
    qint64 m_xinchengId = 0;
    QString m_xinchengPath;

    /// The test library's national reports (2022 and 2024).
    QList<qint64> nationalReports()
    {
        QList<qint64> ids;
        for (const ReportSummary &r : ReportStore(m_library).list())
            if (r.region == QStringLiteral("全国"))
                ids.append(r.id);
        return ids;
    }

    void writeFile(const QString &path, const QString &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
        m_xinchengPath = m_dir.filePath(QStringLiteral("xincheng-2023.txt"));
        writeFile(m_xinchengPath, TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003"))));
        Importer importer(m_library);
        m_xinchengId = importer.importFile(m_xinchengPath).reportId;
        QVERIFY(m_xinchengId > 0);
        const QString national = TestSupport::sharedDir() + QStringLiteral("/corpus/national/");
        QVERIFY(importer.importFile(national + QStringLiteral("national-2022.txt")).reportId > 0);
        QVERIFY(importer.importFile(national + QStringLiteral("national-2024.txt")).reportId > 0);
    }

    void libraryPaneFollowsTheOpenReport()
    {
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_xinchengId);
        LibraryPane *pane = window.libraryPane();
        const auto currentIn = [](QAbstractItemView *view) {
            return view->currentIndex().siblingAtColumn(0).data(Qt::UserRole + 1).toLongLong();
        };
        QCOMPARE(currentIn(pane->treeView()), m_xinchengId);
        // A filter that hides it, then one that shows it again: the report is selected again.
        pane->filterEdit()->setText(QStringLiteral("没有这个地区"));
        QCOMPARE(pane->treeView()->model()->rowCount(), 0);
        pane->filterEdit()->setText(QStringLiteral("新城区"));
        QCOMPARE(currentIn(pane->treeView()), m_xinchengId);
        // The table catches up when its tab is chosen, and follows the report through a sort.
        auto *tabs = pane->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(pane->tableView());
        QCOMPARE(currentIn(pane->tableView()), m_xinchengId);
        pane->filterEdit()->clear();
        QCOMPARE(currentIn(pane->tableView()), m_xinchengId);
        pane->tableView()->sortByColumn(LibraryModel::YearColumn, Qt::DescendingOrder);
        QCOMPARE(currentIn(pane->tableView()), m_xinchengId);
        QCOMPARE(pane->selectedReports(), QList<qint64>{m_xinchengId});
        QCOMPARE(pane->reportCount(), ReportStore(m_library).count());
    }

    // Ctrl+click adds a report to the selection in either view (opening it does not reset the
    // selection), and the selected reports are compared: three, not adjacent.
    void ctrlClickSelectsReportsToCompare()
    {
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibraryPane *pane = window.libraryPane();
        auto *tabs = pane->findChild<QTabWidget *>();
        for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(pane->treeView()), static_cast<QAbstractItemView *>(pane->tableView())}) {
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
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(reports[2]).center());
            QCOMPARE(pane->selectedReports().size(), 2);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(reports[1]).center());
            QCOMPARE(pane->selectedReports().size(), 3);
            window.compareReports(pane->selectedReports());
            QCOMPARE(window.compareView()->panes().size(), 3);
        }
    }

    // A window geometry saved on a larger display opens within this one.
    void restoredGeometryFitsTheScreen()
    {
        {
            MainWindow window(m_library);
            window.setGeometry(-300, -200, 5000, 3500);
            Settings::windowGeometry.setValue(window.saveGeometry());
        }
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        const QRect g = window.geometry();
        QVERIFY2(available.contains(g), qPrintable(QStringLiteral("%1x%2+%3+%4 on %5x%6+%7+%8")
                                                       .arg(g.width()).arg(g.height()).arg(g.x()).arg(g.y())
                                                       .arg(available.width()).arg(available.height()).arg(available.x()).arg(available.y())));
        Settings::windowGeometry.setValue(QByteArray());
    }

    void outlineClickScrollsTheReader()
    {
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_xinchengId);
        QVERIFY(window.windowTitle().contains(QStringLiteral("ReportLens")));
        QCOMPARE(window.currentReportId(), m_xinchengId);
        // The library shows which report is open.
        QCOMPARE(window.libraryPane()->treeView()->currentIndex().data(Qt::UserRole + 1).toLongLong(), m_xinchengId);
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

    // No two actions of the window answer to the same key, and no action lists a key twice
    // (Qt fires neither of an ambiguous pair); Redo answers to Ctrl+Shift+Z and Ctrl+Y.
    void everyShortcutIsUnique()
    {
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHash<QKeySequence, QString> owner;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut) // answers only in its own widget
                continue;
            const QList<QKeySequence> keys = action->shortcuts();
            for (qsizetype k = 0; k < keys.size(); ++k) {
                QVERIFY2(!keys.mid(k + 1).contains(keys[k]), qPrintable(action->text() + u' ' + keys[k].toString()));
                QVERIFY2(!owner.contains(keys[k]), qPrintable(keys[k].toString() + QStringLiteral(": ") + owner.value(keys[k])
                                                              + QStringLiteral(" and ") + action->text()));
                owner.insert(keys[k], action->text());
            }
        }
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QCOMPARE(owner.value(QKeySequence(Qt::CTRL | Qt::Key_Y)), owner.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }

    // Help → Keyboard Shortcuts lists every menu command with keys (read from the menus) and the
    // reader's own keys; the first-start hint stays closed once closed.
    void shortcutsAreListedAndTheWelcomeHintIsDismissed()
    {
        Settings::welcomeDismissed.setValue(false);
        MainWindow window(m_library);
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
        QVERIFY2(rows.filter(QStringLiteral("Redo=")).value(0).contains(QStringLiteral("Ctrl+Y")), qPrintable(rows.join(u'\n')));
        QVERIFY(rows.filter(QStringLiteral("1 … 5")).size() == 1);

        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcome"));
        QVERIFY(welcome->isVisible());
        for (auto *button : welcome->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Got It"))
                button->click();
        QVERIFY(!welcome->isVisible());
        MainWindow again(m_library);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QWidget *>(QStringLiteral("welcome"))->isVisible());
    }

    // A report is named with region and year wherever the window names it; side by side, the
    // window's title names every compared report.
    void reportsAreNamedApart()
    {
        QCOMPARE(displayTitle(QStringLiteral("全国"), 2024, QStringLiteral("政府工作报告")), QStringLiteral("全国 2024年 政府工作报告"));
        QCOMPARE(displayTitle(QStringLiteral("衡阳市"), 2020, QStringLiteral("2020年衡阳市人民政府工作报告")),
                 QStringLiteral("2020年衡阳市人民政府工作报告"));
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = nationalReports();
        QCOMPARE(national.size(), 2);
        window.compareReports(national);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("2022年")) && window.windowTitle().contains(QStringLiteral("2024年")),
                 qPrintable(window.windowTitle()));
        window.openReport(national.first());
        window.views()->setCurrentIndex(0);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("全国 ")), qPrintable(window.windowTitle()));
    }

    void highlightUndoRedo()
    {
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_xinchengId);
        ReaderView *reader = window.readerPane()->reader();
        const qsizetype at = reader->report().cleanText.indexOf(Sentence);
        QVERIFY(at > 0);
        QTextCursor cursor = reader->textCursor();
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + Sentence.size()), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        const int before = annotationRows(m_library);
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_2); // colour 2
        QCOMPARE(annotationRows(m_library), before + 1);
        const QList<Annotation> stored = AnnotationStore(m_library).annotations(m_xinchengId);
        QCOMPARE(stored.last().anchor.quote, Sentence);
        QCOMPARE(stored.last().color, 1);
        QVERIFY(reader->extraSelections().size() > 0);
        // The annotation browser lists it.
        QTRY_COMPARE(window.annotationBrowser()->model()->rowCount(), before + 1);

        // By keyboard, as a user does it.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotationRows(m_library), before);
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(annotationRows(m_library), before + 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotationRows(m_library), before);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(annotationRows(m_library), before + 1);
        QCOMPARE(AnnotationStore(m_library).annotations(m_xinchengId).last().anchor.quote, Sentence);
    }

    void reloadedReportKeepsOrFlagsHighlights()
    {
        MainWindow window(m_library);
        window.openReport(m_xinchengId);
        const QList<Annotation> annotations = AnnotationStore(m_library).annotations(m_xinchengId);
        QVERIFY(!annotations.isEmpty());
        const qint64 id = annotations.last().id;
        const QString original = TestSupport::readUtf8(TestSupport::seedPath(QStringLiteral("003")));
        QString inserted = original;
        inserted.insert(original.indexOf(QStringLiteral("一年来,我们攻坚克难促转型")),
                        QStringLiteral("这是新插入的一段说明文字,用来检验批注能否随原句移动。\n\n    "));
        writeFile(m_xinchengPath, inserted);
        QVERIFY(window.reloadReportFromFile(m_xinchengId, m_xinchengPath));
        std::optional<Annotation> moved = AnnotationStore(m_library).annotation(id);
        QCOMPARE(moved->status, Annotation::Status::Anchored);
        const QString text = window.readerPane()->report().cleanText;
        QCOMPARE(text.mid(moved->anchor.start, moved->anchor.end - moved->anchor.start), Sentence);

        QString deleted = inserted;
        deleted.remove(Sentence);
        writeFile(m_xinchengPath, deleted);
        QVERIFY(window.reloadReportFromFile(m_xinchengId, m_xinchengPath));
        QCOMPARE(AnnotationStore(m_library).annotation(id)->status, Annotation::Status::NeedsReview);
        // Listed as such in the annotation browser.
        window.annotationBrowser()->reload();
        bool listed = false;
        for (int row = 0; row < window.annotationBrowser()->model()->rowCount(); ++row) {
            const QModelIndex index = window.annotationBrowser()->model()->index(row, 0);
            listed = listed || (index.data(AnnotationModel::AnnotationIdRole).toLongLong() == id
                                && index.data(AnnotationModel::NeedsReviewRole).toBool());
        }
        QVERIFY(listed);
        writeFile(m_xinchengPath, original);
    }

    void sideBySideLinkedNavigation()
    {
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = nationalReports();
        QCOMPARE(national.size(), 2);
        window.compareReports(national);
        CompareView *compare = window.compareView();
        QCOMPARE(compare->panes().size(), 2);
        ReaderPane *left = compare->panes()[0];
        ReaderPane *right = compare->panes()[1];
        // Choose 三、2022年政府工作任务 on the left: the right shows 三、2024年政府工作任务.
        QTreeView *outline = left->outlineView();
        const QModelIndex tasks = outline->model()->index(2, 0);
        QVERIFY(tasks.data().toString().contains(QStringLiteral("政府工作任务")));
        right->reader()->verticalScrollBar()->setValue(0);
        compare->outlinesAction()->setChecked(true); // hidden by default, to leave room for the text
        QTRY_VERIFY(outline->height() > 100);
        outline->scrollTo(tasks);
        QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, outline->visualRect(tasks).center());
        QTRY_VERIFY(right->reader()->verticalScrollBar()->value() > 0);
        const qsizetype top = right->reader()->topPosition();
        const QModelIndex shown = right->outlineModel()->indexAt(top + 1);
        QVERIFY2(shown.data().toString().contains(QStringLiteral("2024年政府工作任务")), qPrintable(shown.data().toString()));

        // Three panes work too.
        window.compareReports({national[0], national[1], m_xinchengId});
        QCOMPARE(compare->panes().size(), 3);
        QVERIFY(compare->alignedSection(0, 0, 2) >= 0); // 工作回顾 ↔ 工作回顾
    }

    // Three and four reports side by side at 1600×1000 with the layout a new user gets: at least
    // 15 lines of text in each pane; the figures table has a tab of its own; a dock shown side by
    // side stays shown there, and is not forced on the reader.
    void sideBySideLeavesRoomToRead()
    {
        Settings::viewLayouts.setValue({});
        Settings::comparePaneWidths.setValue({});
        Settings::compareOutlines.setValue(false);
        Settings::windowGeometry.setValue({});
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.width() >= 1500 && window.height() >= 900,
                 qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        QList<qint64> ids;
        for (const ReportSummary &s : ReportStore(m_library).list())
            ids.append(s.id);
        QCOMPARE(ids.size(), 3);
        CompareView *compare = window.compareView();
        for (const QList<qint64> &shown : {ids, ids + QList<qint64>{ids.first()}}) {
            window.compareReports(shown);
            QCOMPARE(compare->panes().size(), shown.size());
            int fewest = std::numeric_limits<int>::max();
            for (ReaderPane *pane : compare->panes()) {
                QTRY_VERIFY2(visibleLines(pane->reader()) >= 15,
                             qPrintable(QStringLiteral("%1 lines in a pane %2 px high")
                                            .arg(visibleLines(pane->reader()))
                                            .arg(pane->reader()->viewport()->height())));
                QVERIFY(pane->width() >= 250);
                fewest = std::min(fewest, visibleLines(pane->reader()));
            }
            qInfo("%d panes side by side at 1600×1000: at least %d lines of text each (%d px high)", int(shown.size()), fewest,
                  compare->panes().first()->reader()->viewport()->height());
        }
        QCOMPARE(compare->tabs()->indexOf(compare->indicatorTable()), 1);
        QVERIFY(compare->tabs()->currentIndex() == 0);

        auto *search = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
        auto *annotations = window.findChild<QDockWidget *>(QStringLiteral("annotationDock"));
        QVERIFY(search->isHidden() && annotations->isHidden());
        search->show();
        window.views()->setCurrentWidget(window.readerPane());
        QVERIFY(!annotations->isHidden()); // the reader's own layout
        window.views()->setCurrentWidget(compare);
        QVERIFY(!search->isHidden());
        QVERIFY(annotations->isHidden());
        window.close();
        // The next window remembers both views' layouts.
        MainWindow again(m_library);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.compareReports(ids);
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isHidden());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("annotationDock"))->isHidden());
        Settings::viewLayouts.setValue({});
    }

    // Reading, the outline follows the text to exactly one section, and Ctrl+Home goes back to
    // the start (where no section is current yet).
    void outlineFollowsToOneSection()
    {
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_xinchengId);
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
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = nationalReports();
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
        window.openReport(m_xinchengId);
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
        window.openReport(m_xinchengId);
        window.openReport(national[0]);
        QVERIFY(bar->isHidden()); // closed is closed
    }

    // The report read last comes back at start, where it was left; the status bar says where the
    // reader is and what is in view.
    void reopensTheLastReportAndSaysWhereTheReaderIs()
    {
        qint64 opened = 0;
        qsizetype top = 0;
        {
            MainWindow window(m_library);
            window.resize(1600, 1000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const ReportSummary &s : ReportStore(m_library).list())
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
            QVERIFY(window.findChild<QLabel *>(QStringLiteral("libraryStatus"))->text().startsWith(QStringLiteral("3 report")));
            window.close();
        }
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentReportId(), opened);
        QTRY_VERIFY2(std::abs(window.readerPane()->reader()->topPosition() - top) < 80, qPrintable(QStringLiteral("%1 %2").arg(window.readerPane()->reader()->topPosition()).arg(top)));
        QCOMPARE(Settings::recentReports.value().first().toLongLong(), opened);
    }

    // A click on a figure shows its sentence in the reader; a double-click opens the editor
    // there and then (the table is not reset under it), and the edit is one undo step.
    void figureIsCorrectedWithTheMouse()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_xinchengId);
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
        QTRY_COMPARE(table->model()->index(0, IndicatorModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("123.4"));
        window.document()->undoStack()->undo();
        QTRY_VERIFY(table->model()->index(0, IndicatorModel::ValueColumn).data(Qt::EditRole).toString() != QStringLiteral("123.4"));
    }

    // Side by side, what changed against the first report is marked in both (new text in the
    // later report, dropped text in the first), summed up above the panes, and F8 / Shift+F8 go
    // from change to change; the marks go when switched off.
    void changesAreMarkedSideBySide()
    {
        Settings::compareChanges.setValue(true);
        MainWindow window(m_library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.compareReports(nationalReports()); // 2022, then 2024
        CompareView *compare = window.compareView();
        ReaderView *later = compare->panes()[1]->reader();
        QCOMPARE(later->report().meta.year.value, 2024);
        const qsizetype at = later->report().cleanText.indexOf(QStringLiteral("新质生产力"));
        const QList<TextDiff::Range> marks = later->changeMarks();
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [at](const TextDiff::Range &r) { return r.start <= at && at + 5 <= r.end; }));
        QVERIFY(!compare->panes()[0]->reader()->changeMarks().isEmpty());
        QVERIFY(compare->summary()->isVisible());
        QVERIFY2(compare->summary()->text().contains(QStringLiteral("5.5%左右 → 5%左右")), qPrintable(compare->summary()->text()));

        later->setFocus();
        later->verticalScrollBar()->setValue(0);
        QTextCursor start = later->textCursor();
        start.setPosition(0);
        later->setTextCursor(start);
        const auto onMark = [&] {
            const QTextCursor c = later->textCursor();
            return std::any_of(marks.cbegin(), marks.cend(),
                               [&](const TextDiff::Range &r) { return r.start == c.selectionStart() && r.end == c.selectionEnd(); });
        };
        compare->nextChangeAction()->trigger();
        QVERIFY(onMark());
        const qsizetype first = later->textCursor().selectionStart();
        compare->nextChangeAction()->trigger();
        QVERIFY(onMark() && later->textCursor().selectionStart() > first);
        compare->previousChangeAction()->trigger();
        QCOMPARE(later->textCursor().selectionStart(), first);

        compare->changesAction()->setChecked(false);
        QVERIFY(later->changeMarks().isEmpty());
        QVERIFY(compare->summary()->isHidden());
        compare->changesAction()->setChecked(true);
        QCOMPARE(later->changeMarks(), marks);
        // Export Changes writes what reportlens-cli diff --format markdown prints.
        const QString markdown = compare->summaryMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("# 全国 2022年 政府工作报告 → 全国 2024年 政府工作报告\n")));
        QVERIFY(markdown.contains(QStringLiteral("| 国内生产总值 | growth | target | 2022 5.5%左右 | 2024 5%左右 | −0.5个百分点 | lowered |")));
    }

    void searchHitOpensTheReader()
    {
        MainWindow window(m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openReport(m_xinchengId);
        SearchPane *search = window.searchPane();
        search->queryEdit()->setText(QStringLiteral("新质生产力"));
        search->search();
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
                hitsAndYears.append({int(SearchIndex(m_library).hitsIn(id, QStringLiteral("发展")).size()),
                                     ReportStore(m_library).load(id)->meta.year.value});
            }
            return hitsAndYears;
        };
        search->orderBox()->setCurrentIndex(search->orderBox()->findData(QStringLiteral("hits")));
        search->search();
        QList<std::pair<int, int>> shown = groups();
        QCOMPARE(shown.size(), 3);
        QVERIFY(shown[0].first >= shown[1].first && shown[1].first >= shown[2].first);
        search->orderBox()->setCurrentIndex(search->orderBox()->findData(QStringLiteral("newest")));
        shown = groups();
        QVERIFY(shown[0].second >= shown[1].second && shown[1].second >= shown[2].second);
        search->orderBox()->setCurrentIndex(search->orderBox()->findData(QStringLiteral("oldest")));
        shown = groups();
        QVERIFY(shown[0].second <= shown[1].second && shown[1].second <= shown[2].second);
        QVERIFY(shown.first().second < shown.last().second);
    }

    void pdfExportCarriesHighlightsAndNotes()
    {
        const std::optional<Report> report = ReportStore(m_library).load(m_xinchengId);
        QVERIFY(report);
        Annotation a;
        a.reportId = m_xinchengId;
        const qsizetype at = report->cleanText.indexOf(QStringLiteral("科技城载体作用凸显"));
        a.anchor = Anchor::fromRange(report->cleanText, at, at + 9);
        a.note = QStringLiteral("导出测试笔记");
        a.tags = {QStringLiteral("测试标签")};
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
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
                                   TestSupport::seedPath(QStringLiteral("001")), TestSupport::seedPath(QStringLiteral("003")),
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
            pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
            QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0, "pdftotext (poppler-utils) must be installed");
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
                                     .arg(QFileInfo(file).fileName()).arg(at).arg(got.mid(at, 20), expected.mid(at, 20))));
            }
            QProcess pdfinfo;
            pdfinfo.start(QStringLiteral("pdfinfo"), {path});
            QVERIFY(pdfinfo.waitForFinished(60000));
            const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
            const ReportMetadata &m = report->meta;
            QVERIFY2(info.contains(QStringLiteral("Title:") + QString(6, u' ') + displayTitle(m.region.value, m.year.isSet() ? m.year.value : 0, m.title.value))
                         || info.contains(displayTitle(m.region.value, m.year.isSet() ? m.year.value : 0, m.title.value)),
                     qPrintable(info));
            qInfo("%s: %lld characters, PDF %lld KB", qPrintable(QFileInfo(file).fileName()), qlonglong(report->cleanText.size()),
                  qlonglong(QFileInfo(path).size() / 1024));
        }
        // A file that cannot be written is refused with the reason, and nothing is left behind.
        const std::optional<Report> any = ReportStore(library).load(ReportStore(library).list().first().id);
        QVERIFY(!ReportPrinter::exportPdf(*any, {}, dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/folder")));
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
        QSignalSpy errors(window.document(), &LibraryDocument::errorOccurred);

        QProcess import;
        import.start(QStringLiteral(REPORTLENS_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"),
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
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("libraryStatus"))->text().startsWith(QStringLiteral("39 report")));
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
        qInfo("longest event-loop stall during the import of 38 reports: %lld ms", window.importController()->longestStallMs());

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
