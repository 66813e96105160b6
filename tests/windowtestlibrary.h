#pragma once

// What the window tests share: a library with one seed report (from a file the tests may rewrite)
// and the national reports of 2022 and 2024, and helpers to look at what the window shows.

#include "import/importer.h"
#include "reader/readerview.h"
#include "store/library.h"
#include "store/reportstore.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

namespace ReportLens::TestSupport {

struct WindowTestLibrary
{
    QTemporaryDir dir;
    Library library;
    qint64 xinchengId = 0;
    QString xinchengPath; ///< The file of the 2023 呼和浩特市新城区 report (seed 003)

    /// Opens the library and imports its three reports; false (with a test failure) if it cannot.
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        if (!library.open(dir.filePath(QStringLiteral("gui.sqlite")), &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return false;
        }
        xinchengPath = dir.filePath(QStringLiteral("xincheng-2023.txt"));
        writeFile(xinchengPath, readUtf8(seedPath(QStringLiteral("003"))));
        Importer importer(library);
        xinchengId = importer.importFile(xinchengPath).reportId;
        const QString national = sharedDir() + QStringLiteral("/corpus/national/");
        return xinchengId > 0 && importer.importFile(national + QStringLiteral("national-2022.txt")).reportId > 0
            && importer.importFile(national + QStringLiteral("national-2024.txt")).reportId > 0;
    }

    /// The national reports (2022 and 2024).
    QList<qint64> nationalReports()
    {
        QList<qint64> ids;
        for (const ReportSummary &r : ReportStore(library).list())
            if (r.region == QStringLiteral("全国"))
                ids.append(r.id);
        return ids;
    }

    static void writeFile(const QString &path, const QString &text)
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(text.toUtf8());
    }
};

/// Lines of text wholly inside the reader's viewport, as laid out.
inline int visibleLines(const ReaderView *reader)
{
    const QRectF view(0, reader->verticalScrollBar()->value(), reader->viewport()->width(),
                      reader->viewport()->height());
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

} // namespace ReportLens::TestSupport
