// What changed between reports, timed: TextDiff::compare of the two longest national reports of
// the corpus (median of RUNS runs, milliseconds), the target being under 200 ms.
//
// Usage: bench_diff SHARED_DIR [RUNS]

#include "benchsupport.h"

#include "compare/textdiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace ReportLens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_diff SHARED_DIR [RUNS]\n";
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/corpus/national");
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 9;
    // The two longest reports (the raw files are clean enough to time the comparison).
    QList<std::pair<QString, QString>> reports;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(folder + u'/' + name);
        if (file.open(QIODevice::ReadOnly))
            reports.append({name, QString::fromUtf8(file.readAll())});
    }
    if (reports.size() < 2) {
        QTextStream(stderr) << "bench_diff: fewer than two reports in " << folder << "\n";
        return 1;
    }
    std::sort(reports.begin(), reports.end(), [](const auto &x, const auto &y) { return x.second.size() > y.second.size(); });
    const QString &a = reports[0].second, &b = reports[1].second;
    QList<double> times;
    TextDiff::Result result;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        result = TextDiff::compare(a, b);
        times.append(double(clock.nsecsElapsed()) / 1e6);
    }
    out << "diff of " << reports[0].first << " (" << a.size() << " characters) and " << reports[1].first << " (" << b.size()
        << "): " << result.sameCount() << " sentences the same, " << result.editedCount() << " edited, " << result.droppedCount()
        << " dropped, " << result.newCount() << " new\n";
    out << QStringLiteral("diff median %1 ms, max %2 ms over %3 runs (target < 200 ms)\n")
               .arg(Bench::percentile(times, 0.5), 0, 'f', 1)
               .arg(Bench::percentile(times, 1.0), 0, 'f', 1)
               .arg(runs);
    return 0;
}
