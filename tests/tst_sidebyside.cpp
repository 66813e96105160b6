// Reports side by side (offscreen, on a 1600×1000 screen): linked navigation, room to read with
// three and four panes, and what changed marked against the first report.

#include "charts/chartpane.h"
#include "compare/compareview.h"
#include "compare/indicatorcomparemodel.h"
#include "compare/termchangesview.h"
#include "compare/textdiff.h"
#include "mainwindow.h"
#include "reader/findbar.h"
#include "reader/outlinemodel.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "settings.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testsupport.h"
#include "windowtestlibrary.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <limits>

using namespace ReportLens;
using namespace ReportLens::TestSupport;

class TestSideBySide : public QObject
{
    Q_OBJECT
private:
    WindowTestLibrary m_fixture;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.open()); }

    void sideBySideLinkedNavigation()
    {
        MainWindow window(m_fixture.library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = m_fixture.nationalReports();
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
        QVERIFY2(shown.data().toString().contains(QStringLiteral("2024年政府工作任务")),
                 qPrintable(shown.data().toString()));

        // Three panes work too.
        window.compareReports({national[0], national[1], m_fixture.xinchengId});
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
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.width() >= 1500 && window.height() >= 900,
                 qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        QList<qint64> ids;
        for (const ReportSummary &s : ReportStore(m_fixture.library).list())
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
            qInfo("%d panes side by side at 1600×1000: at least %d lines of text each (%d px high)", int(shown.size()),
                  fewest, compare->panes().first()->reader()->viewport()->height());
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
        MainWindow again(m_fixture.library);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.compareReports(ids);
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isHidden());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("annotationDock"))->isHidden());
        Settings::viewLayouts.setValue({});
    }
    // Side by side, what changed against the first report is marked in both (new text in the
    // later report, dropped text in the first), summed up above the panes, and F8 / Shift+F8 go
    // from change to change; the marks go when switched off.
    void changesAreMarkedSideBySide()
    {
        Settings::compareChanges.setValue(true);
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.compareReports(m_fixture.nationalReports()); // 2022, then 2024
        CompareView *compare = window.compareView();
        ReaderView *later = compare->panes()[1]->reader();
        QCOMPARE(later->report().meta.year.value, 2024);
        // Worked out off the GUI thread, marked when it arrives.
        QTRY_COMPARE_WITH_TIMEOUT(compare->comparisons().size(), 1, 20000);
        const qsizetype at = later->report().cleanText.indexOf(QStringLiteral("新质生产力"));
        const QList<TextDiff::Range> marks = later->changeMarks();
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(),
                            [at](const TextDiff::Range &r) { return r.start <= at && at + 5 <= r.end; }));
        QVERIFY(!compare->panes()[0]->reader()->changeMarks().isEmpty());
        QVERIFY(compare->summary()->isVisible());
        QVERIFY2(compare->summary()->text().contains(QStringLiteral("5.5%左右 → 5%左右")),
                 qPrintable(compare->summary()->text()));

        later->setFocus();
        later->verticalScrollBar()->setValue(0);
        QTextCursor start = later->textCursor();
        start.setPosition(0);
        later->setTextCursor(start);
        const auto onMark = [&] {
            const QTextCursor c = later->textCursor();
            return std::any_of(marks.cbegin(), marks.cend(), [&](const TextDiff::Range &r) {
                return r.start == c.selectionStart() && r.end == c.selectionEnd();
            });
        };
        compare->nextChangeAction()->trigger();
        QVERIFY(onMark());
        const qsizetype first = later->textCursor().selectionStart();
        compare->nextChangeAction()->trigger();
        QVERIFY(onMark() && later->textCursor().selectionStart() > first);
        compare->previousChangeAction()->trigger();
        QCOMPARE(later->textCursor().selectionStart(), first);

        // The terms tab: 新质生产力 among the new terms (weighed by the library a moment after the
        // marks); activating it finds it in the 2024 report.
        QTRY_VERIFY_WITH_TIMEOUT(compare->termsWeighed(), 20000);
        TermChangesView *terms = compare->termChanges();
        const QList<QTableWidgetItem *> found =
            terms->newTerms()->findItems(QStringLiteral("新质生产力"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QVERIFY(!terms->droppedTerms()->findItems(QStringLiteral("留抵退税"), Qt::MatchExactly).isEmpty());
        QVERIFY2(compare->summary()->text().contains(QStringLiteral("New terms: "))
                     || compare->summary()->text().contains(QStringLiteral("新词语：")),
                 qPrintable(compare->summary()->text()));
        compare->tabs()->setCurrentWidget(terms);
        Q_EMIT terms->newTerms()->itemActivated(found.first());
        QCOMPARE(compare->tabs()->currentIndex(), 0);
        FindBar *bar = compare->panes()[1]->findBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->lineEdit()->text(), QStringLiteral("新质生产力"));
        QCOMPARE(later->textCursor().selectedText(), QStringLiteral("新质生产力"));
        bar->close();

        compare->changesAction()->setChecked(false);
        QVERIFY(later->changeMarks().isEmpty());
        QVERIFY(compare->summary()->isHidden());
        compare->changesAction()->setChecked(true);
        QCOMPARE(later->changeMarks(), marks);
        // Export Changes writes what reportlens-cli diff --format markdown prints.
        const QString markdown = compare->summaryMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("# 全国 2022年 政府工作报告 → 全国 2024年 政府工作报告\n")));
        QVERIFY(markdown.contains(QStringLiteral(
            "| 国内生产总值 | growth | target | 2022 5.5%左右 | 2024 5%左右 | −0.5个百分点 | lowered |")));

        // A row of the figures table shows both sentences, each selected in its pane.
        QTableView *table = compare->indicatorTable();
        const QList<FigureChange> rows = static_cast<IndicatorCompareModel *>(table->model())->changes();
        const auto gdpTarget = std::find_if(rows.cbegin(), rows.cend(), [](const FigureChange &f) {
            return f.indicatorId == QStringLiteral("gdp") && f.metric == Metric::Growth && f.kind == FigureKind::Target;
        });
        QVERIFY(gdpTarget != rows.cend() && gdpTarget->left && gdpTarget->right);
        compare->tabs()->setCurrentIndex(1);
        Q_EMIT table->activated(table->model()->index(int(gdpTarget - rows.cbegin()), 0));
        QCOMPARE(compare->tabs()->currentIndex(), 0);
        const QString earlierSentence = compare->panes()[0]->reader()->textCursor().selectedText();
        const QString laterSentence = later->textCursor().selectedText();
        QVERIFY2(earlierSentence.contains(QStringLiteral("5.5%左右")), qPrintable(earlierSentence));
        QVERIFY2(laterSentence.contains(QStringLiteral("5%左右")) && !laterSentence.contains(QStringLiteral("5.5%")),
                 qPrintable(laterSentence));
    }

    // Three reports: each after the first is compared with the first (the reference) — a line of
    // the summary each, a choice in the Terms tab; a district against the national reports too.
    void moreThanTwoReportsAgainstTheFirst()
    {
        Settings::compareChanges.setValue(true);
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<qint64> national = m_fixture.nationalReports();
        window.compareReports({national[0], national[1], m_fixture.xinchengId});
        CompareView *compare = window.compareView();
        QTRY_COMPARE_WITH_TIMEOUT(compare->comparisons().size(), 2, 20000);
        const QStringList lines = compare->summary()->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].contains(QStringLiteral("呼和浩特市新城区")), qPrintable(lines[1]));
        for (int p = 1; p < 3; ++p)
            QVERIFY(!compare->panes()[p]->reader()->changeMarks().isEmpty());
        TermChangesView *terms = compare->termChanges();
        terms->showComparison(1);
        // The district uses its own place names; the national reports do not.
        QVERIFY(!terms->newTerms()->findItems(QStringLiteral("新城区"), Qt::MatchContains).isEmpty());
        QCOMPARE(compare->comparisons()[1].leftName, compare->comparisons()[0].leftName);
    }

    // Under the keyword chart, where and when each term was first used, earliest first; a row
    // opens the report at the term.
    void firstAppearancesUnderTheKeywordChart()
    {
        MainWindow window(m_fixture.library);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartPane *charts = window.chartPane();
        charts->keywordEdit()->setText(QStringLiteral("新质生产力，高质量发展"));
        QSignalSpy drawn(charts, &ChartPane::keywordsDrawn);
        charts->drawKeywords(); // read on a worker
        QVERIFY(drawn.wait(10000));
        QTableWidget *table = charts->firstUses();
        // 高质量发展 first in the national report of 2022 (and in 新城区's of 2023); 新质生产力 in 2024.
        QCOMPARE(table->rowCount(), 3);
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text() + u' ' + table->item(row, 1)->text() + u' '
                        + table->item(row, 2)->text());
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("2022 高质量发展 全国 2022年"),
                              QStringLiteral("2023 高质量发展 呼和浩特市新城区 2023年"),
                              QStringLiteral("2024 新质生产力 全国 2024年")}));
        QSignalSpy opened(charts, &ChartPane::pointActivated);
        Q_EMIT table->itemActivated(table->item(2, 1));
        QCOMPARE(opened.size(), 1);
        const qint64 reportId = opened.first()[0].toLongLong();
        const qsizetype start = opened.first()[1].value<qsizetype>();
        QCOMPARE(ReportStore(m_fixture.library).cleanText(reportId).mid(start, 5), QStringLiteral("新质生产力"));
    }
};

QTEST_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
