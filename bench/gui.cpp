// The window at library scale: start-up to the first shown (exposed and painted) window, the time
// to open the longest report in the reader (text, outline, annotations, figures, laid out), and
// the peak RSS of the process. Offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set.
//
// Also: typing a filter into the library pane until both of its views show the result, and the
// charts tab: reading every region and drawing the default indicator.
//
// Usage: bench_gui LIBRARY [OPENS]
// Prints: startup_ms=… open_ms=… (median of OPENS) open_p95_ms=… filter_ms=… charts_ms=… peak_rss_mb=…

#include "charts/chartpane.h"

#include <QEventLoop>
#include "library/librarypane.h"
#include "mainwindow.h"
#include "reader/readerpane.h"
#include "reader/readerview.h"

#include "annotate/anchor.h"
#include "store/annotationstore.h"
#include "benchsupport.h"
#include "store/library.h"
#include "store/reportstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace ReportLens;
using Bench::percentile;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return 0;
}

qint64 scalar(Library &library, const QString &sql)
{
    QSqlQuery q(library.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

// Twenty highlights with notes spread over the report, as a reader who works on it would have.
void annotate(Library &library, qint64 reportId)
{
    if (scalar(library, QStringLiteral("SELECT count(*) FROM annotations WHERE report_id = %1").arg(reportId)) > 0)
        return;
    const QString text = ReportStore(library).cleanText(reportId);
    AnnotationStore store(library);
    for (int i = 0; i < 20; ++i) {
        Annotation a;
        a.reportId = reportId;
        const qsizetype start = text.size() * i / 20;
        a.anchor = Anchor::fromRange(text, start, std::min(text.size(), start + 12));
        a.color = i % Annotation::ColorCount;
        a.note = QStringLiteral("批注 %1").arg(i);
        QString error;
        store.insert(a, &error);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window settings of the bench, not the user's
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_gui LIBRARY [OPENS]\n";
        return 2;
    }
    const int opens = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 9;

    Library library;
    QString error;
    if (!library.open(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    MainWindow window(library);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents(); // the first paint
    const double startupMs = double(sinceStart.nsecsElapsed()) / 1e6;

    const qint64 longest = scalar(library, QStringLiteral("SELECT id FROM reports ORDER BY char_count DESC LIMIT 1"));
    const qint64 shortest = scalar(library, QStringLiteral("SELECT id FROM reports ORDER BY char_count LIMIT 1"));
    annotate(library, longest);
    QList<double> times;
    for (int i = 0; i < opens; ++i) {
        window.openReport(shortest); // so each open of the longest one starts from another report
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        window.openReport(longest);
        window.readerPane()->reader()->document()->pageCount(); // the whole layout, not just the first screen
        QCoreApplication::processEvents();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    // Filters as a user types them, each one shown in both views, then cleared.
    QList<double> filters;
    const QStringList texts = {QStringLiteral("2008"), QStringLiteral("呼和浩特"), QStringLiteral("全国"),
                               QStringLiteral("新城区")};
    for (int i = 0; i < opens; ++i)
        for (const QString &text : texts + QStringList{QString()}) {
            QElapsedTimer timer;
            timer.start();
            window.libraryPane()->filterEdit()->setText(text);
            QCoreApplication::processEvents();
            filters.append(double(timer.nsecsElapsed()) / 1e6);
        }
    // The charts tab, from a fresh read of the library each time.
    QList<double> charts;
    for (int i = 0; i < opens; ++i) {
        QElapsedTimer timer;
        timer.start();
        // Until the chart is drawn: its series are read on a worker.
        QEventLoop drawn;
        QObject::connect(window.chartPane(), &ChartPane::indicatorDrawn, &drawn, &QEventLoop::quit);
        window.views()->setCurrentWidget(window.chartPane());
        window.chartPane()->reload();
        drawn.exec();
        charts.append(double(timer.nsecsElapsed()) / 1e6);
        window.views()->setCurrentIndex(0);
        QCoreApplication::processEvents();
    }
    out << QStringLiteral("reports=%1 longest_chars=%2\n")
               .arg(scalar(library, QStringLiteral("SELECT count(*) FROM reports")))
               .arg(scalar(library, QStringLiteral("SELECT max(char_count) FROM reports")));
    out << QStringLiteral(
               "startup_ms=%1 open_ms=%2 open_p95_ms=%3 filter_ms=%4 filter_p95_ms=%5 charts_ms=%6 peak_rss_mb=%7\n")
               .arg(startupMs, 0, 'f', 1)
               .arg(percentile(times, 0.5), 0, 'f', 1)
               .arg(percentile(times, 0.95), 0, 'f', 1)
               .arg(percentile(filters, 0.5), 0, 'f', 1)
               .arg(percentile(filters, 0.95), 0, 'f', 1)
               .arg(percentile(charts, 0.5), 0, 'f', 1)
               .arg(peakRssMb(), 0, 'f', 0);
    return 0;
}
