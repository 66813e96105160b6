// Test helper: the real window highlights a sentence through the undo stack, says so, then waits
// to be killed (tst_crashsafety kills it with SIGKILL and checks the highlight survived).
//
// Usage: highlighthelper LIBRARY REPORT_ID QUOTE

#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"
#include "store/library.h"

#include <QApplication>
#include <QTextCursor>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    ReportLens::Library library;
    QString error;
    if (!library.open(QString::fromLocal8Bit(argv[1]), &error))
        return 3;
    ReportLens::MainWindow window(library);
    window.show();
    window.openReport(QByteArray(argv[2]).toLongLong());
    ReportLens::ReaderView *reader = window.readerPane()->reader();
    const QString quote = QString::fromUtf8(argv[3]);
    const qsizetype at = reader->report().cleanText.indexOf(quote);
    if (at < 0)
        return 4;
    QTextCursor cursor = reader->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + quote.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(cursor);
    if (!window.readerPane()->highlightSelection(0))
        return 5;
    std::printf("confirmed\n");
    std::fflush(stdout);
    return app.exec();
}
