// The window as a user meets it: samples listed, a report opened, an outline click scrolls the reader.

#include "import/samplelibrary.h"
#include "mainwindow.h"
#include "models/outlinemodel.h"
#include "store/library.h"

#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace ReportLens;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outlineClickScrollsTheReader()
    {
        Library library;
        QString error;
        QVERIFY2(library.open(QStringLiteral(":memory:"), &error), qPrintable(error));
        SampleLibrary::importSamples(library);
        MainWindow window(library);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("ReportLens")));
        QCOMPARE(window.libraryView()->model()->rowCount(), 5);
        QVERIFY(window.currentReportId() > 0);
        QVERIFY(!window.reader()->toPlainText().isEmpty());

        QAbstractItemModel *outline = window.outlineView()->model();
        QVERIFY(outline->rowCount() >= 3);
        const QModelIndex last = outline->index(outline->rowCount() - 1, 0);
        QCOMPARE(window.reader()->verticalScrollBar()->value(), 0);
        window.outlineView()->scrollTo(last);
        const QRect rect = window.outlineView()->visualRect(last);
        QTest::mouseClick(window.outlineView()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(window.reader()->verticalScrollBar()->value() > 0);
        QCOMPARE(window.reader()->textCursor().position(), last.data(OutlineModel::StartRole).toInt());
        // The heading is at the top of the view.
        QVERIFY(window.reader()->cursorRect().top() < 40);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
