// Where a term was first used (TrendQuery::firstUses), and its keyword trends (the whole
// library's line, TrendQuery::keywordSeries, and one line per region, keywordSeriesByRegion),
// timed on a library: median and maximum over RUNS runs per term, the target being under 100 ms.
//
// Usage: bench_firstuse LIBRARY [RUNS]

#include "benchsupport.h"

#include "store/library.h"
#include "store/reportstore.h"
#include "trend/trendquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace ReportLens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_firstuse LIBRARY [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 9;
    Library library;
    QString error;
    if (!library.open(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    const TrendQuery query(library);
    QList<double> all;
    const QStringList terms = {QStringLiteral("新质生产力"), QStringLiteral("高质量发展"), QStringLiteral("疫情"),
                               QStringLiteral("改革开放"), QStringLiteral("粮")};
    for (const QString &term : terms) {
        QList<double> times;
        qsizetype regions = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer clock;
            clock.start();
            regions = query.firstUses(term).size();
            times.append(double(clock.nsecsElapsed()) / 1e6);
        }
        all += times;
        out << QStringLiteral("%1: first uses in %2 regions, median %3 ms, max %4 ms\n")
                   .arg(term)
                   .arg(regions)
                   .arg(Bench::percentile(times, 0.5), 0, 'f', 1)
                   .arg(Bench::percentile(times, 1.0), 0, 'f', 1);
    }
    const qsizetype reports = ReportStore(library).count();
    out << QStringLiteral("firstuse over %1 reports: median %2 ms, p95 %3 ms (target < 100 ms)\n")
               .arg(reports)
               .arg(Bench::percentile(all, 0.5), 0, 'f', 1)
               .arg(Bench::percentile(all, 0.95), 0, 'f', 1);
    QList<double> pooled, byRegion;
    for (const QString &term : terms)
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer clock;
            clock.start();
            query.keywordSeries(term);
            pooled.append(double(clock.nsecsElapsed()) / 1e6);
            clock.restart();
            int leftOut = 0;
            query.keywordSeriesByRegion(term, 10, &leftOut);
            byRegion.append(double(clock.nsecsElapsed()) / 1e6);
        }
    out << QStringLiteral("keyword trend over %1 reports: whole library median %2 ms, p95 %3 ms; by region median %4 "
                          "ms, p95 %5 ms (target < 100 ms)\n")
               .arg(reports)
               .arg(Bench::percentile(pooled, 0.5), 0, 'f', 1)
               .arg(Bench::percentile(pooled, 0.95), 0, 'f', 1)
               .arg(Bench::percentile(byRegion, 0.5), 0, 'f', 1)
               .arg(Bench::percentile(byRegion, 0.95), 0, 'f', 1);
    return 0;
}
